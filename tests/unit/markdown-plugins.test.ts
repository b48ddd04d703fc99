import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { satteriBaseLinks } from '../../src/plugins/satteri-base-links';
import { satteriFocusableTables } from '../../src/plugins/satteri-focusable-tables';

/** The Markdown plugins on their own: a string in, the HTML (or MDX's compiled JS) out. */
describe('base-links plugin', () => {
	const html = async (md: string, base: string) => (await markdownToHtml(md, { hastPlugins: [satteriBaseLinks(base)] })).html;

	it('puts the base path in front of links written from the site root', async () => {
		expect(await html('[Licensing](/licensing/) and [SPDX](/licensing/spdx-identifiers/#expressions)', '/kc')).toContain(
			'<a href="/kc/licensing/">Licensing</a> and <a href="/kc/licensing/spdx-identifiers/#expressions">SPDX</a>',
		);
	});

	it('leaves other links alone, and root builds unchanged', async () => {
		const out = await html('[a](https://spdx.org/) [b](#top) [c](mailto:x@example.org) [d](//cdn.example.org/x) [e](/kc/already/)', '/kc');
		expect(out).toContain('href="https://spdx.org/"');
		expect(out).toContain('href="#top"');
		expect(out).toContain('href="mailto:x@example.org"');
		expect(out).toContain('href="//cdn.example.org/x"');
		expect(out).toContain('href="/kc/already/"');
		expect(await html('[Licensing](/licensing/)', '/')).toContain('href="/licensing/"');
	});

	it('rewrites the href of link components in MDX', async () => {
		const { code } = await mdxToJs('<LinkCard title="Licensing" href="/licensing/" />\n\n<a href="/about/">About</a>\n', {
			hastPlugins: [satteriBaseLinks('/kc')],
		});
		expect(code).toContain('"/kc/licensing/"');
		expect(code).toContain('"/kc/about/"');
		expect(code).not.toMatch(/"\/licensing\/"/);
	});
});

describe('focusable-tables plugin', () => {
	it('lets a keyboard user reach (and scroll) every Markdown table', async () => {
		const out = (await markdownToHtml('| A | B |\n|---|---|\n| 1 | 2 |\n', { hastPlugins: [satteriFocusableTables()] })).html;
		expect(out).toMatch(/<table tabindex="0">/);
	});

	it('names each table after the heading of its section, so a focused table is announced', async () => {
		const md = '## Licences\n\nText.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n### Data, in *detail*\n\n| C |\n|---|\n| 3 |\n';
		const out = (await markdownToHtml(md, { hastPlugins: [satteriFocusableTables()] })).html;
		expect(out).toMatch(/<table tabindex="0" aria-label="Licences">/);
		expect(out).toMatch(/<table tabindex="0" aria-label="Data, in detail">/);
	});
});
