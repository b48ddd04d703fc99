import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearGitDates, fileHistory } from '../../src/lib/git-dates';
import { breadcrumbList, definedTermSet, jsonLdText, techArticle } from '../../src/structured-data/graph';
import { trail } from '../../src/structured-data/trail';

/** A node as it is written into the page. */
const written = <T = Record<string, unknown>>(node: unknown) => JSON.parse(JSON.stringify(node)) as T;
const fr = (slug: string) => `https://kc.example.org/fr/${slug ? `${slug}/` : ''}`;

describe('breadcrumb trails', () => {
	const page = (slug: string, title: string) => ({ slug, title, url: fr(slug), lang: 'fr' as const, home: 'Centre', address: fr });

	it('go home › section › page, with the section named in the page’s language', () => {
		expect(trail(page('licensing/licence-compatibility', 'Compatibilité'))).toEqual([
			{ name: 'Centre', url: fr('') },
			{ name: 'Licences', url: fr('licensing') },
			{ name: 'Compatibilité', url: fr('licensing/licence-compatibility') },
		]);
	});

	it('place the pages a sidebar lists in that section, though they live in another folder', () => {
		expect(trail(page('partnerships/member-states', 'États membres')).map((c) => c.name)).toEqual(['Centre', 'À propos', 'États membres']);
	});

	it('do not repeat a section on its own overview, nor home on a home page', () => {
		expect(trail(page('licensing', 'Guide des licences')).map((c) => c.name)).toEqual(['Centre', 'Guide des licences']);
		expect(trail(page('about', 'À propos du centre')).map((c) => c.name)).toEqual(['Centre', 'À propos du centre']);
		expect(trail(page('', 'Accueil'))).toEqual([{ name: 'Centre', url: fr('') }]);
	});

	it('become a BreadcrumbList numbered from 1', () => {
		const list = written(breadcrumbList(trail(page('events/ospos-for-good-2024', 'OSPOs for Good 2024'))));
		expect(list['itemListElement']).toEqual([
			{ '@type': 'ListItem', position: 1, name: 'Centre', item: fr('') },
			{ '@type': 'ListItem', position: 2, name: 'Événements', item: fr('events') },
			{ '@type': 'ListItem', position: 3, name: 'OSPOs for Good 2024', item: fr('events/ospos-for-good-2024') },
		]);
		expect(() => breadcrumbList([])).toThrow(/at least the page itself/);
	});
});

describe('a chapter as an article', () => {
	const facts = {
		url: fr('licensing/licence-compatibility'),
		headline: 'Compatibilité des licences',
		description: 'Quand deux licences peuvent se combiner.',
		lang: 'fr',
		dateModified: new Date('2026-12-02T01:35:54Z'),
		datePublished: new Date('2026-11-22T19:10:09Z'),
		licence: 'https://creativecommons.org/licenses/by/4.0/',
		guide: { name: 'Guide des licences', url: fr('licensing'), lang: 'fr' },
		publisher: 'Organisation des Nations Unies · Initiative Unite Open Source',
	};

	it('carries every field, dates in ISO 8601', () => {
		expect(techArticle(facts)).toEqual({
			'@type': 'TechArticle',
			headline: facts.headline,
			description: facts.description,
			inLanguage: 'fr',
			url: facts.url,
			mainEntityOfPage: { '@type': 'WebPage', '@id': facts.url },
			datePublished: '2026-11-22T19:10:09.000Z',
			dateModified: '2026-12-02T01:35:54.000Z',
			license: facts.licence,
			isPartOf: { '@type': 'CreativeWork', '@id': fr('licensing'), name: 'Guide des licences', url: fr('licensing'), inLanguage: 'fr' },
			publisher: { '@type': 'Organization', name: facts.publisher },
		});
	});

	it('leaves out the dates git does not know, rather than inventing them', () => {
		const article = written(techArticle({ ...facts, dateModified: undefined, datePublished: undefined }));
		expect(article).not.toHaveProperty('dateModified');
		expect(article).not.toHaveProperty('datePublished');
	});
});

describe('the glossary as defined terms', () => {
	const set = written<Record<string, unknown> & { hasDefinedTerm: Record<string, unknown>[] }>(
		definedTermSet({
			url: '/fr/reference/glossary/',
			name: 'Glossaire',
			lang: 'fr',
			terms: [
				{ id: 'agpl', name: 'AGPL', expansion: 'GNU Affero General Public License', description: 'Une licence copyleft forte.' },
				{ id: 'fork', name: 'Fourche', description: 'Une copie indépendante d’un projet.' },
			],
		}),
	);

	it('gives each term its anchor on the page and a link back to the set', () => {
		expect(set['@id']).toBe('/fr/reference/glossary/#terms');
		expect(set.hasDefinedTerm.map((t) => t['url'])).toEqual(['/fr/reference/glossary/#agpl', '/fr/reference/glossary/#fork']);
		for (const t of set.hasDefinedTerm) expect(t['inDefinedTermSet']).toEqual({ '@id': '/fr/reference/glossary/#terms' });
	});

	it('names an acronym’s expansion only where it has one', () => {
		expect(set.hasDefinedTerm[0]!['alternateName']).toBe('GNU Affero General Public License');
		expect(set.hasDefinedTerm[1]).not.toHaveProperty('alternateName');
	});
});

describe('the script text', () => {
	it('cannot be closed early by a title, and reads back as the same data', () => {
		const nodes = [breadcrumbList([{ name: 'A </script><script>alert(1)</script> <!-- title', url: '/x/' }])];
		const text = jsonLdText(nodes);
		expect(text).not.toMatch(/<\/script|<!--/i);
		expect(text).not.toContain('<');
		expect(JSON.parse(text)).toEqual({ '@context': 'https://schema.org', '@graph': nodes });
	});
});

describe('when a file first appeared', () => {
	it('is the oldest commit that has it, the latest date being its last change', () => {
		const root = mkdtempSync(join(tmpdir(), 'first-date-'));
		const who = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
		const git = (args: string[], date = '') =>
			execFileSync('git', args, {
				cwd: root,
				env: { ...process.env, ...who, ...(date && { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }) },
			});
		git(['init', '-q']);
		mkdirSync(join(root, 'content'));
		for (const [text, date] of [
			['v1', '2026-01-01T10:00:00Z'],
			['v2', '2026-02-01T10:00:00Z'],
			['v3', '2026-03-01T10:00:00Z'],
		]) {
			writeFileSync(join(root, 'content/page.mdx'), text!);
			git(['add', '-A']);
			git(['commit', '-q', '-m', text!], date);
		}
		clearGitDates();
		const h = fileHistory('content/page.mdx', root);
		expect(h.firstDate?.toISOString()).toBe('2026-01-01T10:00:00.000Z');
		expect(h.date?.toISOString()).toBe('2026-03-01T10:00:00.000Z');
		expect(fileHistory('content/other.mdx', root).firstDate).toBeUndefined();
	});
});
