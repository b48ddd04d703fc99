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
			// Astro writes void elements self-closed (<meta />): a style choice of the generator, valid HTML.
			'void-style': 'off',
			// Starlight's skip link targets id="_top", which this rule's naming preference rejects.
			'valid-id': 'off',
			// Starlight's own buttons (menu, theme) sit outside any form, where the type has no effect.
			'no-implicit-button-type': 'off',
			// Starlight renders the table of contents twice, for narrow and wide screens, and hides
			// one with CSS; both carry the same "On this page" name by design.
			'unique-landmark': 'off',
		},
	}),
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
