/**
 * The search dialog's contents, built on first opening: a search field, filters folded away
 * until asked for, a live status line, and the results. Results are links with the page's
 * title, an excerpt with the query's words marked, and the headings of the page that match.
 */
// Linked on first use: a plain CSS import would be hoisted into every page.
import ourCss from './ui.css?url';
import { createEngine, type Engine, type SearchResult } from './engine';

export interface SearchStrings {
	label: string;
	clear: string;
	filters: string;
	anyValue: string;
	searching: string;
	zero: string;
	one: string;
	many: string;
	showingFor: string;
	inEnglish: string;
	loadMore: string;
}

export interface MountOptions {
	strings: SearchStrings;
	lang: string;
	base: string;
	locales: string[];
	/** Filter names and the label of each value, in the page's language: { guide: { label, values } }. */
	filterLabels: Record<string, { label: string; values: Record<string, string> }>;
}

const pageSize = 8;
const debounceMs = 120;

/** Build the interface in `root` and return the search field, ready to focus. */
export async function mountSearch(root: HTMLElement, options: MountOptions): Promise<HTMLInputElement> {
	const { strings } = options;
	const code = options.lang.toLowerCase();
	const enginePromise = createEngine({ base: options.base, code, locales: options.locales });
	const styles = addStylesheet(ourCss);

	const form = el('form', { role: 'search', class: 'kc-search-form' });
	form.addEventListener('submit', (e) => e.preventDefault());
	const input = el('input', {
		type: 'search',
		class: 'kc-search-input',
		'aria-label': strings.label,
		placeholder: strings.label,
		autocomplete: 'off',
		spellcheck: 'false',
		enterkeyhint: 'search',
	});
	const clear = el('button', { type: 'button', class: 'kc-search-clear', hidden: '' }, strings.clear);
	form.append(input, clear);

	const filtersBox = el('details', { class: 'kc-search-filters' });
	filtersBox.append(el('summary', {}, strings.filters));
	const selects = el('div', { class: 'kc-search-filter-fields' });
	filtersBox.append(selects);

	const status = el('p', { class: 'kc-search-status', role: 'status' });
	const list = el('ol', { class: 'kc-search-results' });
	const more = el('button', { type: 'button', class: 'kc-search-more', hidden: '' }, strings.loadMore);
	await styles;
	root.replaceChildren(form, filtersBox, status, list, more);

	// The field works at once: a query typed while the index loads runs when it is ready.
	const chosen: Record<string, string> = {};
	void enginePromise.then((engine) => buildFilters(engine, options, selects, chosen, () => void run()));

	let limit = pageSize;
	let sequence = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	async function run() {
		const query = input.value.trim();
		const mine = ++sequence;
		clear.hidden = query === '';
		root.dataset['state'] = 'searching';
		if (!query) {
			list.replaceChildren();
			status.textContent = '';
			more.hidden = true;
			root.dataset['state'] = 'idle';
			return;
		}
		status.textContent = strings.searching.replace('[SEARCH_TERM]', query);
		const engine = await enginePromise;
		const { plan, results, total } = await engine.search(query, chosen, limit);
		if (mine !== sequence) return; // A newer query is on its way.
		list.replaceChildren(...results.map((r) => resultItem(r, strings)));
		more.hidden = total <= results.length;
		const countText = (total === 0 ? strings.zero : total === 1 ? strings.one : strings.many)
			.replace('[COUNT]', new Intl.NumberFormat(options.lang).format(total))
			.replace('[SEARCH_TERM]', query);
		status.textContent = plan.corrected ? `${countText} ${strings.showingFor.replace('[DIFFERENT_TERM]', plan.corrected)}` : countText;
		root.dataset['state'] = 'done';
		root.dataset['query'] = query;
	}
	input.addEventListener('input', () => {
		limit = pageSize;
		clearTimeout(timer);
		timer = setTimeout(() => void run(), debounceMs);
	});
	clear.addEventListener('click', () => {
		input.value = '';
		void run();
		input.focus();
	});
	more.addEventListener('click', () => {
		limit += pageSize;
		void run();
	});
	// From the field, the down arrow goes to the first result; within results, arrows move between them.
	root.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [...list.querySelectorAll<HTMLAnchorElement>('a.kc-result-title')];
		if (links.length === 0) return;
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (document.activeElement === input && event.key === 'ArrowDown') links[0]!.focus();
		else if (at >= 0) (links[at + (event.key === 'ArrowDown' ? 1 : -1)] ?? (event.key === 'ArrowUp' ? input : links[at]!)).focus();
		else return;
		event.preventDefault();
	});
	return input;
}

