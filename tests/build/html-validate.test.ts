import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builds } from '../helpers/builds';
import { htmlFiles } from '../helpers/dist';

const validator = new HtmlValidate(
	new StaticConfigLoader({
		extends: ['html-validate:recommended'],
		elements: [
			'html5',
			// Expressive Code (Starlight's code blocks) renders each line as <div class="ec-line"> inside
			// <code>, so that long lines can wrap with their indentation kept. Browsers and screen
			// readers handle it; allow exactly that nesting rather than switching the rule off.
			{ code: { permittedContent: ['@phrasing', 'div'] } },
			// Its copy button holds an empty <div> for the icon; allow that too.
			{ button: { permittedContent: ['@phrasing', 'div'] } },
		],
		rules: {
			// Astro writes void elements self-closed (<meta />): a style choice of the generator, valid HTML.
			'void-style': 'off',
			// Starlight's skip link targets id="_top", which this rule's naming preference rejects.
			'valid-id': 'off',
			// Starlight's own buttons (menu, theme) sit outside any form, where the type has no effect.
			'no-implicit-button-type': 'off',
			// Starlight renders the table of contents twice, for narrow and wide screens, and hides
			// one with CSS; both carry the same "On this page" name by design.
			'unique-landmark': 'off',
			// A search-engine heuristic, not validity: page titles carry the site's name, which is long
			// in several languages ("Centre de connaissances Unite Open Source").
			'long-title': 'off',
			// Starlight's <Steps> sets role="list" on its <ol> on purpose: Safari drops list semantics
			// from lists styled without markers.
			'no-redundant-role': 'off',
			// Expressive Code's copy buttons are named by their title attribute ("Copy to clipboard"),
			// which this rule does not count. The accessibility tests (axe, button-name) check every
			// button's computed accessible name instead.
			'text-content': 'off',
			// The licence explorer's filters are a GET form whose checkbox groups share a name
			// (?family=permissive&family=data), as HTML intends for several values of one field.
			'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
		},
	}),
);

describe('valid HTML (html-validate)', () => {
	const dist = builds.root.outDir;
	// The 62 licence pages of each language share one template and one data file (whose schema
	// the unit tests check): four licences of different families stand for them, beside every
	// other page. The full matrix (a 3,844-cell table, 1.4 s to validate) is checked left to right
	// in English and right to left in Arabic; the other languages change only its words.
	const sample = new Set(['mit', 'gpl-3.0-or-later', 'cc-by-sa-4.0', 'busl-1.1']);
	const files = htmlFiles(dist).filter((f) => {
		const [, prefix, id] = /^(?:([a-z-]+)\/)?reference\/licences\/([^/]+)\/index\.html$/.exec(f) ?? [];
		if (!id) return true;
		return id === 'compatibility' ? prefix === undefined || prefix === 'ar' : sample.has(id);
	});

	it('finds pages to check: every page but the sampled licence pages and matrices', () => {
		expect(files.length).toBeGreaterThan(20);
		expect(files.filter((f) => f.includes('reference/licences/compatibility/'))).toEqual([
			'ar/reference/licences/compatibility/index.html',
			'reference/licences/compatibility/index.html',
		]);
		expect(files.filter((f) => /reference\/licences\/[^/]+\/index\.html$/.test(f) && !f.includes('/compatibility/'))).toHaveLength(
			sample.size * 6,
		);
	});

	it('every page has zero errors', async () => {
		const errors: string[] = [];
		for (const f of files) {
			const report = await validator.validateString(readFileSync(join(dist, f), 'utf8'), f);
			for (const r of report.results) {
				for (const m of r.messages) if (m.severity === 2) errors.push(`${f}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
			}
		}
		expect(errors.slice(0, 50), `${errors.length} errors`).toEqual([]);
	});
});
