import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import spdx from 'spdx-license-list';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/astro-build';
import { docFiles } from '../helpers/content';
import { readGlossary } from '../../src/lib/glossary';

const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');
const licences = parse(read('content/licences/licences.yaml')) as { id: string; name: string; chapter: string; quick_reference?: boolean }[];
const terms = readGlossary(projectRoot);
const pages = new Set(docFiles().map((d) => d.id));

describe('licence quick reference', () => {
	it('has the fifteen planned licences in the quick reference, among at least forty', () => {
		expect(licences.filter((l) => l.quick_reference)).toHaveLength(15);
		expect(licences.length).toBeGreaterThanOrEqual(40);
	});

	it.each(licences.map((l) => [l.id, l] as const))('%s is an SPDX identifier with its SPDX name', (_, l) => {
		const entry = (spdx as Record<string, { name: string }>)[l.id];
		expect(entry, `content/licences/licences.yaml: "${l.id}" is not on the SPDX licence list`).toBeDefined();
		expect(l.name, `content/licences/licences.yaml: the name of ${l.id} differs from SPDX's`).toBe(entry!.name);
	});

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
