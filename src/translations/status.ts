import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentFiles, type ContentFile } from '../lib/content-files';
import { fileHistory, findCommit, hasHistory } from '../lib/git-dates';
import { translatedLocales } from '../lib/locales';

/**
 * Which pages exist in which language, and which translations follow an older English text.
 * Each translation records, in `translated_from`, the commit of the English page it translates;
 * it is outdated only when the English page was committed after that commit, not whenever a file
 * is touched. Used by the translation status page, the outdated-translation notice and
 * `npm run translations`. (docs/decisions/languages.md)
 */
export type TranslationState = 'current' | 'outdated' | 'missing';

export interface LanguageStatus {
	state: TranslationState;
	/** The translation's title. */
	title?: string | undefined;
	/** The English commit the translation follows, as recorded. */
	translatedFrom?: string | undefined;
}

export interface PageStatus {
	/** Slug without language prefix, e.g. `about`, `governance/decision-making`. */
	slug: string;
	/** The English page's title. */
	title: string;
	/** Last commit to the English source. */
	englishChanged: Date | undefined;
	/** Words of prose in the English page, to weigh translated pages by their length. */
	words: number;
	languages: Record<string, LanguageStatus>;
}

/** Words of prose in an MDX body: code blocks, imports, tags and link targets left out. */
export function proseWords(body: string): number {
	const prose = body
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/^(import|export) .*$/gm, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\]\([^)]*\)/g, ']');
	// Chinese and Japanese are written without spaces: count each character as a word.
	const cjk = prose.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
	return cjk + (prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.filter((w) => !/[\p{Script=Han}]/u.test(w)).length ?? 0);
}

/**
 * Frontmatter that each language writes for itself instead of following the English: its search
 * phrases, and the date its own text was last reviewed. A change to these alone leaves the
 * English text the translation follows unchanged.
 */
const ownFields = ['search_aliases', 'last_reviewed'];

/** The part of an English page a translation follows: its text, and its frontmatter but for ownFields. */
function followedText(text: string): string {
	const m = /^---\n([\s\S]*?)\n?---(?:\n|$)/.exec(text.replace(/\r\n/g, '\n'));
	if (!m) return text;
	const frontmatter = (parse(m[1]!) ?? {}) as Record<string, unknown>;
	for (const key of ownFields) delete frontmatter[key];
	return `${JSON.stringify(frontmatter)}\n${text.slice(m[0].length)}`;
}

/** The English page as it was at a commit, or undefined if it did not exist then. */
function textAt(hash: string, repoPath: string, root: string): string | undefined {
	try {
		return execFileSync('git', ['show', `${hash}:${repoPath}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	} catch {
		return undefined;
	}
}

/** Whether a translation follows the English page's latest text. */
export function translationState(english: ContentFile, translation: ContentFile, root: string): TranslationState {
	const recorded = translation.frontmatter['translated_from'];
	return stateSince(english.repoPath, typeof recorded === 'string' ? recorded : undefined, root);
}

/**
 * Whether a translation that records the English commit `recorded` follows the latest text of the
 * English file at `repoPath` (a page or a template).
 */
export function stateSince(repoPath: string, recorded: string | undefined, root: string): TranslationState {
	if (!hasHistory(root)) return 'current'; // an export without history cannot tell
	const from = recorded ? findCommit(recorded, root) : undefined;
	const latest = fileHistory(repoPath, root);
	if (!from || !latest.date) return 'outdated';
	if (latest.commit === from.hash || latest.date.getTime() <= from.date.getTime()) return 'current';
	// Committed since, but perhaps only in fields each language writes for itself.
	const then = textAt(from.hash, repoPath, root);
	const now = readFileSync(join(root, repoPath), 'utf8');
	return then !== undefined && followedText(then) === followedText(now) ? 'current' : 'outdated';
}

const cache = new Map<string, PageStatus[]>();

/** The status of every English page in every translated language, English pages in path order. */
export function translationStatus(root = process.cwd()): PageStatus[] {
	const hit = cache.get(root);
	if (hit) return hit;
	const files = contentFiles(root);
	const bySlug = new Map(files.map((f) => [`${f.locale}:${f.slug}`, f]));
	const result = files
		.filter((f) => f.locale === 'root' && f.path !== '404.mdx')
		.map((english) => {
			const languages: PageStatus['languages'] = {};
			for (const locale of translatedLocales) {
				const twin = bySlug.get(`${locale}:${english.slug}`);
				languages[locale] = twin
					? {
							state: translationState(english, twin, root),
							title: String(twin.frontmatter['title'] ?? ''),
							translatedFrom: twin.frontmatter['translated_from'] as string | undefined,
						}
					: { state: 'missing' };
			}
			return {
				slug: english.slug,
				title: String(english.frontmatter['title'] ?? english.slug),
				englishChanged: fileHistory(english.repoPath, root).date,
				words: proseWords(english.body),
				languages,
			};
		});
	cache.set(root, result);
	return result;
}

/** Per language: share of pages and of words that have a current translation. */
export function coverage(pages: PageStatus[], locale: string): { pages: number; words: number; current: number; outdated: number } {
	const current = pages.filter((p) => p.languages[locale]?.state === 'current');
	const outdated = pages.filter((p) => p.languages[locale]?.state === 'outdated');
	const total = pages.reduce((s, p) => s + p.words, 0) || 1;
	return {
		pages: current.length / (pages.length || 1),
		words: current.reduce((s, p) => s + p.words, 0) / total,
		current: current.length,
		outdated: outdated.length,
	};
}

/** Translated files that have no English page with the same path: Starlight would never link to them. */
export function orphanTranslations(files: ContentFile[]): ContentFile[] {
	const english = new Set(files.filter((f) => f.locale === 'root').map((f) => f.slug));
	return files.filter((f) => f.locale !== 'root' && !english.has(f.slug));
}
