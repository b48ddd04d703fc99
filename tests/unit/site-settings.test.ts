import { describe, expect, it } from 'vitest';
import { DEFAULT_REPO, readSiteSettings } from '../../src/lib/site';

describe('readSiteSettings', () => {
	it('has no public address unless SITE_URL gives one, so that none is invented', () => {
		expect(readSiteSettings({})).toEqual({ site: undefined, base: '/', repoUrl: DEFAULT_REPO, repoBranch: 'main', cacheDir: undefined });
	});

	it('refuses a development address as the public one', () => {
		expect(() => readSiteSettings({ SITE_URL: 'http://localhost:4321' })).toThrow(/development address/);
		expect(() => readSiteSettings({ SITE_URL: 'http://127.0.0.1:8080' })).toThrow(/development address/);
	});

	it('reads the site, base path, repository and cache folder from the environment', () => {
		const s = readSiteSettings({
			SITE_URL: 'https://un.example.org/',
			BASE_PATH: 'kc/',
			REPO_URL: 'https://git.example.org/kc/',
			REPO_BRANCH: 'live',
			ASTRO_CACHE_DIR: ' tests/.tmp/cache-kc ',
		});
		expect(s).toEqual({
			site: 'https://un.example.org',
			base: '/kc',
			repoUrl: 'https://git.example.org/kc',
			repoBranch: 'live',
			cacheDir: 'tests/.tmp/cache-kc',
		});
	});

	it('uses the GitHub Actions repository when REPO_URL is not set', () => {
		const s = readSiteSettings({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'un/kc' });
		expect(s.repoUrl).toBe('https://github.com/un/kc');
	});

	it('explains a malformed SITE_URL', () => {
		expect(() => readSiteSettings({ SITE_URL: 'example.org' })).toThrow(/SITE_URL must be an absolute URL/);
		expect(() => readSiteSettings({ SITE_URL: 'https://example.org/kc' })).toThrow(/BASE_PATH=\/kc/);
	});
});
