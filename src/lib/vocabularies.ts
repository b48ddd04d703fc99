/**
 * The closed lists of values that content may use and that the interface names in every
 * language: each is a schema enum and, through ui-strings.ts, a family of interface strings
 * (`audience.reader`, `family.permissive` …). Declared once here, so adding a value adds its
 * string key, and a test then demands its translation in every language.
 */

/** Who a page is written for. */
export const audiences = ['reader', 'contributor', 'government', 'maintainer'] as const;
export type Audience = (typeof audiences)[number];

export const licenceFamilies = [
	'permissive',
	'weak-copyleft',
	'strong-copyleft',
	'network-copyleft',
	'public-domain',
	'content',
	'data',
	'hardware',
] as const;

/** For copyleft licences: what the reciprocal obligation covers. */
export const copyleftScopes = ['file', 'library', 'module', 'work'] as const;

export const eventFormats = ['in-person', 'virtual', 'hybrid'] as const;
export type EventFormat = (typeof eventFormats)[number];

/** UN regional groupings as event data names them, each with its interface-string suffix. */
export const eventRegions = {
	Africa: 'africa',
	Americas: 'americas',
	'Asia and the Pacific': 'asia-pacific',
	Europe: 'europe',
	'Western Asia': 'western-asia',
	Global: 'global',
} as const;
export type EventRegion = keyof typeof eventRegions;

/** Kinds of page, for search filters and the PDF link. */
export const pageKinds = ['chapter', 'overview', 'reference', 'event', 'page'] as const;
export type PageKind = (typeof pageKinds)[number];
