import { describe, expect, it } from 'vitest';
import { curlyQuotes } from '../../src/lib/format';

describe('curlyQuotes', () => {
	it('gives a quoted title the quotation marks of the page’s language', () => {
		const title = 'GitHub Docs, "Adding a security policy to your repository"';
		expect(curlyQuotes(title, 'en')).toBe('GitHub Docs, “Adding a security policy to your repository”');
		expect(curlyQuotes(title, 'fr')).toBe('GitHub Docs, «\u00a0Adding a security policy to your repository\u00a0»');
		expect(curlyQuotes(title, 'ar')).toBe('GitHub Docs, «Adding a security policy to your repository»');
		expect(curlyQuotes(title, 'zh-CN')).toBe('GitHub Docs, “Adding a security policy to your repository”');
	});

	it('leaves text without a pair of straight quotes as it is', () => {
		expect(curlyQuotes('Open Source Guides, « Leadership »', 'fr')).toBe('Open Source Guides, « Leadership »');
		expect(curlyQuotes('A 12" record', 'en')).toBe('A 12" record');
	});
});
