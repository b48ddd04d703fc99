import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/astro-build';
import { docFiles } from '../helpers/content';
import { readGlossary } from '../../src/lib/glossary';
import { readLicences } from '../../src/licences/data';

const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');
const licences = readLicences(projectRoot);
const terms = readGlossary(projectRoot);
const pages = new Set(docFiles().map((d) => d.id));

// The licence file's schema, SPDX identifiers and names and the quick reference's fifteen are
// checked in tests/unit/licence-data.test.ts; here, that it points into the guides.
describe('licence data', () => {
	it('links every licence to a chapter that exists', () => {
		for (const l of licences) expect(pages.has(l.chapter), `${l.id}: no page content/docs/${l.chapter}.mdx`).toBe(true);
	});
});

describe('glossary', () => {
	it('has at least 45 terms with unique anchors', () => {
		expect(terms.length).toBeGreaterThanOrEqual(45);
		expect(new Set(terms.map((t) => t.id)).size).toBe(terms.length);
	});

	it('points every term to a chapter that exists', () => {
		const missing = terms.filter((t) => !pages.has(t.chapter)).map((t) => `${t.id} → ${t.chapter}`);
		expect(missing).toEqual([]);
	});
});

describe('translated search aliases', () => {
	it('name pages that exist', () => {
		const keys = Object.keys(parse(read('content/search/translated-aliases.yaml')) as object);
		expect(keys.filter((k) => !pages.has(k))).toEqual([]);
	});
});

describe('templates', () => {
	const files = readdirSync(join(projectRoot, 'content/templates')).filter((f) => f.endsWith('.md'));
	const page = read('content/docs/reference/templates.mdx');

	it('are all in the public domain and say where to fill in details', () => {
		for (const f of files) {
			const text = read(`content/templates/${f}`);
			expect(text, `${f}: start with the CC0-1.0 SPDX line`).toMatch(/^<!--\s*\n\s*SPDX-License-Identifier: CC0-1\.0/);
			expect(text, `${f}: mark what to fill in with [square brackets]`).toMatch(/\[[A-Z][^\]]+\]/);
		}
	});

	it('are each shown on the templates page, and the page shows no other', () => {
		const shown = [...page.matchAll(/<TemplateFile file="([^"]+)"/g)].map((m) => m[1]);
		expect(shown.sort()).toEqual([...files].sort());
		expect(files.length).toBeGreaterThanOrEqual(8);
	});
});
