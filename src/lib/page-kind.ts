import { sectionOf } from './guides';
import type { PageKind } from './vocabularies';

/** What kind of page a slug (without locale prefix) is, for search filters and the PDF link. */
export function pageKind(slug: string): PageKind {
	const section = sectionOf(slug);
	if (!section) return 'page';
	const depth = slug.split('/').length;
	if (section.guide) return depth === 1 ? 'overview' : 'chapter';
	if (section.slug === 'reference') return 'reference';
	if (section.slug === 'events') return 'event';
	return 'page';
}
