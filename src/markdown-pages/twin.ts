import { stringify } from 'yaml';
import type { ContentFile } from '../lib/content-files';
import { splitLocale, translatedLocales, type LocaleKey } from '../lib/locales';
import type { BuiltPage } from './page-markdown';

/** The frontmatter of a twin: what a reader or a tool needs to cite the page, nothing of the site's machinery. */
export interface TwinFrontmatter {
	title: string;
	description?: string;
	/** BCP-47 tag of the text: a page not yet translated is English under any prefix. */
	language: string;
	/** The "Last updated" date the page shows, YYYY-MM-DD. */
	last_updated?: string;
	sources?: { title: string; url: string }[];
}

/** One page's twin, with what llms.txt lists of it. */
export interface Twin {
	/** The page's URL path without base, `/fr/licensing/`. */
	urlPath: string;
	locale: LocaleKey;
	/** Language-neutral slug, `licensing/licence-compatibility`, `index` for a home page. */
	slug: string;
	/** The content file it is built from, `content/docs/fr/about.mdx`, to name in errors. */
	source: string;
	/** Whether llms.txt lists it: pages generated from data (the licence pages) are served by the API instead. */
	listed: boolean;
	frontmatter: TwinFrontmatter;
	summary: string | undefined;
	order: number | undefined;
	body: string;
	text: string;
}

/** The content id a URL path shows (`/fr/about/` → `fr/about`, `/` → `index`), split into locale and slug. */
export function pageId(urlPath: string): { id: string; locale: LocaleKey; slug: string } {
	const id = urlPath.replace(/^\/|\/$/g, '') || 'index';
	const { locale, slug } = splitLocale(id);
	return { id, locale, slug: slug || 'index' };
}

/**
 * The content file a page is built from: its own language's, or the English one Starlight shows
 * where the translation does not exist.
 */
export function sourceFinder(files: ContentFile[]): (urlPath: string) => ContentFile | undefined {
	const byId = new Map(files.map((f) => [f.id, f]));
	return (urlPath) => {
		const { id, locale, slug } = pageId(urlPath);
		return byId.get(id) ?? (translatedLocales.includes(locale as never) ? byId.get(slug) : undefined);
	};
}

/** Frontmatter `sources`, checked: the schema has validated them, but a twin names the page if not. */
function sourcesOf(file: ContentFile): { title: string; url: string }[] {
	const sources = file.frontmatter['sources'];
	if (sources === undefined) return [];
	if (!Array.isArray(sources) || !sources.every((s) => typeof s?.title === 'string' && typeof s?.url === 'string'))
		throw new Error(`${file.repoPath}: "sources" must be a list of { title, url }.`);
	return sources.map((s: { title: string; url: string }) => ({ title: s.title, url: s.url }));
}

const stringField = (file: ContentFile, key: string): string | undefined => {
	const value = file.frontmatter[key];
	return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

/** A page's twin from its built HTML and its content file. */
export function makeTwin(urlPath: string, page: BuiltPage, file: ContentFile): Twin {
	const title = stringField(file, 'title');
	if (!title) throw new Error(`${file.repoPath}: no title; the Markdown twin of ${urlPath} needs one.`);
	const description = stringField(file, 'description');
	const sources = sourcesOf(file);
	const frontmatter: TwinFrontmatter = {
		title,
		...(description ? { description } : {}),
		language: page.lang,
		...(page.lastUpdated ? { last_updated: page.lastUpdated } : {}),
		...(sources.length ? { sources } : {}),
	};
	const sidebar = file.frontmatter['sidebar'] as { order?: unknown } | undefined;
	const { locale, slug } = pageId(urlPath);
	return {
		urlPath,
		locale,
		slug,
		source: file.repoPath,
		listed: true,
		frontmatter,
		summary: stringField(file, 'summary'),
		order: typeof sidebar?.order === 'number' ? sidebar.order : undefined,
		body: page.body,
		text: `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${page.body}`,
	};
}

/**
 * The twin of a page generated from data (src/licences/pages/), which has no content file: its
 * frontmatter is what the page shows — its heading, meta description and Sources section.
 */
export function makeGeneratedTwin(urlPath: string, page: BuiltPage, dataFile: string): Twin {
	const frontmatter: TwinFrontmatter = {
		title: page.heading,
		...(page.description ? { description: page.description } : {}),
		language: page.lang,
		...(page.lastUpdated ? { last_updated: page.lastUpdated } : {}),
		...(page.sources.length ? { sources: page.sources } : {}),
	};
	const { locale, slug } = pageId(urlPath);
	return {
		urlPath,
		locale,
		slug,
		source: dataFile,
		listed: false,
		frontmatter,
		summary: page.description,
		order: undefined,
		body: page.body,
		text: `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${page.body}`,
	};
}
