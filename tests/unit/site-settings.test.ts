import { describe, expect, it } from 'vitest';
import { DEFAULT_REPO, DEFAULT_SITE, readSiteSettings } from '../../src/lib/site';

describe('readSiteSettings', () => {
	it('has working defaults for a local build', () => {
		expect(readSiteSettings({})).toEqual({ site: new URL(DEFAULT_SITE).origin, base: '/', repoUrl: DEFAULT_REPO, repoBranch: 'main' });
	});

	it('reads the site, base path and repository from the environment', () => {
		const s = readSiteSettings({
			SITE_URL: 'https://un.example.org/',
			BASE_PATH: 'kc/',
			REPO_URL: 'https://git.example.org/kc/',
			REPO_BRANCH: 'live',
		});
		expect(s).toEqual({ site: 'https://un.example.org', base: '/kc', repoUrl: 'https://git.example.org/kc', repoBranch: 'live' });
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
