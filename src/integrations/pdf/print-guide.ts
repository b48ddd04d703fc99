import { PDFDocument } from '@cantoo/pdf-lib';
import type { Page } from 'playwright-core';
import { getDocumentProxy } from 'unpdf';

export interface PrintJob {
	/** Address of the print edition on the local server. */
	url: string;
	lang: string;
	/** Labels in the guide's language. */
	linkNotesTitle: string;
	author: string;
	/** The public origin the site is published at (SITE_URL), for links in the PDF. */
	publicOrigin: string;
}

export interface PrintedPdf {
	bytes: Uint8Array;
	pages: number;
	/** Top-level bookmarks: chapter titles and their 1-based page numbers. */
	outline: { title: string; page: number }[];
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
 * which page each chapter starts, write those numbers into the contents, and print again.
 */
export async function printGuide(page: Page, job: PrintJob): Promise<PrintedPdf> {
	await page.goto(job.url, { waitUntil: 'networkidle' });
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(rewriteSiteLinks, job.publicOrigin);
	await page.evaluate(addLinkNotes, job.linkNotesTitle);
	await page.evaluate(() => document.fonts.ready.then(() => undefined));

	const first = await readPdf(await page.pdf(pdfOptions));
	await page.evaluate(fillContents, first.outline);
	const raw = await page.pdf(pdfOptions);
	const second = await readPdf(raw);
	const title = await page.title();
	const description = (await page.locator('meta[name="description"]').getAttribute('content')) ?? '';
	return { ...second, bytes: await setMetadata(raw, { title, author: job.author, subject: description, lang: job.lang }) };
}

/**
 * In the browser: links to this site point at the local print server. A link to a chapter of
 * this edition becomes a jump inside the PDF; any other becomes the page's public address.
 */
function rewriteSiteLinks(publicOrigin: string) {
	const chapters = new Map<string, string>();
	for (const chapter of document.querySelectorAll<HTMLElement>('.print-edition .chapter[data-paths]')) {
		for (const path of chapter.dataset['paths']!.split(' ')) chapters.set(path, chapter.id);
	}
	for (const a of document.querySelectorAll<HTMLAnchorElement>('.print-edition a[href]')) {
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
function addLinkNotes(title: string) {
	for (const chapter of document.querySelectorAll<HTMLElement>('.print-edition .chapter')) {
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

/** In the browser: write each chapter's first page into the contents. */
function fillContents(outline: { title: string; page: number }[]) {
	const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();
	const reversed = (s: string) => normalize(s).split(' ').reverse().join(' ');
	for (const cell of document.querySelectorAll<HTMLElement>('.toc-page[data-toc-for]')) {
		const wanted = normalize(cell.dataset['tocFor'] ?? '');
		// Chromium stores some right-to-left bookmark titles with their words reversed.
		const hit = outline.find((o) => normalize(o.title) === wanted || reversed(o.title) === wanted);
		cell.textContent = hit ? String(hit.page) : '';
	}
}

async function readPdf(bytes: Uint8Array): Promise<Omit<PrintedPdf, 'bytes'>> {
	const doc = await getDocumentProxy(new Uint8Array(bytes));
	const items = (await doc.getOutline()) ?? [];
	const outline: PrintedPdf['outline'] = [];
	for (const item of items) {
		const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
		const ref = dest?.[0];
		if (!ref || typeof ref !== 'object') continue;
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
