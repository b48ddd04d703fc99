import { PDFDict, PDFDocument, PDFHexString, PDFName, type PDFRef } from '@cantoo/pdf-lib';
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
	await page.evaluate(scopeIds, printAttr);
	await page.evaluate(rewriteSiteLinks, { publicOrigin: job.publicOrigin, attr: printAttr });
	await page.evaluate(addLinkNotes, { title: strings.linkNotesTitle, attr: printAttr });
	await page.evaluate(shortenIds, printAttr);
	await page.evaluate(() => document.fonts.ready.then(() => undefined));

	const headings = await page.evaluate(topLevelHeadings, printAttr);
	// Print, read where each section and anchor landed, write those pages into the contents and
	// the "see page N" references, and print again, until nothing moves (the numbers' width can
	// move a line, rarely a page). Placeholders of the right width go in before the first printing.
	await page.evaluate(fillPageReferences, { pages: {}, label: strings.seePage });
	let printed = await readPdf(await page.pdf(pdfOptions));
	let pages = sectionPages(headings, printed.outline);
	let contents: { section: string; page: number }[] = [];
	let raw: Uint8Array | undefined;
	let second = printed;
	for (let attempt = 1; ; attempt++) {
		contents = await page.evaluate(fillContents, { pages: [...pages], attr: printAttr });
		await page.evaluate(fillPageReferences, { pages: printed.destinations, label: strings.seePage });
		raw = await page.pdf(pdfOptions);
		second = await readPdf(raw);
		const next = sectionPages(headings, second.outline);
		const moved = [...next].filter(([id, p]) => pages.get(id) !== p).map(([id]) => id);
		const refsMoved = Object.entries(second.destinations).some(
			([id, p]) => printed.destinations[id] !== undefined && printed.destinations[id] !== p,
		);
		if (!moved.length && !refsMoved) break;
		if (attempt === 3) throw new Error(`${job.url}: pages still move after three printings: ${moved.join(', ') || 'page references'}`);
		printed = second;
		pages = next;
	}
	const title = await page.title();
	const description = (await page.locator('meta[name="description"]').getAttribute('content')) ?? '';
	// Bookmark titles as the headings read: Chromium drops the space where a heading wraps and
	// stores some right-to-left titles with their words reversed.
	const titles = await page.evaluate(allHeadings, printAttr);
	const bytes = await finishPdf(raw!, { title, author: strings.publisher, subject: description, lang: job.lang, titles });
	const { destinations: _, ...rest } = second;
	return { ...rest, outline: second.outline.map((o, i) => ({ ...o, title: titles.topLevel[i] ?? o.title })), contents, bytes };
}

/** In the browser: the strings the edition carries for the printer. */
function readEditionStrings(attr: typeof printAttr) {
	const root = document.querySelector(`[${attr.edition}]`);
	if (!root) throw new Error(`The page has no element with ${attr.edition}: it is not a print edition.`);
	return {
		linkNotesTitle: root.getAttribute(attr.linkNotesTitle) ?? '',
		publisher: root.getAttribute(attr.publisher) ?? '',
		seePage: root.getAttribute(attr.seePage) ?? '',
	};
}

/** In the browser: for each visible <h1>, in order, the id of the section it heads. */
function topLevelHeadings(attr: typeof printAttr): (string | undefined)[] {
	return [...document.querySelectorAll<HTMLElement>(`[${attr.edition}] h1`)]
		.filter((h) => h.getClientRects().length > 0)
		.map((h) => h.closest<HTMLElement>(`[${attr.section}]`)?.id);
}

/**
 * In the browser: ids are unique within a web page but not across the chapters of an edition
 * (every chapter may have "#examples"). Prefix each section's ids with the section's own, and
 * follow that in the section's links to its own headings.
 */
function scopeIds(attr: typeof printAttr) {
	for (const section of document.querySelectorAll<HTMLElement>(`[${attr.section}]`)) {
		const prefix = `${section.id}--`;
		for (const el of section.querySelectorAll<HTMLElement>('[id]')) el.id = prefix + el.id;
		for (const a of section.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
			const target = decodeURIComponent(a.getAttribute('href')!.slice(1));
			if (target && document.getElementById(prefix + target)) a.setAttribute('href', `#${prefix}${target}`);
		}
	}
}

