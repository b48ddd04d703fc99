import type { ClientStrings } from '../strings';
import { parseImport, toExport, type ImportError } from './exchange';
import { fill } from './fill';
import { toMarkdown, type MarkdownStrings } from './markdown';
import { isAnswered, type Answers, type ClientModel } from './model';
import { fieldsets, readAnswersFromForm, readModel, writeAnswersToForm } from './read-form';
import { checklistSummary, maturitySummary, progress } from './results';
import { loadAnswers, saveAnswers, clearAnswers } from './storage';

/**
 * Brings a server-rendered assessment to life: answers restored from and saved to this
 * browser's localStorage as they change, progress, the result, exports made in the page (Blob
 * downloads and the clipboard: no request leaves it), import of an earlier export, clearing and
 * printing. Without this script the form stays a complete checklist to print.
 */
function setUp(root: HTMLElement) {
	const s = JSON.parse(root.dataset['strings'] ?? '{}') as ClientStrings;
	const lang = root.dataset['lang'] ?? document.documentElement.lang;
	const model = readModel(root);
	const sets = fieldsets(root);
	const form = root.querySelector<HTMLElement>('.kc-a-form')!;
	const message = root.querySelector<HTMLElement>('.kc-a-message')!;
	const status = root.querySelector<HTMLElement>('.kc-a-restored')!;

	// Storage can be missing or refused (private windows, blocked site data): the page still works for the visit.
	let storage: Storage | undefined;
	try {
		storage = window.localStorage;
	} catch {
		storage = undefined;
	}
	let storageWarned = false;
	let answers: Answers = storage ? loadAnswers(storage, model) : {};

	const save = () => {
		try {
			if (!storage) throw new Error('no storage');
			saveAnswers(storage, model, answers);
		} catch {
			if (!storageWarned) say(status, s['assessment.storageFailed']);
			storageWarned = true;
		}
	};

	// The browser may restore the fields on reload; what is saved is what counts.
	writeAnswersToForm(model, sets, answers);
	root.classList.add('kc-a-live');
	// Absolute addresses, so that the printed report shows where each link leads (site.css prints them).
	for (const a of root.querySelectorAll<HTMLAnchorElement>('.kc-a-form a[href]')) a.setAttribute('href', a.href);
	for (const hidden of root.querySelectorAll<HTMLElement>('.kc-a-status, .kc-a-result, .kc-a-tools')) hidden.hidden = false;
	const restored = Object.values(answers).filter((a) => isAnswered(model, a) || a.note).length;
	if (restored > 0) say(status, fill(s['assessment.restored'], { count: restored }));
	render(root, model, answers, s);

	form.addEventListener('input', () => {
		answers = readAnswersFromForm(model, sets);
		save();
		render(root, model, answers, s);
	});

	const markdown = () =>
		toMarkdown(model, answers, markdownStrings(s, root), {
			url: location.href.split('#')[0]!,
			date: new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'long' }).format(new Date()),
		});

	const act: Record<string, () => void | Promise<void>> = {
		'download-md': () => {
			const file = `${model.id}.md`;
			download(file, markdown(), 'text/markdown');
			say(message, fill(s['assessment.downloaded'], { file }));
		},
		'copy-md': async () => {
			try {
				await navigator.clipboard.writeText(markdown());
				say(message, s['assessment.copied']);
			} catch {
				say(message, s['assessment.copyFailed']);
			}
		},
		'download-json': () => {
			const file = `${model.id}.json`;
			download(file, `${JSON.stringify(toExport(model, answers, lang, new Date()), null, '\t')}\n`, 'application/json');
			say(message, fill(s['assessment.downloaded'], { file }));
		},
		print: () => window.print(),
		clear: () => {
			if (!window.confirm(s['assessment.clearConfirm'])) return;
			answers = {};
			if (storage) clearAnswers(storage, model);
			writeAnswersToForm(model, sets, answers);
			render(root, model, answers, s);
			say(status, '');
			say(message, s['assessment.cleared']);
		},
	};
	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
		const action = act[button.dataset['action']!];
		// Copying needs the clipboard interface, which some browsers give only over https.
		if (button.dataset['action'] === 'copy-md' && !navigator.clipboard) button.hidden = true;
		if (action) button.addEventListener('click', () => void action());
	}

	const file = root.querySelector<HTMLInputElement>('input[type=file][data-action=import]')!;
	file.addEventListener('change', async () => {
		const chosen = file.files?.[0];
		if (!chosen) return;
		const result = parseImport(model, await chosen.text());
		file.value = '';
		if (!result.ok) return say(message, importError(s, chosen.name, result.error), true);
		answers = result.answers;
		save();
		writeAnswersToForm(model, sets, answers);
		render(root, model, answers, s);
		const parts = [fill(s['assessment.imported'], { count: Object.keys(answers).length, file: chosen.name })];
		if (result.skipped.length > 0) parts.push(fill(s['assessment.importSkipped'], { count: result.skipped.length }));
		say(message, parts.join(' '));
	});
}

/** Put a message into a live region; an error is marked so that it stands out. */
function say(region: HTMLElement, text: string, error = false) {
	region.textContent = text;
	region.classList.toggle('kc-a-error', error);
}

function importError(s: ClientStrings, file: string, e: ImportError): string {
	switch (e.code) {
		case 'notJson':
			return fill(s['assessment.importNotJson'], { file });
		case 'notExport':
			return fill(s['assessment.importNotExport'], { file });
		case 'otherAssessment':
			return fill(s['assessment.importOther'], { file, found: e.found });
		case 'version':
			return fill(s['assessment.importVersion'], { file, found: e.found });
		case 'badAnswer':
			return fill(s['assessment.importBadAnswer'], { file, id: e.id, field: e.field });
	}
}