async function buildFilters(
	engine: Engine,
	{ filterLabels, strings }: MountOptions,
	container: HTMLElement,
	chosen: Record<string, string>,
	onChange: () => void,
) {
	const values = await engine.filters();
	for (const [key, { label, values: labels }] of Object.entries(filterLabels)) {
		const present = (values[key] ?? []).filter((v) => labels[v]);
		if (present.length === 0) continue;
		const select = el('select', { class: 'kc-search-filter', name: key });
		select.append(el('option', { value: '' }, strings.anyValue));
		for (const v of present.sort((a, b) => labels[a]!.localeCompare(labels[b]!))) select.append(el('option', { value: v }, labels[v]!));
		select.addEventListener('change', () => {
			chosen[key] = select.value;
			onChange();
		});
		const field = el('label', { class: 'kc-search-filter-field' });
		field.append(el('span', {}, label), select);
		container.append(field);
	}
}

function resultItem(r: SearchResult, strings: SearchStrings): HTMLElement {
	const item = el('li', { class: 'kc-result' });
	const link = el('a', { class: 'kc-result-title', href: r.href });
	const title = el('span', {}, r.meta['title'] ?? r.href);
	link.append(title);
	if (r.english) {
		// The title and the page it opens are English; the note saying so is in the reader's language.
		link.hreflang = 'en';
		title.lang = 'en';
		title.dir = 'ltr';
		link.append(' ', el('span', { class: 'kc-result-lang' }, strings.inEnglish));
	}
	item.append(link);
	// An excerpt drawn from the page's hidden search aliases (a list joined by " · ") would read
	// as a keyword list: show the page's summary instead.
	const excerpt = /·.*·/.test(r.excerpt) ? (r.meta['summary'] ?? '') : r.excerpt;
	if (excerpt) item.append(marked(excerpt, r.english ? 'en' : undefined));
	const subs = r.sub_results.filter((s) => s.url !== r.url && !/·.*·/.test(s.excerpt)).slice(0, 3);
	if (subs.length > 0) {
		const ul = el('ul', { class: 'kc-result-sections' });
		for (const s of subs) {
			const li = el('li');
			const a = el('a', { href: s.url }, s.title);
			if (r.english) Object.assign(a, { lang: 'en', dir: 'ltr' });
			li.append(a);
			ul.append(li);
		}
		item.append(ul);
	}
	return item;
}

/** Pagefind's excerpt as text with <mark>s, built as nodes: nothing else of it becomes markup. */
function marked(excerpt: string, lang: string | undefined): HTMLElement {
	const p = el('p', { class: 'kc-result-excerpt' });
	if (lang) {
		p.lang = lang;
		p.dir = 'ltr';
	}
	const doc = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
	for (const node of doc.body.childNodes) {
		if (node.nodeName === 'MARK') p.append(el('mark', {}, node.textContent ?? ''));
		else p.append(node.textContent ?? '');
	}
	return p;
}

function addStylesheet(href: string): Promise<void> {
	return new Promise((resolve) => {
		const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
		link.addEventListener('load', () => resolve());
		link.addEventListener('error', () => resolve());
		document.head.append(link);
	});
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
	if (text !== undefined) node.textContent = text;
	return node;
}
