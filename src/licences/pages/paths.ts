import type { LocaleKey } from '../../lib/locales';

/** Where the licence pages live, without the base path: the explorer, one page per licence, the matrix. */
const prefixOf = (locale: LocaleKey | undefined) => (!locale || locale === 'root' ? '' : `/${locale}`);

/** The URL segment of a licence: its SPDX id in lower case (`/reference/licences/gpl-3.0-only/`). */
export const licenceSlug = (id: string): string => id.toLowerCase();

export const explorerPath = (locale?: LocaleKey): string => `${prefixOf(locale)}/reference/licences/`;

export const licencePath = (id: string, locale?: LocaleKey): string => `${explorerPath(locale)}${licenceSlug(id)}/`;

export const matrixPath = (locale?: LocaleKey): string => `${explorerPath(locale)}compatibility/`;

/** The compact data the explorer's checker and comparison fetch on first use, per language. */
export const explorerDataPath = (locale?: LocaleKey): string => `${explorerPath(locale)}explorer-data.json`;

/**
 * Anchor on a licence page of its answer with another licence: `#into-modify-gpl-3.0-only` (its
 * code copied into a work under the other). Other uses and directions anchor their section only,
 * `#into-link`, to keep the page light.
 */
export const answerAnchor = (direction: 'into' | 'from', use: string, otherId: string): string =>
	direction === 'into' && use === 'modify' ? `${direction}-${use}-${licenceSlug(otherId)}` : `${direction}-${use}`;

/** Whether a URL path (without base or locale prefix) is one of the generated licence pages. */
export const isGeneratedLicencePage = (slug: string): boolean => /^reference\/licences\/[^/]+$/.test(slug);

/** The generated licence pages (Starlight ids, every language) for the sidebar topic of the reference section. */
export const licencePageTopics: Record<string, string[]> = {
	reference: ['/reference/licences/*', '/*/reference/licences/*'],
};
