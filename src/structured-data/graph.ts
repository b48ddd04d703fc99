import type { BreadcrumbList, DefinedTerm, DefinedTermSet, Graph, TechArticle, Thing } from 'schema-dts';

/**
 * Schema.org descriptions of a page, as pure functions of what the page shows, so that they can be
 * tested without a build. Addresses are whatever the caller gives: absolute with a public address,
 * root-relative in a preview (docs/decisions/layout.md, "Structured data").
 */

/** One step of a breadcrumb trail. */
export interface Crumb {
	name: string;
	url: string;
}

/** The page's place in the site: home, then its section, then the page itself. */
export function breadcrumbList(crumbs: readonly Crumb[]): BreadcrumbList {
	if (crumbs.length === 0) throw new Error('A breadcrumb trail needs at least the page itself.');
	return {
		'@type': 'BreadcrumbList',
		itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
	};
}

export interface ArticleFacts {
	url: string;
	headline: string;
	description: string;
	/** BCP-47 tag of the article's text: English on an untranslated page. */
	lang: string;
	/** The "Last updated" date the page shows. */
	dateModified: Date | undefined;
	/** When the page's file first appeared in the repository. */
	datePublished: Date | undefined;
	licence: string;
	/** The guide the chapter belongs to: its overview page in the page's language. */
	guide: { name: string; url: string; lang: string };
	publisher: string;
}

/** A guide chapter. */
export function techArticle(f: ArticleFacts): TechArticle {
	return {
		'@type': 'TechArticle',
		headline: f.headline,
		description: f.description,
		inLanguage: f.lang,
		url: f.url,
		mainEntityOfPage: { '@type': 'WebPage', '@id': f.url },
		...(f.datePublished && { datePublished: f.datePublished.toISOString() }),
		...(f.dateModified && { dateModified: f.dateModified.toISOString() }),
		license: f.licence,
		isPartOf: { '@type': 'CreativeWork', '@id': f.guide.url, name: f.guide.name, url: f.guide.url, inLanguage: f.guide.lang },
		publisher: { '@type': 'Organization', name: f.publisher },
	};
}

export interface TermFacts {
	/** The term's anchor on the glossary page. */
	id: string;
	name: string;
	expansion?: string | undefined;
	description: string;
}

/** The glossary: one defined term per entry, each at its anchor on the page. */
export function definedTermSet(set: { url: string; name: string; lang: string; terms: readonly TermFacts[] }): DefinedTermSet {
	const id = `${set.url}#terms`;
	return {
		'@type': 'DefinedTermSet',
		'@id': id,
		name: set.name,
		url: set.url,
		inLanguage: set.lang,
		hasDefinedTerm: set.terms.map((t): DefinedTerm => ({
			'@type': 'DefinedTerm',
			name: t.name,
			...(t.expansion && { alternateName: t.expansion }),
			description: t.description,
			url: `${set.url}#${t.id}`,
			inDefinedTermSet: { '@id': id },
		})),
	};
}

/**
 * The text of a `<script type="application/ld+json">` holding the nodes. Every `<` is escaped, so
 * a title containing `</script>` or `<!--` cannot end the element early; JSON reads `\u003c` as `<`.
 */
export function jsonLdText(nodes: readonly Thing[]): string {
	const graph: Graph = { '@context': 'https://schema.org', '@graph': [...nodes] };
	return JSON.stringify(graph).replace(/</g, '\\u003c');
}