function markdownStrings(s: ClientStrings, root: HTMLElement): MarkdownStrings {
	const source = root.dataset['source'] ? new URL(root.dataset['source'], location.href).href : '';
	return {
		source: s['assessment.mdSource'],
		counts: s['assessment.counts'],
		notApplicable: s['assessment.notApplicable'],
		level: s['assessment.level'],
		notAssessed: s['assessment.notAssessed'],
		nextActions: s['assessment.nextActions'],
		nextAction: s['assessment.nextAction'],
		levels: s['assessment.levelsHeading'],
		licence: fill(s['assessment.mdLicence'], {
			attribution: root.dataset['attribution'] ?? '',
			licence: root.dataset['licence'] ?? '',
			source: source ? `<${source}>` : '',
		}),
	};
}

/** Save text as a file, made in the page: nothing is requested from any server. */
function download(name: string, text: string, type: string) {
	const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.hidden = true;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Progress, notes as printed text, and the result, from the current answers. */
function render(root: HTMLElement, model: ClientModel, answers: Answers, s: ClientStrings) {
	const { answered, total } = progress(model, answers);
	const bar = root.querySelector('progress')!;
	bar.max = total;
	bar.value = answered;
	// Written only when it changes: a live region may announce a rewrite of the same words again.
	const text = root.querySelector('.kc-a-progress-text')!;
	const line = fill(s['assessment.progress'], { answered, total });
	if (text.textContent !== line) text.textContent = line;

	// A text area prints as a box of fixed height: the note is printed as text instead.
	for (const [id, set] of fieldsets(root)) {
		const print = set.querySelector<HTMLElement>('.kc-note-print')!;
		const note = answers[id]?.note?.trim() ?? '';
		print.textContent = note;
		print.hidden = note === '';
		set.classList.toggle('kc-has-note', note !== '');
	}

	const body = root.querySelector<HTMLElement>('.kc-a-result-body')!;
	body.replaceChildren(...(model.kind === 'checklist' ? checklistResult(model, answers, s) : maturityResult(model, answers, s)));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, ...children: Node[]): HTMLElementTagNameMap[K] {
	const e = document.createElement(tag);
	if (text !== undefined) e.textContent = text;
	e.append(...children);
	return e;
}

/** Text from the questions, isolated: it may be English inside a right-to-left interface. */
const bdi = (text: string) => el('bdi', text);

/** An interface string with values from the questions in it, each value isolated. */
function fillNodes(template: string, values: Record<string, string | number>): Node[] {
	return template
		.split(/(\{\{\w+\}\})/)
		.filter((part) => part !== '')
		.map((part) => {
			const name = /^\{\{(\w+)\}\}$/.exec(part)?.[1];
			const value = name === undefined ? undefined : values[name];
			if (value === undefined) return document.createTextNode(part);
			return typeof value === 'number' ? document.createTextNode(String(value)) : bdi(value);
		});
}

function linked(text: string, href: string | undefined): Node {
	if (!href) return bdi(text);
	const a = el('a', undefined, bdi(text));
	a.href = href;
	return a;
}

function checklistResult(model: Extract<ClientModel, { kind: 'checklist' }>, answers: Answers, s: ClientStrings): Node[] {
	const summary = checklistSummary(model, answers);
	const nodes: Node[] = [el('p', fill(s['assessment.counts'], { ...summary.total }))];
	const groups = el('ul');
	for (const g of summary.groups)
		groups.append(
			el(
				'li',
				undefined,
				el('strong', undefined, bdi(g.title), document.createTextNode(': ')),
				document.createTextNode(fill(s['assessment.counts'], { ...g.counts })),
			),
		);
	nodes.push(groups);
	if (summary.notYet.length > 0) {
		const list = el('ul');
		for (const item of summary.notYet) list.append(el('li', undefined, linked(item.text, item.href)));
		nodes.push(el('h3', s['assessment.stillToDo']), list);
	}
	return nodes;
}

function maturityResult(model: Extract<ClientModel, { kind: 'maturity' }>, answers: Answers, s: ClientStrings): Node[] {
	const summary = maturitySummary(model, answers);
	const nodes: Node[] = [el('h3', s['assessment.nextActions'])];
	if (summary.next.length === 0) nodes.push(el('p', s['assessment.nextActionsNone']));
	else {
		const list = el('ol');
		for (const n of summary.next)
			list.append(
				el(
					'li',
					undefined,
					linked(n.action, n.href),
					document.createTextNode(' — '),
					...fillNodes(s['assessment.nextAction'], { area: n.area, from: n.from, to: n.to }),
				),
			);
		nodes.push(list);
	}
	const levels = el('ul');
	for (const a of summary.areas)
		levels.append(
			el(
				'li',
				undefined,
				el('strong', undefined, bdi(a.title), document.createTextNode(': ')),
				...(a.level === undefined
					? [document.createTextNode(s['assessment.notAssessed'])]
					: fillNodes(s['assessment.level'], { level: a.level, name: a.name ?? '' })),
			),
		);
	nodes.push(el('h3', s['assessment.levelsHeading']), levels);
	return nodes;
}

// Last, once every helper above is defined.
for (const root of document.querySelectorAll<HTMLElement>('.kc-assessment')) setUp(root);
