import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { find, html } from 'property-information';
import { printAttr } from '../pdf/contract';

/** One top-level section of a print edition: who it is for, a chapter, an appendix, the glossary, the back page. */
export interface EditionSection {
	id: string;
	title: string;
	lang: string;
	dir: 'ltr' | 'rtl';
	/** Site addresses (with base) that this section stands for: links to them become links into the book. */
	paths: string[];
	node: Element;
}

/** What an e-book needs of a print edition, read from the rendered page. */
export interface Edition {
	lang: string;
	dir: 'ltr' | 'rtl';
	title: string;
	description: string;
	publisher: string;
	/** The edition's date, YYYY-MM-DD. */
	date: string;
	/** The heading of the contents ("Contents" in the edition's language). */
	contentsTitle: string;
	cover: Element;
	sections: EditionSection[];
}

const attr = (node: Element, name: string): string | undefined => {
	const value = node.properties[find(html, name).property];
	return value === undefined || value === null ? undefined : String(value);
};
const direction = (value: unknown): 'ltr' | 'rtl' => (value === 'rtl' ? 'rtl' : 'ltr');

/**
 * Read a print edition (src/pdf/PrintGuide.astro, as built) into its parts. The edition's shape
 * is the contract in src/pdf/contract.ts; a page that breaks it is an error naming the file.
 */
export function readEdition(page: string, file: string): Edition {
	const tree: Root = fromHtml(page);
	const fail = (what: string): never => {
		throw new Error(`${file}: ${what} (the print edition's shape is described in src/pdf/contract.ts).`);
	};
	const root = select(`[${printAttr.edition}]`, tree) ?? fail(`no element with ${printAttr.edition}`);
	const htmlElement = select('html', tree) ?? fail('no <html> element');
	const lang = String(htmlElement.properties['lang'] ?? '') || fail('<html> has no lang');
	const date = attr(root, printAttr.date) ?? fail(`the edition root has no ${printAttr.date}`);
	const cover = select('.cover', root) ?? fail('no cover (.cover)');
	const sections = selectAll(`[${printAttr.section}]`, root).map((node): EditionSection => {
		const id = String(node.properties['id'] ?? '') || fail(`a section with ${printAttr.section} has no id`);
		const heading = select('h1', node) ?? fail(`section #${id} has no <h1>`);
		const ownLang = node.properties['lang'];
		return {
			id,
			// Collapse line breaks but keep no-break spaces (French puts them before « : »).
			title: toString(heading)
				.replace(/[ \t\r\n]+/g, ' ')
				.trim(),
			lang: ownLang ? String(ownLang) : lang,
			dir: ownLang ? direction(node.properties['dir']) : direction(htmlElement.properties['dir']),
			paths: (attr(node, printAttr.paths) ?? '').split(' ').filter(Boolean),
			node,
		};
	});
	if (sections.length === 0) fail('no sections');
	const meta = (name: string) => {
		const m = select(`meta[name="${name}"]`, tree);
		return m ? String(m.properties['content'] ?? '') : '';
	};
	return {
		lang,
		dir: direction(htmlElement.properties['dir']),
		title: toString(select('.cover-title', cover) ?? fail('the cover has no title (.cover-title)')).trim(),
		description: meta('description'),
		publisher: attr(root, printAttr.publisher) ?? fail(`the edition root has no ${printAttr.publisher}`),
		date,
		contentsTitle: toString(select('#print-contents', root) ?? fail('no contents heading (#print-contents)')).trim(),
		cover,
		sections,
	};
}