/**
 * In the browser: Chromium names each link target in the PDF after its element's id, and a PDF
 * name may hold at most 127 bytes; the ids of Cyrillic or Arabic headings, percent-encoded,
 * are longer. Give every id that is not short ASCII a short one, and follow it in the links.
 */
function shortenIds(attr: typeof printAttr) {
	let n = 0;
	for (const el of document.querySelectorAll<HTMLElement>(`[${attr.edition}] [id]`)) {
		if (/^[\x21-\x7e]{1,64}$/.test(el.id)) continue;
		const old = el.id;
		el.id = `t${++n}`;
		for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
			if (decodeURIComponent(a.getAttribute('href')!.slice(1)) === old) a.setAttribute('href', `#${el.id}`);
			if (a.dataset['pageOf'] === old) a.dataset['pageOf'] = el.id;
		}
	}
}

/** In the browser: every visible heading's text, in document order, and the top-level ones apart. */
function allHeadings(attr: typeof printAttr): { all: string[]; topLevel: string[] } {
	const visible = [...document.querySelectorAll<HTMLElement>(`[${attr.edition}] :is(h1, h2, h3, h4, h5, h6)`)].filter(
		(h) => h.getClientRects().length > 0,
	);
	const text = (h: HTMLElement) => (h.textContent ?? '').replace(/\s+/g, ' ').trim();
	return { all: visible.map(text), topLevel: visible.filter((h) => h.tagName === 'H1').map(text) };
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
		const section = chapters.get(url.pathname);
		const heading = section && url.hash ? `${section}--${decodeURIComponent(url.hash.slice(1))}` : undefined;
		const target = heading && document.getElementById(heading) ? heading : section;
		if (target) {
			// A jump within the PDF; the page number is added after the first printing.
			a.href = `#${target}`;
			if (!a.closest('nav')) a.dataset['pageOf'] = target;
		} else a.href = `${publicOrigin}${url.pathname}${url.hash}`;
	}
}

/**
 * In the browser: after each external link in a chapter, add a note number, and list the
 * addresses at the end of the chapter, so a paper reader can type them in.
 */
function addLinkNotes({ title, attr }: { title: string; attr: typeof printAttr }) {
	// Defined inside: page.evaluate sends this function's source alone to the browser.
	/** Move a table's last row or a list's last item into a copy of it, placed after it. */
	function splitOffLast(block: HTMLElement): HTMLElement | undefined {
		if (block.tagName === 'TABLE') {
			const table = block as HTMLTableElement;
			const rows = table.tBodies[table.tBodies.length - 1]?.rows;
			if (!rows || rows.length < 2) return undefined;
			const tail = document.createElement('table');
			tail.className = table.className;
			if (table.tHead) tail.append(table.tHead.cloneNode(true));
			const body = document.createElement('tbody');
			body.append(rows[rows.length - 1]!);
			tail.append(body);
			table.after(tail);
			return tail;
		}
		if (block.tagName === 'OL' || block.tagName === 'UL') {
			const items = [...block.children].filter((c) => c.tagName === 'LI');
			if (items.length < 2) return undefined;
			const tail = document.createElement(block.tagName.toLowerCase()) as HTMLOListElement;
			tail.className = block.className;
			if (block.tagName === 'OL') tail.start = ((block as HTMLOListElement).start || 1) + items.length - 1;
			tail.append(items[items.length - 1]!);
			block.after(tail);
			return tail;
		}
		return undefined;
	}

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
		// Keep the notes with what comes before them, so that a page never holds notes alone: the
		// chapter's last small block (its sources, a paragraph). A block taller than a third of a
		// page kept whole would push itself to the next page and leave a gap, so look inside it;
		// a table, list or code block is not split up, so the notes only ask not to start a page.
		let before = chapter.lastElementChild as HTMLElement | null;
		while (before && before.getBoundingClientRect().height > 330 && /^(DIV|SECTION)$/.test(before.tagName) && before.lastElementChild)
			before = before.lastElementChild as HTMLElement;
		// A long table or list: its last row or item goes with the notes, in a table of its own
		// (the header repeated, as on any page a table continues on) or a list that keeps counting.
		if (before && before.getBoundingClientRect().height > 330) before = splitOffLast(before) ?? before;
		if (before && before.getBoundingClientRect().height <= 330) {
			const keep = document.createElement('div');
			keep.className = 'keep-with-notes';
			before.replaceWith(keep);
			keep.append(before, notes);
		} else {
			notes.classList.add('notes-after-block');
			chapter.append(notes);
		}
	}
}

