import { sectionOf, sections, type Section } from '../lib/guides';
import type { Lang } from '../lib/locales';
import type { Crumb } from './graph';

/** The section a page sits in: the one whose sidebar lists it (the About pages), else its folder's. */
function sectionOfPage(slug: string): Section | undefined {
	return sections.find((s) => s.pages?.includes(slug)) ?? sectionOf(slug);
}

/**
 * Home › section › page, named in the page's language. `slug` is the page's language-neutral
 * slug ('' for a home page); `address` turns a language-neutral slug into its address in the
 * page's language. A section's own overview and a home page skip the steps they would repeat.
 */
export function trail(page: {
	slug: string;
	title: string;
	url: string;
	lang: Lang;
	home: string;
	address: (slug: string) => string;
}): Crumb[] {
	if (page.slug === '') return [{ name: page.home, url: page.url }];
	const crumbs: Crumb[] = [{ name: page.home, url: page.address('') }];
	const section = sectionOfPage(page.slug);
	if (section && section.slug !== page.slug)
		crumbs.push({ name: section.label[page.lang] ?? section.label.en, url: page.address(section.slug) });
	crumbs.push({ name: page.title, url: page.url });
	return crumbs;
}
