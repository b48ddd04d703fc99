import { describe, expect, it } from 'vitest';
import { acronymCompanions, correctQuery, editDistance, spellingVariants, vocabularyOf } from '../../src/search/terms';

describe('spellingVariants', () => {
	it('adds the other spelling of variant words', () => {
		expect(spellingVariants('Choosing a licence for your organisation')).toEqual(expect.arrayContaining(['license', 'organization']));
		expect(spellingVariants('A license and a program')).toEqual(expect.arrayContaining(['licence', 'programme']));
		expect(spellingVariants('open-source software')).toContain('open source');
		expect(spellingVariants('open source software')).toContain('open-source');
	});
	it('ignores words that merely contain a variant', () => {
		expect(spellingVariants('sublicensees')).toEqual([]);
	});
});

describe('editDistance', () => {
	it('counts a transposition as one edit', () => {
		expect(editDistance('licnese', 'license')).toBe(1);
		expect(editDistance('goverance', 'governance')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
	});
});

describe('correctQuery', () => {
	const vocabulary = new Set(vocabularyOf('Governance licence license compatibility steward Apache сообщество'));

	it('corrects misspelled words to the site vocabulary', () => {
		expect(correctQuery('licnese compatability', vocabulary)).toBe('license compatibility');
		expect(correctQuery('goverance', vocabulary)).toBe('governance');
		expect(correctQuery('сообщесво', vocabulary)).toBe('сообщество');
	});

	it('leaves known, short and Chinese words alone', () => {
		expect(correctQuery('Apache GPL', vocabulary)).toBe('Apache GPL');
		expect(correctQuery('软件物料清单', vocabulary)).toBe('软件物料清单');
		expect(correctQuery('zzzzzzzz', vocabulary)).toBe('zzzzzzzz');
	});
});

describe('acronymCompanions', () => {
	const terms = [
		{ term: 'SBOM', expansion: 'software bill of materials' },
		{ term: 'CRA', expansion: 'Cyber Resilience Act' },
		{ term: 'Copyleft' },
	];

	it('adds the expansion of an acronym the text uses, and the acronym of an expansion', () => {
		expect(acronymCompanions('Publish an SBOM with each release.', terms)).toEqual(['software bill of materials']);
		expect(acronymCompanions('The EU Cyber Resilience Act applies.', terms)).toEqual(['CRA']);
	});

	it('adds nothing when both forms are present, or for words that merely contain the acronym', () => {
		expect(acronymCompanions('An SBOM (software bill of materials).', terms)).toEqual([]);
		expect(acronymCompanions('Good craft and crafted code.', terms)).toEqual([]);
	});
});
