import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { cleanContent, element } from './clean-html.ts';
import { toMarkdownText } from './to-markdown.ts';

/** What a built page says about itself, read from its HTML. */
export interface BuiltPage {
	/** The language of the content (`en` on a page shown in English under another language's prefix). */
	lang: string;
	/** The page's h1, as shown. */
	heading: string;
	/** The date the page shows as "Last updated" (YYYY-MM-DD, UTC, as Starlight shows it), if it shows one. */
	lastUpdated: string | undefined;
	/** The content as Markdown: the h1, a home page's hero, then the Markdown content. */
	body: string;
	/** The meta description, for pages generated from data rather than a content file. */
	description: string | undefined;
	/** The links of the page's Sources section (SourceList), likewise. */
	sources: { title: string; url: string }[];
}

/**
 * Read a built page: its content (Starlight's `.sl-markdown-content`, with what our and
 * Starlight's components rendered into it) as Markdown, and the facts the twin's frontmatter
 * takes from what the page shows. `where` names the page in errors; `address`, the page's URL
 * path with the base, resolves links written relative to it.
 */
export function readBuiltPage(html: string, where: string, address?: string): BuiltPage {
	const start = html.indexOf('<main');
	const end = html.indexOf('</main>');
	if (start < 0 || end < start) throw new Error(`${where}: no <main> element; is this a Starlight page?`);
	const main = select('main', fromHtml(html.slice(start, end + '</main>'.length), { fragment: true }));
	const h1 = main && select('h1', main);
	const content = main && select('.sl-markdown-content', main);
	if (!main || !h1 || !content) throw new Error(`${where}: no h1 or no .sl-markdown-content in <main>; the Markdown twin needs both.`);
	// A page not yet translated frames its English content (overrides/MarkdownContent.astro).
	const lang = String(select('.fallback-content[lang]', main)?.properties['lang'] ?? main.properties['lang'] ?? '');
	if (!lang) throw new Error(`${where}: <main> has no lang attribute.`);
	const heading = toString(h1).trim();
	const time = select('footer time[datetime]', main);
	const lastUpdated = time ? String(time.properties['dateTime']).slice(0, 10) : undefined;
	// Links relative to the page (the generated licence pages write `../mit/`) become absolute paths.
	if (address)
		for (const a of selectAll('a[href]', content)) {
			const href = String(a.properties['href']);
			if (!/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(href)) {
				const url = new URL(href, `https://site.invalid${address}`);
				a.properties['href'] = `${url.pathname}${url.hash}`;
			}
		}
	const parts: ElementContent[] = [element('h1', [{ type: 'text', value: heading }]), ...hero(main), ...cleanContent(content).children];
	const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
	const sources = selectAll('section.sources li a[href]', main).map((a) => ({
		title: toString(a).trim(),
		url: String(a.properties['href']),
	}));
	return {
		lang,
		heading,
		lastUpdated,
		body: toMarkdownText(parts),
		description: description ? decodeEntities(description) : undefined,
		sources,
	};
}

/** A splash page's hero below its h1: the tagline, and the action buttons as a list of links. */
function hero(main: Element): ElementContent[] {
	const hero = select('.hero', main);
	if (!hero) return [];
	const tagline = select('.tagline', hero);
	const actions = selectAll('.actions a', hero);
	return [
		...(tagline ? [element('p', cleanContent(tagline).children)] : []),
		...(actions.length
			? [
					element(
						'ul',
						actions.map((a) => element('li', [cleanContent(a)])),
					),
				]
			: []),
	];
}

/** An attribute value as text (the meta description is read from the raw HTML). */
const decodeEntities = (value: string): string => toString(fromHtml(value, { fragment: true }));
