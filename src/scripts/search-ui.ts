/**
 * The Pagefind interface, loaded on first opening of the search dialog. It searches the index of
 * the page's language (Pagefind picks it from <html lang>) and corrects misspelled words against
 * the words of that language's pages before searching.
 */
// @ts-expect-error: @pagefind/default-ui ships no types.
import { PagefindUI } from '@pagefind/default-ui';
// Imported as URLs and linked on first use: a plain CSS import would be hoisted into every page.
import pagefindCss from '@pagefind/default-ui/css/ui.css?url';
import ourCss from './search-ui.css?url';
import { correctQuery } from '../lib/search-terms';

interface Options {
	translations: Record<string, string>;
	lang: string;
}

function addStylesheet(href: string): Promise<void> {
	return new Promise((resolve) => {
		const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
		link.addEventListener('load', () => resolve());
		link.addEventListener('error', () => resolve());
		document.head.append(link);
	});
}

export async function mountSearch(element: HTMLElement, { translations, lang }: Options): Promise<void> {
	await Promise.all([addStylesheet(pagefindCss), addStylesheet(ourCss)]);
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const code = lang.toLowerCase() === 'en' ? 'en' : lang.toLowerCase();
	let vocabulary = new Set<string>();
	// The vocabulary only improves results; search works without it.
	fetch(`${base}search-vocabulary/${code}.json`)
		.then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
		.then((words) => (vocabulary = new Set(words)))
		.catch(() => undefined);

	new PagefindUI({
		element,
		baseUrl: base,
		bundlePath: `${base}pagefind/`,
		showImages: false,
		showSubResults: true,
		resetStyles: false,
		translations,
		processTerm: (term: string) => correctQuery(term, vocabulary),
	});
}
