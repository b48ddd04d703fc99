import { describe, expect, it } from 'vitest';
import { isRootRelative, normalizeBase, withBase } from '../../src/lib/base-path';

describe('normalizeBase', () => {
	it.each([
		[undefined, '/'],
		['', '/'],
		['/', '/'],
		['kc', '/kc'],
		['/kc/', '/kc'],
		['//docs//kc//', '/docs//kc'],
	])('%s -> %s', (input, expected) => expect(normalizeBase(input)).toBe(expected));
});

describe('withBase', () => {
	it('prefixes root-relative links once', () => {
		expect(withBase('/licensing/', '/kc')).toBe('/kc/licensing/');
		expect(withBase('/kc/licensing/', '/kc')).toBe('/kc/licensing/');
		expect(withBase('/kc', '/kc/')).toBe('/kc');
		expect(withBase('/kcx/', '/kc')).toBe('/kc/kcx/');
		expect(withBase('/reference/glossary/#dco', '/kc')).toBe('/kc/reference/glossary/#dco');
		expect(withBase('/ar/about/', 'kc')).toBe('/kc/ar/about/');
	});

	it('leaves other links alone', () => {
		for (const href of ['https://spdx.org/licenses/', '//cdn.example/x', '#top', 'mailto:a@b.org', '../x/', 'x/']) {
			expect(withBase(href, '/kc')).toBe(href);
		}
	});

	it('changes nothing at the domain root', () => {
		expect(withBase('/licensing/', '/')).toBe('/licensing/');
	});

	it('recognizes root-relative links', () => {
		expect(isRootRelative('/a/')).toBe(true);
		expect(isRootRelative('//a/')).toBe(false);
		expect(isRootRelative('a/')).toBe(false);
	});
});
