import { PDFDocument } from '@cantoo/pdf-lib';
import type { Page } from 'playwright-core';
import { getDocumentProxy } from 'unpdf';
import { printAttr, sectionPages, type OutlineEntry } from './contract';

export interface PrintJob {
	/** Address of the print edition on the local server. */
	url: string;
	lang: string;
	/** The public origin the site is published at (SITE_URL), for links in the PDF. */
	publicOrigin: string;
}

export interface PrintedPdf {
	bytes: Uint8Array;
	pages: number;
	/** Top-level bookmarks: section titles and their 1-based page numbers. */
	outline: OutlineEntry[];
	/** What the contents say: each numbered section's id and page. */
	contents: { section: string; page: number }[];
}

const pdfOptions = {
	format: 'A4',
	printBackground: true,
	preferCSSPageSize: true,
	outline: true,
	tagged: true,
} as const;

/**
 * Print one guide's edition to PDF: number the external links as notes, print once to learn on
 * which page each section starts, write those numbers into the contents, and print again.
 */
export async function printGuide(page: Page, job: PrintJob): Promise<PrintedPdf> {
	await page.goto(job.url, { waitUntil: 'networkidle' });
	await page.emulateMedia({ media: 'print' });
	const strings = await page.evaluate(readEditionStrings, printAttr);
	await page.evaluate(rewriteSiteLinks, { publicOrigin: job.publicOrigin, attr: printAttr });
	await page.evaluate(addLinkNotes, { title: strings.linkNotesTitle, attr: printAttr });
	await page.evaluate(() => document.fonts.ready.then(() => undefined));

	const headings = await page.evaluate(topLevelHeadings, printAttr);
	const first = await readPdf(await page.pdf(pdfOptions));
	const pages = sectionPages(headings, first.outline);
	const contents = await page.evaluate(fillContents, { pages: [...pages], attr: printAttr });
	const raw = await page.pdf(pdfOptions);
	const second = await readPdf(raw);
	// The numbers are short and the contents sit on pages of their own, so nothing should move;
	// if something did, the contents would lie, and printing stops.
	const moved = [...sectionPages(headings, second.outline)].filter(([id, p]) => pages.get(id) !== p);
	if (moved.length) throw new Error(`${job.url}: sections moved between the two printings: ${moved.map(([id]) => id).join(', ')}`);
	const title = await page.title();
	const description = (await page.locator('meta[name="description"]').getAttribute('content')) ?? '';
	const bytes = await setMetadata(raw, { title, author: strings.publisher, subject: description, lang: job.lang });
	return { ...second, contents, bytes };
}

/** In the browser: the strings the edition carries for the printer. */
function readEditionStrings(attr: typeof printAttr) {
	const root = document.querySelector(`[${attr.edition}]`);
	if (!root) throw new Error(`The page has no element with ${attr.edition}: it is not a print edition.`);
	return { linkNotesTitle: root.getAttribute(attr.linkNotesTitle) ?? '', publisher: root.getAttribute(attr.publisher) ?? '' };
}

/** In the browser: for each visible <h1>, in order, the id of the section it heads. */
function topLevelHeadings(attr: typeof printAttr): (string | undefined)[] {
	return [...document.querySelectorAll<HTMLElement>(`[${attr.edition}] h1`)]
		.filter((h) => h.getClientRects().length > 0)
		.map((h) => h.closest<HTMLElement>(`[${attr.section}]`)?.id);
}

/**
 * In the browser: links to this site point at the local print server. A link to a chapter of
 * this edition becomes a jump inside the PDF; any other becomes the page's public address.
 */
function rewriteSiteLinks({ publicOrigin, attr }: { publicOrigin: string; attr: typeof printAttr }) {
	const chapters = new Map<string, string>();
	for (const section of document.querySelectorAll<HTMLElement>(`[${attr.paths}]`)) {
		for (const path of section.getAttribute(attr.paths)!.split(' ')) chapters.set(path, section.id);
	}
	for (const a of document.querySelectorAll<HTMLAnchorElement>(`[${attr.edition}] a[href]`)) {
		const url = new URL(a.href, location.href);
		if (url.origin !== location.origin) continue;
		if (a.getAttribute('href')!.startsWith('#')) continue;
		const id = url.hash === '' ? chapters.get(url.pathname) : undefined;
		a.href = id ? `#${id}` : `${publicOrigin}${url.pathname}${url.hash}`;
	}
}

/**
 * In the browser: after each external link in a chapter, add a note number, and list the
 * addresses at the end of the chapter, so a paper reader can type them in.
 */
function addLinkNotes({ title, attr }: { title: string; attr: typeof printAttr }) {
	for (const chapter of document.querySelectorAll<HTMLElement>(`[${attr.section}]`)) {
		const numbers = new Map<string, number>();
		for (const a of chapter.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')) {
			const href = a.href;
			if (a.textContent?.trim() === href || a.closest('.link-notes')) continue;
			if (!numbers.has(href)) numbers.set(href, numbers.size + 1);
			const ref = document.createElement('span');
			ref.className = 'link-note-ref';
			ref.textContent = `[${numbers.get(href)}]`;
			a.after(ref);
		}
		if (numbers.size === 0) continue;
		const notes = document.createElement('section');
		notes.className = 'link-notes';
		notes.setAttribute('dir', 'ltr');
		const heading = document.createElement('p');
		heading.className = 'link-notes-title';
		heading.textContent = title;
		heading.setAttribute('dir', 'auto');
		const list = document.createElement('ol');
		for (const [href] of numbers) {
			const li = document.createElement('li');
			const link = document.createElement('a');
			link.href = href;
			link.textContent = href;
			li.append(link);
			list.append(li);
		}
		notes.append(heading, list);
		chapter.append(notes);
	}
}

/** In the browser: write each section's first page into the contents; every entry must get one. */
function fillContents({ pages, attr }: { pages: [string, number][]; attr: typeof printAttr }) {
	const byId = new Map(pages);
	const filled: { section: string; page: number }[] = [];
	for (const cell of document.querySelectorAll<HTMLElement>(`[${attr.tocTarget}]`)) {
		const section = cell.getAttribute(attr.tocTarget)!;
		const page = byId.get(section);
		if (page === undefined) throw new Error(`The contents name section "${section}", which has no <h1> in the edition.`);
		cell.textContent = String(page);
		filled.push({ section, page });
	}
	return filled;
}

async function readPdf(bytes: Uint8Array): Promise<{ pages: number; outline: OutlineEntry[] }> {
	const doc = await getDocumentProxy(new Uint8Array(bytes));
	const items = (await doc.getOutline()) ?? [];
	const outline: OutlineEntry[] = [];
	for (const item of items) {
		const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
		const ref = dest?.[0];
		if (!ref || typeof ref !== 'object') throw new Error(`The bookmark "${item.title}" points at no page.`);
		outline.push({ title: item.title, page: (await doc.getPageIndex(ref)) + 1 });
	}
	const pages = doc.numPages;
	await doc.destroy();
	return { pages, outline };
}

/** Title, author, subject and language in the PDF's document information and catalog. */
async function setMetadata(bytes: Uint8Array, meta: { title: string; author: string; subject: string; lang: string }): Promise<Uint8Array> {
	const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
	pdf.setTitle(meta.title, { showInWindowTitleBar: true });
	pdf.setAuthor(meta.author);
	pdf.setSubject(meta.subject);
	pdf.setLanguage(meta.lang);
	return pdf.save({ useObjectStreams: false });
}