/**
 * In the browser: "(see page N)" after each link marked with the section or heading it jumps to;
 * "00" stands in until the page is known, so the first printing already has the text's width.
 */
function fillPageReferences({ pages, label }: { pages: Record<string, number>; label: string }) {
	if (!label) return;
	for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-page-of]')) {
		let ref = a.nextElementSibling?.classList.contains('page-ref') ? a.nextElementSibling : null;
		if (!ref) {
			ref = document.createElement('span');
			ref.className = 'page-ref';
			a.after(ref);
		}
		ref.textContent = ` (${label.replace('{{page}}', String(pages[a.dataset['pageOf']!] ?? '00'))})`;
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

async function readPdf(bytes: Uint8Array): Promise<{ pages: number; outline: OutlineEntry[]; destinations: Record<string, number> }> {
	const doc = await getDocumentProxy(new Uint8Array(bytes));
	const named = await doc.getDestinations();
	const destinations: Record<string, number> = {};
	for (const [name, dest] of Object.entries(named)) {
		const ref = (dest as unknown[] | null)?.[0];
		if (ref && typeof ref === 'object')
			destinations[decodeURIComponent(name)] = (await doc.getPageIndex(ref as Parameters<typeof doc.getPageIndex>[0])) + 1;
	}
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
	return { pages, outline, destinations };
}

/**
 * The PDF's bookmark titles set to the headings' text, in document order (every level), and its
 * title, author, subject and language in the document information and catalog.
 */
async function finishPdf(
	bytes: Uint8Array,
	meta: { title: string; author: string; subject: string; lang: string; titles: { all: string[] } },
): Promise<Uint8Array> {
	const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
	const items: PDFDict[] = [];
	const walk = (ref: unknown) => {
		for (
			let item = pdf.context.lookupMaybe(ref as PDFRef, PDFDict);
			item;
			item = pdf.context.lookupMaybe(item.get(PDFName.of('Next')) as PDFRef, PDFDict)
		) {
			items.push(item);
			walk(item.get(PDFName.of('First')));
		}
	};
	const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
	if (outlines) walk(outlines.get(PDFName.of('First')));
	if (items.length !== meta.titles.all.length) {
		throw new Error(
			`The PDF has ${items.length} bookmarks but the edition ${meta.titles.all.length} visible headings: cannot give the bookmarks their titles.`,
		);
	}
	items.forEach((item, i) => item.set(PDFName.of('Title'), PDFHexString.fromText(meta.titles.all[i]!)));
	pdf.setTitle(meta.title, { showInWindowTitleBar: true });
	pdf.setAuthor(meta.author);
	pdf.setSubject(meta.subject);
	pdf.setLanguage(meta.lang);
	return pdf.save({ useObjectStreams: false });
}

/** Print a one-sheet page (the release checklist's summary): one printing, no contents to number. */
export async function printSheet(page: Page, job: PrintJob): Promise<{ bytes: Uint8Array; pages: number }> {
	await page.goto(job.url, { waitUntil: 'networkidle' });
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	const raw = await page.pdf({ ...pdfOptions, outline: false });
	const pdf = await PDFDocument.load(raw, { updateMetadata: false });
	pdf.setTitle(await page.title(), { showInWindowTitleBar: true });
	pdf.setLanguage(job.lang);
	const bytes = await pdf.save({ useObjectStreams: false });
	return { bytes, pages: pdf.getPageCount() };
}
