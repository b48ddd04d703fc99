import { describe, expect, it } from 'vitest';
import { prunePage, pruneScopedRules } from '../../src/css-pruning/prune';

const css = [
	'.hero:where(.astro-aaaaaaaa){display:grid}',
	'.card:where(.astro-bbbbbbbb),.link:where(.astro-cccccccc){color:red}',
	'@media (min-width:50rem){.hero:where(.astro-aaaaaaaa){gap:1rem}.card:where(.astro-bbbbbbbb){gap:2rem}}',
	':root{--x:1}',
	'.sl-markdown-content kbd{font-weight:700}',
	':is(.a:where(.astro-aaaaaaaa),.b) p{margin:0}',
].join('');

describe('pruneScopedRules', () => {
	it('drops rules scoped to absent components and keeps the rest', () => {
		const { css: out, removed } = pruneScopedRules(css, new Set(['astro-bbbbbbbb']));
		expect(out).not.toContain('.hero');
		expect(out).toContain('.card:where(.astro-bbbbbbbb)');
		expect(out, 'an absent selector of a list goes, its present sibling stays').not.toContain('astro-cccccccc');
		expect(out).toContain('gap:2rem');
		expect(out, 'unscoped rules stay').toContain(':root{--x:1}');
		expect(out).toContain('.sl-markdown-content kbd');
		expect(out, 'a component nested in :is() counts too').not.toContain(':is(');
		expect(removed).toBe(4);
	});

	it('keeps everything when every component is present', () => {
		const { css: out, removed } = pruneScopedRules(css, new Set(['astro-aaaaaaaa', 'astro-bbbbbbbb', 'astro-cccccccc']));
		expect(removed).toBe(0);
		for (const part of ['.hero', '.card', '.link', 'gap:1rem', ':is(']) expect(out).toContain(part);
	});
});

describe('prunePage', () => {
	const page = (body: string) => `<html><head><style>${css}</style></head><body>${body}</body></html>`;

	it('counts components in the page body, in templates, and those named by scripts', () => {
		const cache = new Map<string, string>();
		const { html } = prunePage(
			page('<div class="hero astro-aaaaaaaa"></div><template><a class="link astro-cccccccc"></a></template>'),
			new Set(),
			cache,
		);
		expect(html).toContain('.hero:where(.astro-aaaaaaaa)');
		expect(html).toContain('.link:where(.astro-cccccccc)');
		expect(html).not.toContain('.card:where(');
		const scripted = prunePage(page('<p></p>'), new Set(['astro-bbbbbbbb']), cache).html;
		expect(scripted).toContain('.card:where(.astro-bbbbbbbb)');
		expect(scripted).not.toContain('.hero');
	});

	it('reuses the result for pages with the same stylesheet and components', () => {
		const cache = new Map<string, string>();
		const a = prunePage(page('<i class="astro-aaaaaaaa"></i>'), new Set(), cache).html;
		const b = prunePage(page('<b class="x astro-aaaaaaaa"></b>'), new Set(), cache).html;
		expect(cache.size).toBe(1);
		expect(/<style>(.*)<\/style>/.exec(a)![1]).toBe(/<style>(.*)<\/style>/.exec(b)![1]);
	});
});
