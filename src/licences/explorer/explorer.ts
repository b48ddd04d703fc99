/**
 * The explorer's script: keeps the filters and the comparison in the URL (so a comparison can be
 * shared and comes back on reload), announces how many licences are shown, draws the comparison
 * and answers the checker. Filtering itself is CSS (explorer.css); the data and the engine load
 * on first use of the comparison or the checker.
 */
import type { ExpressionAnswer } from '../compatibility/expression';
import { sourceLabel } from '../pages/source-label';
import type { CompatException, LicenceFacts, TextRef, Use } from '../compatibility/types';

type Facts = LicenceFacts & {
	name: string;
	permits: string[];
	osi: { approved: boolean };
	dpg: { accepted: boolean };
	patent_grant: string;
	spdx_deprecated: boolean;
};
interface Data {
	licences: Facts[];
	exceptions: CompatException[];
	strings: Record<string, string>;
}

const maxCompared = 5;

export function startExplorer(root: HTMLElement): void {
	document.documentElement.classList.add('lx-js');
	const filters = root.querySelector<HTMLFormElement>('form.lx-filters')!;
	const checker = root.querySelector<HTMLFormElement>('form[data-checker]')!;
	const count = root.querySelector<HTMLElement>('.lx-count')!;
	const result = root.querySelector<HTMLElement>('[data-result]')!;
	const rows = [...root.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]')];
	let data: Promise<Data> | undefined;
	const load = () =>
		(data ??= fetch(root.dataset['src']!).then((r) => {
			if (!r.ok) throw new Error(`${r.status}`);
			return r.json() as Promise<Data>;
		}));
	const fill = (s: string, values: Record<string, string> = {}) => s.replace(/\{\{(\w+)\}\}/g, (w, k: string) => values[k] ?? w);
	const say = (d: Data, ref: TextRef) => fill(d.strings[ref.key] ?? ref.key, ref.params);

	// The URL holds the form's state: filters, compared licences and the checker's question.
	const restore = () => {
		const q = new URLSearchParams(location.search);
		for (const input of filters.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
			input.checked =
				q.getAll(input.name).includes(input.value) ||
				(input.name === 'compare' && (q.get('compare') ?? '').split(',').includes(input.value));
		for (const name of ['in', 'out', 'use'] as const) {
			const value = q.get(name);
			const field = checker.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
			if (value && field) field.value = value;
		}
	};
	const save = (withQuestion = false) => {
		const q = new URLSearchParams();
		for (const input of filters.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked'))
			if (input.name !== 'compare') q.append(input.name, input.value);
		const compared = compareIds();
		if (compared.length) q.set('compare', compared.join(','));
		if (withQuestion || new URLSearchParams(location.search).has('in')) for (const [k, v] of new FormData(checker)) q.set(k, String(v));
		const search = q.toString();
		history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
	};

	const countShown = () => {
		const shown = rows.filter((r) => getComputedStyle(r).display !== 'none').length;
		count.textContent = fill(count.dataset['countTemplate']!, { count: String(shown), total: String(rows.length) });
	};

	const compareIds = () => [...filters.querySelectorAll<HTMLInputElement>('input[name=compare]:checked')].map((i) => i.value);
	const compareTable = root.querySelector<HTMLElement>('[data-compare-table]')!;
	const compareEmpty = root.querySelector<HTMLElement>('[data-compare-empty]')!;
	const compareLimit = root.querySelector<HTMLElement>('[data-compare-limit]')!;
	const compareClear = root.querySelector<HTMLButtonElement>('[data-compare-clear]')!;
	const drawComparison = async () => {
		const ids = compareIds();
		compareEmpty.hidden = ids.length > 0;
		compareClear.hidden = ids.length === 0;
		if (!ids.length) return void compareTable.replaceChildren();
		const d = await load();
		const t = (key: string) => d.strings[key] ?? key;
		const chosen = ids.map((id) => d.licences.find((l) => l.id === id)).filter((l): l is Facts => Boolean(l));
		const yesNo = (b: boolean) => t(b ? 'licences.yes' : 'licences.no');
		const lines: [string, (l: Facts) => string][] = [
			[t('explorer.family'), (l) => t(`family.${l.family}`)],
			[t('explorer.scope'), (l) => t(`scope.${l.copyleft_scope}`)],
			[t('explorer.osi'), (l) => yesNo(l.osi.approved)],
			[t('explorer.fsf'), (l) => yesNo(l.fsf.status === 'free')],
			[t('explorer.dpg'), (l) => yesNo(l.dpg.accepted)],
			[t('explorer.patent'), (l) => t(`licences.${l.patent_grant}`)],
			[t('explorer.permits'), (l) => l.permits.map((p) => t(`permit.${p}`)).join(' · ')],
			[t('explorer.requires'), (l) => l.requires.map((r) => t(`require.${r}`)).join(' · ')],
			[t('explorer.forbids'), (l) => l.forbids.map((f) => t(`forbid.${f}`)).join(' · ')],
			[t('explorer.later'), (l) => t(`later.${l.later_versions.policy}`)],
		];
		const table = document.createElement('table');
		const head = table.createTHead().insertRow();
		const corner = document.createElement('th');
		corner.scope = 'col';
		corner.textContent = t('explorer.attribute');
		head.append(corner);
		for (const l of chosen) {
			const th = document.createElement('th');
			th.scope = 'col';
			const a = document.createElement('a');
			a.href = `${l.id.toLowerCase()}/`;
			a.textContent = l.id;
			a.dir = 'ltr';
			th.append(a);
			head.append(th);
		}
		const body = table.createTBody();
		for (const [name, value] of lines) {
			const row = body.insertRow();
			const th = document.createElement('th');
			th.scope = 'row';
			th.textContent = name;
			row.append(th);
			for (const l of chosen) row.insertCell().textContent = value(l);
		}
		const wrap = document.createElement('div');
		wrap.className = 'lx-compare-wrap';
		wrap.tabIndex = 0;
		wrap.setAttribute('role', 'region');
		// Its own name, not the section's heading: two regions of one name are one landmark too many.
		const heading = document.getElementById('lx-compare-heading')?.textContent?.trim() ?? '';
		wrap.setAttribute('aria-label', `${heading}: ${chosen.map((l) => l.id).join(', ')}`);
		wrap.append(table);
		compareTable.replaceChildren(wrap);
	};

	const check = async () => {
		const form = new FormData(checker);
		const expression = String(form.get('in') ?? '').trim();
		const outboundId = String(form.get('out'));
		const use = String(form.get('use')) as Use;
		if (!expression) return;
		if (!data) result.textContent = result.dataset['loading']!;
		let d: Data;
		let engine: typeof import('../compatibility/expression');
		try {
			[d, engine] = await Promise.all([load(), import('../compatibility/expression')]);
		} catch {
			result.textContent = result.dataset['failed']!;
			return;
		}
		const outbound = d.licences.find((l) => l.id === outboundId)!;
		let answer: ExpressionAnswer;
		try {
			answer = engine.judgeExpression(expression, outbound, use, d.licences, d.exceptions);
		} catch (error) {
			const ref = (error as { ref?: TextRef }).ref;
			result.textContent = ref ? say(d, ref) : String(error);
			return;
		}
		result.replaceChildren(renderAnswer(d, answer));
	};

	const renderAnswer = (d: Data, a: ExpressionAnswer): HTMLElement => {
		const t = (key: string) => d.strings[key] ?? key;
		const box = document.createElement('div');
		const heading = document.createElement('p');
		const strong = document.createElement('strong');
		strong.textContent = fill(t('explorer.result'), {
			inbound: a.expression,
			outbound: a.outbound,
			verdict: t(`licencePage.verdict.${a.verdict}`),
		});
		heading.append(strong);
		heading.className = `lx-verdict-line lx-v-${a.verdict}`;
		box.append(heading);
		for (const ref of a.explanation) {
			const p = document.createElement('p');
			p.textContent = say(d, ref);
			box.append(p);
		}
		const list = document.createElement('ul');
		list.className = 'lx-answers';
		for (const part of a.parts) {
			const li = document.createElement('li');
			li.className = `lx-v-${part.answer.verdict}`;
			const title = document.createElement('p');
			const b = document.createElement('strong');
			b.textContent = `${part.licence}${part.exception ? ` WITH ${part.exception}` : ''}: ${t(`licencePage.verdict.${part.answer.verdict}`)}`;
			b.dir = 'auto';
			title.append(b);
			const dl = document.createElement('dl');
			const item = (label: string, content: string | Node[]) => {
				const dt = document.createElement('dt');
				dt.textContent = label;
				const dd = document.createElement('dd');
				if (typeof content === 'string') dd.textContent = content;
				else dd.append(...content);
				dl.append(dt, dd);
			};
			item(t('explorer.reason'), say(d, part.answer.reason));
			if (part.answer.condition) item(t('explorer.condition'), say(d, part.answer.condition));
			if (part.answer.disagreement) item(t('explorer.disagreement'), say(d, part.answer.disagreement.note));
			if (part.requires.length) item(t('explorer.obligations'), part.requires.map((r) => t(`require.${r}`)).join(' · '));
			item(
				t('explorer.sources'),
				part.answer.sources.map((s) => {
					const link = document.createElement('a');
					link.href = s;
					link.dir = 'ltr';
					link.textContent = sourceLabel(s);
					return link;
				}),
			);
			li.append(title, dl);
			list.append(li);
		}
		box.append(list);
		return box;
	};

	restore();
	countShown();
	void drawComparison();
	if (new URLSearchParams(location.search).has('in')) void check();

	filters.addEventListener('change', (event) => {
		const input = event.target as HTMLInputElement;
		if (input.name === 'compare') {
			const over = compareIds().length > maxCompared;
			compareLimit.hidden = !over;
			if (over) input.checked = false;
			void drawComparison();
		}
		countShown();
		save();
	});
	filters.addEventListener('reset', () =>
		setTimeout(() => {
			countShown();
			save();
			void drawComparison();
		}),
	);
	filters.addEventListener('submit', (event) => event.preventDefault());
	compareClear.addEventListener('click', () => {
		for (const input of filters.querySelectorAll<HTMLInputElement>('input[name=compare]')) input.checked = false;
		compareLimit.hidden = true;
		void drawComparison();
		save();
	});
	checker.addEventListener('submit', (event) => {
		event.preventDefault();
		void check();
		save(true);
	});
	// Answer as the reader types, once the data is there (well under 50 ms per answer).
	checker.addEventListener('input', () => {
		if (data) void check();
	});
}
