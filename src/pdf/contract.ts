/**
 * The contract between the print edition (PrintGuide.astro, rendered by Astro) and the printer
 * (printer.ts, driving Chromium), and between the site's pages and the PDF step's annotations.
 * Both sides import these names, so neither can drift from the other.
 *
 * - The edition's root carries the strings the printer needs, in the edition's language.
 * - Each top-level section (who it is for, a chapter, an appendix, the glossary) carries
 *   `data-print-section` and exactly one `<h1>`. Chromium makes one top-level bookmark per `<h1>`,
 *   in document order, so a section's first page is the page of the bookmark at its index.
 * - Each page number in the contents names the section it belongs to.
 */
export const printAttr = {
	/** On the edition's root element. */
	edition: 'data-print-edition',
	/** The edition's date, YYYY-MM-DD (the e-book's metadata reads it). */
	date: 'data-edition-date',
	linkNotesTitle: 'data-link-notes-title',
	publisher: 'data-publisher',
	/** "see page {{page}}", in the edition's language. */
	seePage: 'data-see-page',
	/** On each top-level section: its element id. */
	section: 'data-print-section',
	/** On a chapter section: the site addresses (with base) that print as this chapter. */
	paths: 'data-paths',
	/** On each page-number cell of the contents: the id of the section it numbers. */
	tocTarget: 'data-toc-target',
} as const;

/** Strings, in the edition's language, that the printer writes into the PDF. */
export interface EditionStrings {
	/** Heading of the list of web addresses at the end of each chapter. */
	linkNotesTitle: string;
	/** The PDF's author. */
	publisher: string;
	/** What follows a link to another part of the edition, with {{page}} for the number. */
	seePage: string;
}

export const editionAttributes = (s: EditionStrings, date: Date) => ({
	[printAttr.edition]: '',
	[printAttr.date]: date.toISOString().slice(0, 10),
	[printAttr.linkNotesTitle]: s.linkNotesTitle,
	[printAttr.publisher]: s.publisher,
	[printAttr.seePage]: s.seePage,
});

export const sectionAttributes = (id: string, paths?: string[]) => ({
	id,
	[printAttr.section]: '',
	...(paths ? { [printAttr.paths]: paths.join(' ') } : {}),
});

export const tocTargetAttributes = (sectionId: string) => ({ [printAttr.tocTarget]: sectionId });

/** One top-level bookmark of a printed PDF. */
export interface OutlineEntry {
	title: string;
	/** 1-based page number. */
	page: number;
}

/**
 * Each section's first page, from the printed PDF's top-level bookmarks, which Chromium makes
 * from the edition's `<h1>` elements in order. `headings` lists the ids of the sections those
 * `<h1>`s belong to, in document order (undefined for an `<h1>` outside any section, such as the
 * cover's). A different count means the contract is broken, and printing stops with a reason.
 */
export function sectionPages(headings: (string | undefined)[], outline: OutlineEntry[]): Map<string, number> {
	if (headings.length !== outline.length) {
		throw new Error(
			`The print edition has ${headings.length} top-level headings but the PDF has ${outline.length} top-level bookmarks; ` +
				'every <h1> of the edition must be visible and start a section (src/pdf/contract.ts).',
		);
	}
	const pages = new Map<string, number>();
	headings.forEach((id, i) => {
		if (id && !pages.has(id)) pages.set(id, outline[i]!.page);
	});
	return pages;
}
