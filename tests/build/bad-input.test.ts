import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, makeFixtureSite } from '../helpers/astro-build';

/** A valid chapter; each test breaks one thing in it. */
function chapter(fields: Record<string, string | undefined>, body = '## Scope\n\nText of the chapter.\n'): string {
	const defaults: Record<string, string | undefined> = {
		title: 'A test chapter',
		description: 'A chapter used by the bad-input tests.',
		summary: 'A chapter that exists only to be broken by a test.',
		audience: '[reader]',
		last_reviewed: '2026-11-22',
	};
	const merged = { ...defaults, ...fields };
	const yaml = Object.entries(merged)
		.filter(([, v]) => v !== undefined)
		.map(([k, v]) => `${k}: ${v}`)
		.join('\n');
	return `---\n${yaml}\n---\n\n${body}`;
}

const home = chapter({ title: 'Home', template: 'splash' }, 'Home page.\n');

function buildWith(name: string, file: string, text: string) {
	const root = makeFixtureSite(name, { 'index.mdx': home, 'governance/index.mdx': chapter({ title: 'Governance' }), [file]: text });
	return astroBuild(root, join(root, 'dist'), { SKIP_PDF: '1' });
}

describe('bad input fails the build with a message naming the file', () => {
	it('a chapter without summary', () => {
		const r = buildWith('no-summary', 'governance/no-summary.mdx', chapter({ summary: undefined }));
		expect(r.ok).toBe(false);
		expect(r.output).toContain('governance/no-summary');
		expect(r.output).toMatch(/summary/);
	});

	it('an audience that is not one of the four', () => {
		const r = buildWith('bad-audience', 'governance/bad-audience.mdx', chapter({ audience: '[journalists]' }));
		expect(r.ok).toBe(false);
		expect(r.output).toContain('governance/bad-audience');
		expect(r.output).toMatch(/audience/);
	});

	it('an invalid review date', () => {
		const r = buildWith('bad-date', 'governance/bad-date.mdx', chapter({ last_reviewed: '2026-13-45' }));
		expect(r.ok).toBe(false);
		expect(r.output).toContain('governance/bad-date');
		expect(r.output).toMatch(/last_reviewed/);
	});

	it('a source that is not https', () => {
		const r = buildWith(
			'bad-source',
			'governance/bad-source.mdx',
			chapter({ sources: '\n  - title: A plain-http page\n    url: http://example.org/' }),
		);
		expect(r.ok).toBe(false);
		expect(r.output).toContain('governance/bad-source');
		expect(r.output).toMatch(/https/);
	});

	it('a link to a page that does not exist', () => {
		const r = buildWith('dead-link', 'governance/dead-link.mdx', chapter({}, 'See [this](/governance/no-such-page/).\n'));
		expect(r.ok).toBe(false);
		expect(r.output).toContain('governance/dead-link.mdx');
		expect(r.output).toContain('/governance/no-such-page/');
		expect(r.output).toMatch(/invalid link/);
	});

	it('a link to a heading that does not exist', () => {
		const r = buildWith('dead-anchor', 'governance/dead-anchor.mdx', chapter({}, 'See [this](/governance/#no-such-heading).\n'));
		expect(r.ok).toBe(false);
		expect(r.output).toContain('governance/dead-anchor.mdx');
		expect(r.output).toMatch(/invalid hash/);
	});

	it('a translation without an English page to translate', () => {
		const r = buildWith('orphan-translation', 'fr/governance/no-english-twin.mdx', chapter({ title: 'Sans original' }));
		expect(r.ok).toBe(false);
		expect(r.output).toContain('content/docs/fr/governance/no-english-twin.mdx');
		expect(r.output).toContain('no English page content/docs/governance/no-english-twin.mdx');
	});

	it('while the same fixture with valid input builds', () => {
		const r = buildWith('valid', 'governance/valid.mdx', chapter({}, 'See [the overview](/governance/).\n'));
		expect(r.output).not.toMatch(/error/i);
		expect(r.ok).toBe(true);
	});
});
