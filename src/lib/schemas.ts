import { z } from 'astro/zod';
import { audiences } from './vocabularies';

/** A cited source: the site renders these as the "Sources" list at the end of a page. */
export const sourceSchema = z
	.object({
		title: z.string().min(3).describe('How the source is cited: publisher, "title", and date where useful.'),
		url: z
			.url()
			.refine((u) => u.startsWith('https://'), { message: 'Source URLs must use https://' })
			.describe('Address of the source; https only.'),
	})
	.strict();

/** A statement reviewers check on every edit of the page. */
export const keyFactSchema = z
	.object({
		id: z
			.string()
			.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'Use <guide>.<chapter-key>.<n>, e.g. licensing.compat.1')
			.describe('Stable identifier: <guide>.<chapter-key>.<n>.'),
		text: z.string().min(10).describe('The fact, in one sentence, as the page states it.'),
		source: z.url().describe('The URL, listed in `sources`, that backs the fact.'),
	})
	.strict();

/**
 * Our frontmatter fields, added to Starlight's own (title, description, sidebar, template…).
 * Order within a guide is Starlight's `sidebar.order`.
 */
export const pageFields = {
	summary: z
		.string()
		.trim()
		// A Chinese character carries about as much as two Latin letters: count it twice.
		.refine(
			(s) => s.length + (s.match(/\p{Script=Han}/gu)?.length ?? 0) >= 20,
			'Write one full sentence (at least 20 characters, or 10 Chinese characters).',
		)
		.describe('One sentence: the search snippet and the line in a printed table of contents.'),
	audience: z
		.array(z.enum(audiences))
		.min(1)
		.describe(`Who the page is for: any of ${audiences.join(', ')}.`),
	last_reviewed: z.coerce
		.date()
		.refine((d) => !Number.isNaN(d.getTime()), { message: 'Use a date such as 2026-11-22.' })
		.describe('When a reviewer last checked every fact on the page (YYYY-MM-DD).'),
	sources: z.array(sourceSchema).default([]).describe('Sources cited by the page, rendered at its end.'),
	key_facts: z
		.array(keyFactSchema)
		.default([])
		.describe('The two to four statements reviewers check on every edit; each names its source.'),
	cover_subtitle: z
		.string()
		.trim()
		.min(10)
		.optional()
		.describe('Guide overviews: the line under the title on the printed cover, written for the cover (the summary is used otherwise).'),
	edition: z
		.number()
		.int()
		.positive()
		.optional()
		.describe('Guide overviews: the edition of the guide, printed on its cover and back page.'),
	translated_from: z
		.string()
		.regex(/^[0-9a-f]{7,40}$/, 'Write the hash of the English page’s commit, e.g. 49008aa1b2c3.')
		.optional()
		.describe(
			'Translations only: the commit of the English page that this translation follows (npm run translations -- --current <file> writes it).',
		),
	search_aliases: z
		.array(z.string().min(2))
		.default([])
		.describe('What readers type to find this page: spelling variants, acronyms and expansions, questions.'),
};

/** A content slug such as `licensing/contributor-agreements` (guide/chapter, no slashes around). */
const chapterSlug = z
	.string()
	.regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'Write the page slug without slashes around it, e.g. licensing/licence-families')
	.describe('Slug of the chapter that explains the subject in depth.');

/** One glossary entry (content/glossary/terms.yaml). */
export const glossaryTermSchema = z
	.object({
		id: z
			.string()
			.regex(/^[a-z0-9-]+$/, 'Use lower-case kebab-case; it becomes the anchor /reference/glossary/#<id>')
			.describe('Anchor of the term on the glossary page.'),
		term: z.string().min(1).describe('The term as readers see it.'),
		expansion: z.string().optional().describe('What an acronym stands for.'),
		aliases: z.array(z.string()).default([]).describe('Other names and spellings readers use; indexed for search.'),
		definition: z.string().min(40).max(600).describe('A short definition in our own words, plain text.'),
		chapter: chapterSlug,
	})
	.strict();

/**
 * One term of the termbase in another language (content/glossary/translations/<locale>.yaml,
 * keyed by the English entry's id). Licence names, SPDX identifiers and file names stay as they are.
 */
export const termTranslationSchema = z
	.object({
		term: z.string().trim().min(1).describe('The term as readers of the language write it.'),
		expansion: z
			.string()
			.trim()
			.min(1)
			.optional()
			.describe('What an acronym stands for, in the language (the English expansion may follow in parentheses).'),
		aliases: z
			.array(z.string().min(1))
			.default([])
			.describe('Other names and spellings in the language; indexed for search and accepted by the termbase check.'),
		definition: z.string().trim().min(20).max(900).describe('The short definition, translated.'),
		note: z
			.string()
			.trim()
			.min(10)
			.optional()
			.describe('Why this rendering, and its source (UNTERM, a UN document, a national standard), when the choice is not obvious.'),
	})
	.strict();

export const termbaseSchema = z.record(z.string().regex(/^[a-z0-9-]+$/), termTranslationSchema);

// The licence data's schemas live with the licence feature; re-exported for existing imports.
export { licenceSchema, licenceTranslationSchema, licenceTranslationsSchema } from '../licences/schema';

const aliasList = z.array(z.string().min(2)).min(1);

/**
 * What readers of other languages type to find an English page that has no translation yet
 * (content/search/translated-aliases.yaml, keyed by the page's slug). Indexed with the English
 * page, whose index translated pages also search (src/scripts/search-ui.ts).
 */
export const translatedAliasesSchema = z
	.object({
		fr: aliasList.optional().describe('French search phrases.'),
		es: aliasList.optional().describe('Spanish search phrases.'),
		ru: aliasList.optional().describe('Russian search phrases.'),
		'zh-CN': aliasList.optional().describe('Chinese search phrases.'),
		ar: aliasList.optional().describe('Arabic search phrases.'),
	})
	.strict();
