import { sections, sectionOf, type Section } from '../lib/guides';
import { locales, type LocaleKey } from '../lib/locales';
import { siteTitles } from '../lib/site';
import { llmsPath, twinPath } from './paths';
import type { Twin } from './twin';

/**
 * A language's llms.txt (llmstxt.org): the site's name, the home page's description as the
 * summary, one section per guide listing its overview and chapters by their Markdown twins with
 * their one-sentence summaries, and the reference, events and About pages under "Optional",
 * the section a tool may skip. llms-full.txt is the Markdown of every guide page, in the same order.
 * Pages are those the site serves under the language's prefix: translated, or in English.
 */
export interface LlmsFiles {
	index: string;
	full: string;
	/** The guide pages llms-full.txt holds. */
	guidePages: Twin[];
}

/** The section a page belongs to: by its folder, or for the About pages by the section's page list. */
const sectionFor = (slug: string): Section | undefined => sectionOf(slug) ?? sections.find((s) => s.pages?.includes(slug));

/** Reading order inside a section: the overview, then the listed order, then `sidebar.order`, then title. */
function readingOrder(section: Section | undefined): (a: Twin, b: Twin) => number {
	const rank = (t: Twin) => {
		const listed = section?.pages?.indexOf(t.slug) ?? -1;
		if (listed >= 0) return listed;
		return t.slug === section?.slug ? -1 : (t.order ?? Number.MAX_SAFE_INTEGER);
	};
	return (a, b) => rank(a) - rank(b) || a.frontmatter.title.localeCompare(b.frontmatter.title);
}

function line(twin: Twin, address: (path: string) => string): string {
	if (!twin.summary) throw new Error(`${twin.source}: no "summary", which llms.txt lists beside the page's link.`);
	// One line per page: a summary written over several lines would end the list item.
	return `- [${twin.frontmatter.title.replace(/[[\]]/g, '\\$&')}](${address(twinPath(twin.urlPath))}): ${twin.summary.replace(/\s+/g, ' ')}`;
}

/** llms.txt and llms-full.txt of one language, from the twins of its pages. `address` turns a path into a link. */
export function llmsFiles(locale: LocaleKey, twins: Twin[], address: (path: string) => string): LlmsFiles {
	const { lang } = locales[locale];
	const pages = twins.filter((t) => t.locale === locale);
	const home = pages.find((t) => t.slug === 'index');
	if (!home) throw new Error(`llms.txt (${lang}): no home page among the built pages.`);
	const grouped = new Map<Section | undefined, Twin[]>();
	for (const t of pages) {
		if (t === home) continue;
		const section = sectionFor(t.slug);
		grouped.set(section, [...(grouped.get(section) ?? []), t]);
	}
	const inOrder = (section: Section | undefined) => [...(grouped.get(section) ?? [])].sort(readingOrder(section));
	const guides = sections.filter((s) => s.guide && grouped.has(s));
	const optional = [...sections.filter((s) => !s.guide), undefined].flatMap(inOrder);
	const guidePages = guides.flatMap(inOrder);
	const languages = Object.entries(locales)
		.map(([key, l]) => `[${l.label}](${address(llmsPath(key as LocaleKey))})`)
		.join(' · ');
	const header = [`# ${siteTitles[lang]}`, ...(home.frontmatter.description ? [`> ${home.frontmatter.description}`] : [])];
	const index = [
		...header,
		languages,
		`[llms-full.txt](${address(llmsPath(locale, true))})`,
		...guides.map(
			(s) =>
				`## ${s.label[lang] ?? s.label.en}\n\n${inOrder(s)
					.map((t) => line(t, address))
					.join('\n')}`,
		),
		...(optional.length ? [`## Optional\n\n${optional.map((t) => line(t, address)).join('\n')}`] : []),
	].join('\n\n');
	const full = [...header, ...guidePages.map((t) => t.body.trim())].join('\n\n');
	return { index: `${index}\n`, full: `${full}\n`, guidePages };
}
