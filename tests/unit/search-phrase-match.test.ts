import { describe, expect, it } from 'vitest';
import { phraseKeys, phraseMatch, wordKey } from '../../src/search/phrase-match';

describe('phraseMatch', () => {
	it('scores a query that says exactly what a phrase says as 1, and a looser one lower', () => {
		const phrases = ['Why open source in government', 'public money public code'];
		expect(phraseMatch(phraseKeys('public money, public code', 'en'), phrases, 'en')).toBe(1);
		const looser = phraseMatch(phraseKeys('what is the public money public code campaign', 'en'), phrases, 'en');
		expect(looser).toBeGreaterThan(0.5);
		expect(looser).toBeLessThan(1);
	});

	it('does not count one shared word of a longer phrase as a match', () => {
		expect(phraseMatch(phraseKeys('public procurement rules', 'en'), ['public money public code'], 'en')).toBe(0);
		expect(phraseMatch(phraseKeys('SBOM', 'en'), ['SBOM'], 'en')).toBe(1);
	});

	it('matches across accents, plural endings and the Arabic article', () => {
		expect(phraseMatch(phraseKeys('politique de securite', 'fr'), ['politique de sécurité'], 'fr')).toBe(1);
		expect(phraseMatch(phraseKeys('choosing licences', 'en'), ['choose a licence'], 'en')).toBe(1);
		expect(wordKey('الترخيص', 'ar')).toBe(wordKey('ترخيص', 'ar'));
		expect(phraseMatch(phraseKeys('ترخيص البيانات', 'ar'), ['الترخيص للبيانات'], 'ar')).toBe(1);
	});

	it('splits Chinese the same way on both sides', () => {
		expect(phraseMatch(phraseKeys('如何选择开源许可证', 'zh-cn'), ['选择开源许可证'], 'zh-cn')).toBe(1);
	});

	it('finds nothing for a query of stop words', () => {
		expect(phraseMatch(phraseKeys('what is it', 'en'), ['what is it'], 'en')).toBe(0);
	});
});
