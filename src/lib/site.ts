import { normalizeBase } from './base-path';

/**
 * Deployment settings, read from the environment so the same build works on any static host.
 * See README.md, "Deploying".
 */
export interface SiteSettings {
	/**
	 * Public origin of the site, e.g. https://example.org (SITE_URL). Undefined when it is not set:
	 * the build then writes no absolute address at all (no canonical links, sitemap, feeds or
	 * printed addresses), rather than the address of a development server.
	 */
	site: string | undefined;
	/** Path the site is served under, e.g. / or /kc (BASE_PATH). */
	base: string;
	/** Repository web address used for "Edit page" links (REPO_URL, or GitHub Actions' own). */
	repoUrl: string;
	/** Branch that edit links point at (REPO_BRANCH). */
	repoBranch: string;
	/**
	 * Where the build keeps its cache (ASTRO_CACHE_DIR; Astro's default, node_modules/.astro, when
	 * unset): two builds of one checkout at once need one each, as the test suite's two builds do.
	 */
	cacheDir: string | undefined;
}

export const DEFAULT_REPO = 'https://github.com/unite-open-source/knowledge-centre';

export function readSiteSettings(env: Record<string, string | undefined>): SiteSettings {
	const site = env.SITE_URL?.trim() || undefined;
	let parsed: URL | undefined;
	if (site) {
		try {
			parsed = new URL(site);
		} catch {
			throw new Error(`SITE_URL must be an absolute URL such as https://example.org, got "${site}".`);
		}
		if (parsed.pathname !== '/') {
			throw new Error(
				`SITE_URL must be an origin without a path ("${site}"). Put the path in BASE_PATH, e.g. BASE_PATH=${parsed.pathname}`,
			);
		}
		if (/^(localhost|127\.0\.0\.1|\[::1\])$/.test(parsed.hostname)) {
			throw new Error(
				`SITE_URL is a development address ("${site}"): it would be printed in every PDF and feed. Set the public address, or leave SITE_URL unset for a preview.`,
			);
		}
	}
	const githubRepo = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined;
	return {
		site: parsed?.origin,
		base: normalizeBase(env.BASE_PATH),
		repoUrl: (env.REPO_URL?.trim() || githubRepo || DEFAULT_REPO).replace(/\/+$/, ''),
		repoBranch: env.REPO_BRANCH?.trim() || 'main',
		cacheDir: env.ASTRO_CACHE_DIR?.trim() || undefined,
	};
}

/** The site's name in each language (BCP-47 keys, as Starlight expects). */
export const siteTitles = {
	en: 'Unite Open Source Knowledge Centre',
	fr: 'Centre de connaissances Unite Open Source',
	es: 'Centro de conocimiento Unite Open Source',
	ru: 'Центр знаний Unite Open Source',
	'zh-CN': 'Unite Open Source 知识中心',
	ar: 'مركز المعرفة Unite Open Source',
} as const;

/**
 * The licence of the site's content (CC BY 4.0, as the footer and the printed back page say),
 * for machine-readable statements of it.
 */
export const contentLicenceUrl = 'https://creativecommons.org/licenses/by/4.0/';
