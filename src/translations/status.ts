import { contentFiles, type ContentFile } from '../lib/content-files';
import { fileHistory } from '../lib/git-dates';
import { translatedLocales } from '../lib/locales';

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
			const englishChanged = fileHistory(english.repoPath, root).date;
			const languages: PageStatus['languages'] = {};
			for (const locale of translatedLocales) {
				const twin = bySlug.get(`${locale}:${english.slug}`);
				if (!twin) {
					languages[locale] = { state: 'missing', changed: undefined };
					continue;
				}
				const changed = fileHistory(twin.repoPath, root).date;
				const outdated = englishChanged && changed && englishChanged.getTime() > changed.getTime();
				languages[locale] = { state: outdated ? 'outdated' : 'current', changed };
			}
			return { slug: english.slug, englishChanged, languages };
		});
	cache.set(root, result);
	return result;
}

/** Translated files that have no English page with the same path: Starlight would never link to them. */
export function orphanTranslations(files: ContentFile[]): ContentFile[] {
	const english = new Set(files.filter((f) => f.locale === 'root').map((f) => f.slug));
	return files.filter((f) => f.locale !== 'root' && !english.has(f.slug));
}
