import { describe, expect, it } from 'vitest';
import { readBuiltPage } from '../../src/markdown-pages/page-markdown';
import { twinPath } from '../../src/markdown-pages/paths';

/** A built page as Starlight lays it out, around `content`. */
const page = (content: string, { lang = 'en', footer = '' } = {}) =>
	`<html lang="${lang}"><body><main lang="${lang}"><h1 id="_top">Title</h1><div class="sl-markdown-content">${content}</div>${footer}</main></body></html>`;
const body = (content: string) => readBuiltPage(page(content), 'test.html').body;

describe('the Markdown of a built page', () => {
	it('writes links relative to the page as absolute paths, and keeps the others', () => {
		const html = page(
			'<p><a href="../mit/">MIT</a> <a href="#into-modify">answers</a> <a href="/kc/licensing/">guide</a> <a href="https://spdx.org/">SPDX</a></p>',
		);
		expect(readBuiltPage(html, 'x.html', '/kc/fr/reference/licences/gpl-3.0-only/').body).toBe(
			'# Title\n\n[MIT](/kc/fr/reference/licences/mit/) [answers](#into-modify) [guide](/kc/licensing/) [SPDX](https://spdx.org/)\n',
		);
	});

	it('starts with the h1, and drops heading anchor links', () => {
		expect(
			body(
				'<div class="sl-heading-wrapper level-h2"><h2 id="a">Part</h2><a class="sl-anchor-link" href="#a"><span class="sr-only">Section titled “Part”</span></a></div><p>Text.</p>',
			),
		).toBe('# Title\n\n## Part\n\nText.\n');
	});

	it('turns Expressive Code into a fenced block with its language and file name, without the copy button', () => {
		const ec =
			'<div class="expressive-code"><figure class="frame"><figcaption class="header"><span class="title">a.yml</span></figcaption><pre data-language="yaml"><code><div class="ec-line"><div class="code"><span>a: 1</span></div></div><div class="ec-line"><div class="code">\n</div></div><div class="ec-line"><div class="code"><span>b: 2</span></div></div></code></pre><div class="copy"><button title="Copy to clipboard" data-code="a: 1"></button></div></figure></div>';
		expect(body(ec)).toBe('# Title\n\n```yaml title="a.yml"\na: 1\n\nb: 2\n```\n');
	});

	it('turns an aside into a block quote headed by its title', () => {
		const aside =
			'<aside aria-label="Note" class="starlight-aside starlight-aside--note"><p class="starlight-aside__title" aria-hidden="true"><svg></svg>Note</p><div class="starlight-aside__content"><p>Read this.</p></div></aside>';
		expect(body(aside)).toBe('# Title\n\n> **Note**\n>\n> Read this.\n');
	});

	it('keeps a table a GFM table, its caption before it and each cell on one line', () => {
		const table =
			'<table><caption>Licences</caption><thead><tr><th>Name</th><th>Duties</th></tr></thead><tbody><tr><th><a href="https://x.org/">MIT</a><br><code>MIT</code></th><td><ul><li>Keep the notice</li><li>Add the licence</li></ul></td></tr><tr><td>Yes<p class="note">With a note.</p></td><td>No</td></tr></tbody></table>';
		expect(body(table)).toBe(
			'# Title\n\n**Licences**\n\n| Name | Duties |\n| - | - |\n| [MIT](https://x.org/) `MIT` | Keep the notice · Add the licence |\n| Yes · With a note. | No |\n',
		);
	});

	it('names an icon-only link by its title, and drops what is hidden or only decoration', () => {
		expect(
			body(
				'<p><a href="/fr/" title="Français: Up to date"><span aria-hidden="true">✓</span></a> <span hidden>x</span><span data-pdf-meta="a.pdf"></span></p><ul class="event-list"></ul>',
			),
		).toBe('# Title\n\n[Français: Up to date](/fr/)\n');
	});

	it('lists link cards as their linked title and description', () => {
		const cards =
			'<div class="card-grid"><div class="sl-link-card"><span class="stack"><a href="/governance/"><span class="title">Governance</span></a><span class="description">Roles and rules.</span></span><svg></svg></div></div>';
		expect(body(cards)).toBe('# Title\n\n- [Governance](/governance/)\n\n  Roles and rules.\n');
	});

	it('reads the language of the text, English inside an untranslated page, and the date the page shows', () => {
		const html = `<html lang="fr"><main lang="fr"><h1>Titre</h1><div lang="en" dir="ltr" class="fallback-content"><div class="sl-markdown-content"><p>Text.</p></div></div><footer><p>Dernière mise à jour : <time datetime="2026-12-02T01:35:54.000Z">2 déc. 2026</time></p></footer></main></html>`;
		expect(readBuiltPage(html, 'fr/x/index.html')).toMatchObject({ lang: 'en', lastUpdated: '2026-12-02', heading: 'Titre' });
	});

	it('names the page when it is not a page it can read', () => {
		expect(() => readBuiltPage('<html><body><p>No main</p></body></html>', 'odd/index.html')).toThrow(/^odd\/index\.html: no <main>/);
	});
});

describe('twin paths', () => {
	it('put the twin beside the page’s index.html', () => {
		expect(twinPath('/')).toBe('/index.md');
		expect(twinPath('/fr/licensing/licence-compatibility/')).toBe('/fr/licensing/licence-compatibility/index.md');
		expect(twinPath('/kc/about')).toBe('/kc/about/index.md');
	});
});
