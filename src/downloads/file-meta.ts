import { readFile, writeFile } from 'node:fs/promises';
import { formatBytes, listSeparator } from '../lib/format';
import { htmlFiles } from '../lib/html-files';
import { escapeRegExp } from '../lib/regexp';

/**
 * Pages render before the files they offer exist (PDFs, EPUBs, offline packs are made after the
 * build), so a download link carries an empty marker that the step making the file fills with
 * its size, and for a PDF its page count, in the page's language.
 */
export const fileMetaAttr = { file: 'data-file-meta', lang: 'data-lang', pageLabel: 'data-page-label' } as const;
/** Stands for the number in the localized "NNN pages" label. */
export const pageCountToken = 'NNN';

export const fileMetaAttributes = (file: string, lang: string, pageLabel?: string) => ({
	[fileMetaAttr.file]: file,
	[fileMetaAttr.lang]: lang,
	...(pageLabel ? { [fileMetaAttr.pageLabel]: pageLabel } : {}),
});

export interface FileFacts {
	bytes: number;
	/** A PDF's page count. */
	pages?: number | undefined;
}

const marker = new RegExp(`<span\\b([^>]*\\b${fileMetaAttr.file}="[^"]+"[^>]*)></span>`, 'g');
const attr = (attrs: string, name: string) => new RegExp(`\\b${escapeRegExp(name)}="([^"]*)"`).exec(attrs)?.[1];

/** The text that fills a marker: "(1.2 MB, 34 pages)" or "(310 kB)" in the page's language. */
export function fileMetaText(facts: FileFacts, lang: string, pageLabel?: string): string {
	const size = formatBytes(facts.bytes, lang);
	if (facts.pages === undefined || !pageLabel) return `(${size})`;
	return `(${size}${listSeparator(lang)}${pageLabel.replace(pageCountToken, new Intl.NumberFormat(lang).format(facts.pages))})`;
}

/**
 * Write the size of each file of one kind (by extension: `.pdf`, `.epub`, `.zip`) into the
 * pages that link to it. A marker naming a file of that kind that was not made is an error: the
 * link would lead nowhere. Markers of other kinds are left to their own step.
 */
export async function annotateDownloads(dist: string, facts: Map<string, FileFacts>, extension: string): Promise<number> {
	let changed = 0;
	for (const file of htmlFiles(dist)) {
		const html = await readFile(file, 'utf8');
		if (!html.includes(`${fileMetaAttr.file}=`)) continue;
		const next = html.replace(marker, (whole, attrs: string) => {
			const target = attr(attrs, fileMetaAttr.file) ?? '';
			if (!target.endsWith(extension)) return whole;
			const f = facts.get(target);
			if (!f) throw new Error(`${file} links to ${target}, which was not made.`);
			return `<span${attrs}>${fileMetaText(f, attr(attrs, fileMetaAttr.lang) ?? 'en', attr(attrs, fileMetaAttr.pageLabel))}</span>`;
		});
		if (next !== html) {
			await writeFile(file, next);
			changed++;
		}
	}
	return changed;
}
