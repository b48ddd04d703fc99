import { describe, expect, it } from 'vitest';
import { dirOf, langs, localePrefix, splitLocale, translatedLocales } from '../../src/lib/locales';

describe('locales', () => {
	it('are the six UN official languages, English first', () => {
		expect(langs).toEqual(['en', 'fr', 'es', 'ru', 'zh-CN', 'ar']);
		expect(translatedLocales).toEqual(['fr', 'es', 'ru', 'zh-cn', 'ar']);
	});

	it('map BCP-47 tags to URL prefixes', () => {
		expect(localePrefix('en')).toBe('');
		expect(localePrefix('zh-CN')).toBe('zh-cn');
		expect(localePrefix('zh-cn')).toBe('zh-cn');
		expect(() => localePrefix('de')).toThrow(/Unknown language "de"/);
	});

	it('write Arabic right to left and the others left to right', () => {
		expect(dirOf('ar')).toBe('rtl');
		for (const l of ['en', 'fr', 'es', 'ru', 'zh-CN']) expect(dirOf(l)).toBe('ltr');
	});

	it('split content ids into locale and slug', () => {
		expect(splitLocale('fr/licensing/spdx-identifiers')).toEqual({ locale: 'fr', slug: 'licensing/spdx-identifiers' });
		expect(splitLocale('zh-cn/about')).toEqual({ locale: 'zh-cn', slug: 'about' });
		expect(splitLocale('licensing/reuse-specification')).toEqual({ locale: 'root', slug: 'licensing/reuse-specification' });
		expect(splitLocale('fr')).toEqual({ locale: 'fr', slug: '' });
	});
});
