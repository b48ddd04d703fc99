import { describe, expect, it } from 'vitest';
import { planQuery, wordsOf } from '../../src/search/query';
import { combineHits } from '../../src/search/rank';
import { resultUrl } from '../../src/search/result-url';
import { arabicStems } from '../../src/search/terms';

const none = new Set<string>();

describe('planQuery', () => {
	it('keeps the topic words of a question and drops the words of asking', () => {
		expect(planQuery('should a government app use the GPL or MIT', 'en', none).terms).toEqual(['government', 'app', 'use', 'gpl', 'mit']);
		expect(planQuery('what does a code of conduct need to say', 'en', none).terms).toEqual(['code', 'conduct']);
		expect(planQuery('comment choisir une licence ?', 'fr', none).terms).toEqual(['choisir', 'licence']);
		expect(planQuery('كيف نختار ترخيصًا', 'ar', none).terms).toEqual(['نختار', 'ترخيصًا']);
	});

	it('keeps a query made only of common words, since it is still a query', () => {
		expect(planQuery('what is it', 'en', none).terms).toEqual(['what', 'is', 'it']);
	});

	it('keeps file names and identifiers whole', () => {
		expect(planQuery('SECURITY.md template', 'en', none).terms).toEqual(['security.md', 'template']);
		expect(planQuery('GPL-3.0-or-later', 'en', none).terms).toEqual(['gpl-3.0-or-later']);
	});

	it('separates French elided articles and reads the typographic apostrophe as the plain one', () => {
		expect(planQuery('l’aide de l’ONU', 'fr', none).terms).toEqual(['aide', 'onu']);
	});

	it('corrects a misspelled word inside a longer query against the vocabulary', () => {
		const vocabulary = new Set(['licence', 'compatibility', 'government', 'policy']);
		const plan = planQuery('licnece compatability for goverment', 'en', vocabulary);
		expect(plan.terms).toEqual(['licence', 'compatibility', 'government']);
		expect(plan.corrected).toBe('licence compatibility for government');
	});

	it('searches a Chinese query as a phrase, with its words apart for when the phrase finds too little', () => {
		const plan = planQuery('如何写安全政策', 'zh-cn', none);
		expect(plan.phrases).toHaveLength(1);
		expect(plan.phrases[0]).not.toContain('如何');
		expect(plan.segments.length).toBeGreaterThan(1);
		expect(plan.terms).toEqual([]);
		expect(wordsOf('软件物料清单', 'zh-CN').join('')).toBe('软件物料清单');
	});
});

describe('combineHits', () => {
	it('adds each word’s score and ranks pages with every word above pages with some', () => {
		const ranked = combineHits([
			[
				{ id: 'both', score: 1 },
				{ id: 'first-only', score: 3 },
			],
			[{ id: 'both', score: 1 }],
		]);
		expect(ranked.map((r) => r.id)).toEqual(['both', 'first-only']);
		expect(ranked[0]!.score).toBe(2);
		expect(ranked[1]!.score).toBeCloseTo(3 * 0.25);
	});
});

describe('resultUrl', () => {
	const locales = ['fr', 'es', 'ru', 'zh-cn', 'ar'];
	it('keeps the reader in their language when a result is an English page', () => {
		expect(resultUrl('/licensing/spdx-identifiers/#x', '/', 'ar', locales)).toBe('/ar/licensing/spdx-identifiers/#x');
		expect(resultUrl('/kc/licensing/', '/kc', 'fr', locales)).toBe('/kc/fr/licensing/');
	});
	it('leaves translated results and English searches alone', () => {
		expect(resultUrl('/ar/licensing/', '/', 'ar', locales)).toBe('/ar/licensing/');
		expect(resultUrl('/licensing/', '/', undefined, locales)).toBe('/licensing/');
	});
});

describe('arabicStems', () => {
	it('gives Arabic words without their article or attached conjunction', () => {
		expect(arabicStems('توافق التراخيص والتراخيص بالترخيص')).toEqual(['تراخيص', 'ترخيص']);
	});
});
