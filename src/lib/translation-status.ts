import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { translatedLocales } from './locales';

/**
 * Which pages exist in which language, and which translations are older than their English
 * source, from git history: a translation is outdated when its English page was committed after
 * the translation was. Used by the translation status page, the outdated-translation notice on
 * translated pages, and `npm run translations`.
 */
export type TranslationState = 'current' | 'outdated' | 'missing';

export interface PageStatus {
	/** Slug without language prefix, e.g. `about`, `governance/decision-making`. */
	slug: string;
	/** Last commit to the English source. */
	englishChanged: Date | undefined;
	languages: Record<string, { state: TranslationState; changed: Date | undefined }>;
}

const toPosix = (p: string) => p.split(sep).join('/');

/** Latest commit date of every file under content/docs, in one git call. Empty if git is unavailable. */
function commitDates(root: string): Map<string, Date> {
	const dates = new Map<string, Date>();
	let log = '';
	try {
		log = execFileSync('git', ['log', '--format=@%cI', '--name-only', '--', 'content/docs'], {
			cwd: root,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
			stdio: ['ignore', 'pipe', 'ignore'],
		});
	} catch {
		return dates;
	}
	let current: Date | undefined;
	for (const line of log.split('\n')) {
		if (line.startsWith('@')) current = new Date(line.slice(1));
		else if (line && current && !dates.has(line)) dates.set(line, current);
	}
	return dates;
}

function mdxFiles(docsDir: string): string[] {
	return readdirSync(docsDir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
		.map((e) => toPosix(relative(docsDir, join(e.parentPath, e.name))));
}

const slugOf = (file: string) => file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '') || 'index';

const cache = new Map<string, PageStatus[]>();

/** The status of every English page in every translated language, English pages in path order. */
export function translationStatus(root = process.cwd()): PageStatus[] {
	const hit = cache.get(root);
	if (hit) return hit;
	const dates = commitDates(root);
	const files = mdxFiles(join(root, 'content', 'docs'));
	const isTranslated = (f: string) => translatedLocales.some((l) => f.startsWith(`${l}/`));
	const byPath = new Set(files);
	const dateOf = (f: string) => dates.get(`content/docs/${f}`);
	const result = files
		.filter((f) => !isTranslated(f) && f !== '404.mdx')
		.sort()
		.map((english) => {
			const englishChanged = dateOf(english);
			const languages: PageStatus['languages'] = {};
			for (const locale of translatedLocales) {
				const twin = [
					`${locale}/${english}`,
					`${locale}/${english.replace(/\.mdx$/, '.md')}`,
					`${locale}/${english.replace(/\.md$/, '.mdx')}`,
				].find((f) => byPath.has(f));
				if (!twin) {
					languages[locale] = { state: 'missing', changed: undefined };
					continue;
				}
				const changed = dateOf(twin);
				const outdated = englishChanged && changed && englishChanged.getTime() > changed.getTime();
				languages[locale] = { state: outdated ? 'outdated' : 'current', changed };
			}
			return { slug: slugOf(english), englishChanged, languages };
		});
	cache.set(root, result);
	return result;
}

/** Translated files that have no English page with the same path: Starlight would never link to them. */
export function orphanTranslations(root = process.cwd()): string[] {
	const files = new Set(mdxFiles(join(root, 'content', 'docs')));
	const english = (f: string) => f.slice(f.indexOf('/') + 1).replace(/\.mdx?$/, '');
	const englishIds = new Set(
		[...files].filter((f) => !translatedLocales.some((l) => f.startsWith(`${l}/`))).map((f) => f.replace(/\.mdx?$/, '')),
	);
	return [...files].filter((f) => translatedLocales.some((l) => f.startsWith(`${l}/`)) && !englishIds.has(english(f))).sort();
}
