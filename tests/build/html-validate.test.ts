import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builds } from '../helpers/builds';
import { htmlFiles } from '../helpers/dist';

const validator = new HtmlValidate(
	new StaticConfigLoader({
		extends: ['html-validate:recommended'],
		rules: {
			// Formatting choices of the generated markup, not errors: Astro writes `<br>` and
			// unquoted-style boolean attributes, and Starlight inlines small styles and scripts.
			'void-style': 'off',
			'no-inline-style': 'off',
			'attribute-boolean-style': 'off',
			'attribute-empty-style': 'off',
			// Starlight's heading anchors and our glossary ids are lower-case kebab-case already;
			// this rule also flags ids Starlight derives from non-Latin headings (Arabic, Chinese).
			'valid-id': 'off',
			// Pagefind and Starlight use custom elements and data attributes heavily.
			'no-unknown-elements': 'off',
			// Expressive Code marks up code blocks with its own <pre> structure and title bars.
			'no-redundant-role': 'off',
			// Long lines of minified inline CSS/JS are Astro's output, not authored.
			'long-title': 'off',
		},
	})
);

describe('valid HTML (html-validate)', () => {
	const dist = builds.root.outDir;
	const files = htmlFiles(dist);

	it('finds pages to check', () => expect(files.length).toBeGreaterThan(20));

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
