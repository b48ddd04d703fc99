import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFile } from '../../src/lib/content-files';
import { numbersOf, parityDifferences, parityReport } from '../../src/translations/parity';
import { termbaseWarnings } from '../../src/translations/termbase-check';

/** An English page and its French translation, written to a scratch content folder. */
function pair(english: string, french: string) {
	const root = mkdtempSync(join(tmpdir(), 'parity-'));
	mkdirSync(join(root, 'content/docs/fr/guide'), { recursive: true });
	mkdirSync(join(root, 'content/docs/guide'), { recursive: true });
	writeFileSync(join(root, 'content/docs/guide/page.mdx'), english);
	writeFileSync(join(root, 'content/docs/fr/guide/page.mdx'), french);
	return { en: readContentFile(root, 'guide/page.mdx'), fr: readContentFile(root, 'fr/guide/page.mdx') };
}

const fm = (extra = '') =>
	`---\ntitle: T\naudience: [reader, government]\nsources:\n  - title: S\n    url: https://example.org/a\n${extra}---\n`;
const englishBody = `## Why\n\nIn 2024, 31 organizations signed it. See [the overview](/guide/) and [SPDX](https://spdx.org/licenses/).\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n\`\`\`sh\ngit commit -s\n\`\`\`\n`;
const frenchBody = `## Pourquoi\n\nEn 2024, 31 organisations l’ont signée. Voir [la présentation](/fr/guide/) et [SPDX](https://spdx.org/licenses/).\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n\`\`\`sh\ngit commit -s\n\`\`\`\n`;

describe('parity between a translation and its English page', () => {
	it('finds nothing when the facts are the same, whatever the language', () => {
		const { en, fr } = pair(fm() + englishBody, fm() + frenchBody);
		expect(parityDifferences(en, fr)).toEqual([]);
	});

	it('names a changed number', () => {
		const { en, fr } = pair(fm() + englishBody, fm() + frenchBody.replace('En 2024, 31', 'En 2023, 31'));
		expect(parityDifferences(en, fr)).toEqual([{ check: 'numbers', message: 'numbers: missing 2024; not in the English page 2023' }]);
	});

	it('names a missing link, a missing heading and a missing source', () => {
		const { en, fr } = pair(
			fm() + englishBody,
			fm().replace('https://example.org/a', 'https://example.org/b') +
				frenchBody.replace('## Pourquoi\n\n', '').replace('[la présentation](/fr/guide/)', 'la présentation'),
		);
		const checks = parityDifferences(en, fr);
		expect(checks.map((d) => d.check).sort()).toEqual(['frontmatter', 'headings', 'links']);
		expect(checks.find((d) => d.check === 'links')!.message).toBe('internal links: missing /guide/');
		expect(checks.find((d) => d.check === 'frontmatter')!.message).toContain('missing https://example.org/a');
	});

	it('names a changed audience, table or code block', () => {
		const { en, fr } = pair(
			fm() + englishBody,
			fm().replace('[reader, government]', '[reader]') +
				frenchBody.replace('git commit -s', 'git commit').replace('| 1 | 2 |\n', '').replace('| A | B |\n|---|---|\n', ''),
		);
		expect(
			parityDifferences(en, fr)
				.map((d) => d.check)
				.sort(),
		).toEqual(['code', 'frontmatter', 'numbers', 'tables']);
	});

	it('reads numbers the way each language writes them', () => {
		expect(numbersOf('6,000 people, 1.5 MB, 96.2%')).toEqual(numbersOf('6 000 personnes, 1,5 Mo, 96,2 %'));
		expect(numbersOf('في عام ٢٠٢٤')).toEqual(['2024']);
		expect(numbersOf('2024年12月23日')).toEqual(numbersOf('23 December 2024'));
		// Link targets, code and tag attributes are not prose.
		expect(numbersOf('[x](/a/2019/) `v2` <Card icon="3"/> 7')).toEqual(['7']);
	});

	it('lets an exception that names the page and the check, with a reason, through', () => {
		const { en, fr } = pair(fm() + englishBody, fm() + frenchBody.replace('2024', '2023'));
		expect(parityReport([en, fr], [{ page: 'fr/guide/page', check: 'numbers', reason: 'test' }])).toEqual([]);
		expect(parityReport([en, fr], [])).toHaveLength(1);
	});
});

describe('termbase warnings', () => {
	const glossary = [
		{ id: 'copyleft', term: 'Copyleft', aliases: [] },
		{ id: 'dco', term: 'DCO', expansion: 'Developer Certificate of Origin', aliases: [] },
	];
	const termbase = {
		copyleft: { term: 'copyleft', aliases: ['gauche d’auteur'], definition: 'x'.repeat(30) },
		dco: { term: 'DCO', aliases: [], definition: 'x'.repeat(30) },
	};

	it('lists a term the English page uses that the translation renders otherwise', () => {
		const { en, fr } = pair(fm() + 'Strong copyleft and the DCO.\n', fm() + 'Une réciprocité forte et le DCO.\n');
		expect(termbaseWarnings(en, fr, glossary, termbase)).toEqual([
			{ file: 'content/docs/fr/guide/page.mdx', id: 'copyleft', english: 'Copyleft', expected: 'copyleft' },
		]);
	});

	it('does not take a generic alias inside a name for the term', () => {
		const withAlias = [...glossary, { id: 'foundation', term: 'Open source foundation', aliases: ['foundation'] }];
		const base = { ...termbase, foundation: { term: 'fondation open source', aliases: ['fondation'], definition: 'x'.repeat(30) } };
		const named = pair(
			fm() + 'The Linux Foundation and the Foundation for Public Code host it.\n',
			fm() + 'La Linux Foundation et la Foundation for Public Code l’hébergent.\n',
		);
		expect(termbaseWarnings(named.en, named.fr, withAlias, base)).toEqual([]);
		const generic = pair(fm() + 'A foundation can hold the trademark.\n', fm() + 'Une association peut détenir la marque.\n');
		expect(termbaseWarnings(generic.en, generic.fr, withAlias, base).map((w) => w.id)).toEqual(['foundation']);
	});

	it('accepts the termbase term or one of its aliases', () => {
		const { en, fr } = pair(fm() + 'Strong copyleft.\n', fm() + 'Une gauche d’auteur forte.\n');
		expect(termbaseWarnings(en, fr, glossary, termbase)).toEqual([]);
	});
});
