/**
 * The Pagefind interface, loaded on first opening of the search dialog. It searches the index of
 * the page's language (Pagefind picks it from <html lang>) and corrects misspelled words against
 * the words of that language's pages before searching.
 *
 * On a page in another language than English, the English index is merged in at a lower weight:
 * pages not yet translated are offered in English, below the translated ones, at their English
 * address. (Their fallback copies under /fr/, /es/… are not indexed: see route-middleware.ts.)
 */
// @ts-expect-error: @pagefind/default-ui ships no types.
import { PagefindUI } from '@pagefind/default-ui';
// Imported as URLs and linked on first use: a plain CSS import would be hoisted into every page.
import pagefindCss from '@pagefind/default-ui/css/ui.css?url';
import ourCss from './ui.css?url';
import { correctQuery, mergedIndexes } from './terms';

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
	// The vocabulary only improves results; search works without it. A translated page also
	// searches English pages, so it corrects towards English words too.
	const codes = code === 'en' ? ['en'] : [code, 'en'];
	Promise.all(
		codes.map((c) =>
			fetch(`${base}search-vocabulary/${c}.json`)
				.then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
				.catch(() => [] as string[]),
		),
	).then((lists) => (vocabulary = new Set(lists.flat())));

	new PagefindUI({
		element,
		baseUrl: base,
		bundlePath: `${base}pagefind/`,
		showImages: false,
		showSubResults: true,
		resetStyles: false,
		translations,
		processTerm: (term: string) => correctQuery(term, vocabulary),
		// Pagefind skips a merged index whose path equals the primary one, so name the same
		// bundle by its absolute URL.
		mergeIndex: mergedIndexes(code, new URL(`${base}pagefind/`, location.href).href),
	});
}
