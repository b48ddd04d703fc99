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
	// Licences often taken for open source that fail the Open Source Definition (source-available, non-commercial).
	'non-open',
] as const;
export type LicenceFamily = (typeof licenceFamilies)[number];

/**
 * What a licence's reciprocal (copyleft) obligation covers: `none` for licences without one;
 * `network` for licences whose copyleft is also triggered by offering the work over a network.
 */
export const copyleftScopes = ['none', 'file', 'library', 'module', 'work', 'network'] as const;
export type CopyleftScope = (typeof copyleftScopes)[number];

/** What a licence lets everyone do (`permit.*` strings). */
export const licencePermissions = ['commercial-use', 'modification', 'distribution', 'private-use', 'patent-use', 'sublicensing'] as const;
export type LicencePermission = (typeof licencePermissions)[number];

/** What a licence asks of those who distribute the work, or offer it over a network (`require.*` strings). */
export const licenceRequirements = [
	'notice',
	'licence-copy',
	'state-changes',
	'disclose-source',
	'same-licence',
	'network-disclosure',
	'attribution',
	'no-endorsement',
	'install-info',
	'rename-modified',
] as const;
export type LicenceRequirement = (typeof licenceRequirements)[number];

/** What a licence leaves out or does not allow (`forbid.*` strings). */
export const licenceLimitations = [
	'liability',
	'warranty',
	'trademark-use',
	'patent-use',
	'commercial-use',
	'derivatives',
	'managed-service',
	'production-use',
] as const;
export type LicenceLimitation = (typeof licenceLimitations)[number];

/** A licence's express patent licence: granted, not mentioned, or expressly withheld. */
export const patentGrants = ['yes', 'no', 'excluded'] as const;

/** How the Free Software Foundation's licence list classes a licence (the licence pages' badges name each). */
export const fsfStatuses = ['free', 'non-free', 'not-listed'] as const;
export type FsfStatus = (typeof fsfStatuses)[number];

/** Where the FSF's list puts a licence against the GNU GPL. */
export const gplCompatibilities = ['yes', 'no', 'v3-only', 'not-listed'] as const;
export type GplCompatibility = (typeof gplCompatibilities)[number];

/**
 * Whether later versions of a licence can apply (`later.*` strings): `fixed`, only this version;
 * `or-later-option`, the licensor may add "or any later version"; `automatic`, the licence itself
 * lets recipients take a later version.
 */
export const laterVersionPolicies = ['fixed', 'or-later-option', 'automatic'] as const;
export type LaterVersionPolicy = (typeof laterVersionPolicies)[number];

/** Kinds of clause by which a licence itself allows combination or relicensing (`clause.*` strings). */
export const licenceClauseKinds = ['secondary-licences', 'compatible-licences', 'agpl-combination', 'linking-exception', 'other'] as const;
export type LicenceClauseKind = (typeof licenceClauseKinds)[number];

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
