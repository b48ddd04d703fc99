import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { glossaryAnchorExclusion } from '../../src/lib/glossary';
import { glossaryTermSchema, licenceSchema, pageFields } from '../../src/lib/schemas';
import { projectRoot } from '../helpers/astro-build';

const page = z.object(pageFields);
const valid = {
	summary: 'How to choose a licence for code that a public body releases.',
	audience: ['government', 'maintainer'],
	last_reviewed: '2026-11-22',
	sources: [{ title: 'SPDX License List', url: 'https://spdx.org/licenses/' }],
};

describe('page frontmatter', () => {
	it('accepts a complete page and fills defaults', () => {
		const data = page.parse(valid);
		expect(data.last_reviewed).toBeInstanceOf(Date);
		expect(data.search_aliases).toEqual([]);
		expect(data.key_facts).toEqual([]);
	});

	it('accepts Arabic and Chinese text', () => {
		expect(page.safeParse({ ...valid, summary: 'كيفية اختيار رخصة للشيفرة التي تنشرها جهة عامة.' }).success).toBe(true);
		expect(
			page.safeParse({ ...valid, summary: '公共机构发布代码时如何选择许可证，以及需要注意的事项。', search_aliases: ['软件物料清单'] })
				.success,
		).toBe(true);
		// A short Chinese sentence says as much as a longer English one: 18 characters pass, 9 do not.
		expect(page.safeParse({ ...valid, summary: '该地址与知识中心的任何页面都不匹配。' }).success).toBe(true);
		expect(page.safeParse({ ...valid, summary: '本页说明许可证。' }).success).toBe(false);
	});

	it.each([
		['summary missing', { summary: undefined }, 'summary'],
		['summary too short', { summary: 'Short.' }, 'summary'],
		['unknown audience', { audience: ['journalist'] }, 'audience'],
		['empty audience', { audience: [] }, 'audience'],
		['invalid date', { last_reviewed: 'next Tuesday' }, 'last_reviewed'],
		['http source', { sources: [{ title: 'Plain page', url: 'http://example.org/' }] }, 'sources'],
		['source without title', { sources: [{ url: 'https://example.org/' }] }, 'sources'],
		['malformed key fact id', { key_facts: [{ id: 'fact one', text: 'A fact of some length.', source: 'https://a.org/' }] }, 'key_facts'],
	])('rejects %s, naming the field', (_name, change, field) => {
		const result = page.safeParse({ ...valid, ...change });
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((i) => i.path[0])).toContain(field);
	});
});

describe('glossary terms', () => {
	const term = {
		id: 'dco',
		term: 'DCO',
		expansion: 'Developer Certificate of Origin',
		definition: 'A short statement a contributor makes, by signing off each commit, that they have the right to submit it.',
		chapter: 'licensing/contributor-agreements',
	};
	it('accepts a term', () => expect(glossaryTermSchema.parse(term).aliases).toEqual([]));
	it('rejects an anchor that is not kebab-case', () =>
		expect(glossaryTermSchema.safeParse({ ...term, id: 'DCO term' }).success).toBe(false));
	it('rejects a chapter written as a URL', () =>
		expect(glossaryTermSchema.safeParse({ ...term, chapter: '/licensing/contributor-agreements/' }).success).toBe(false));
	it('rejects unknown fields', () => expect(glossaryTermSchema.safeParse({ ...term, see: 'x' }).success).toBe(false));
});

describe('licences', () => {
	const licence = {
		id: 'MIT',
		name: 'MIT License',
		short_name: 'MIT',
		family: 'permissive',
		copyleft_scope: 'none',
		summary: 'A very short permissive licence that asks only to keep the notice.',
		permits: ['commercial-use', 'modification', 'distribution', 'private-use'],
		requires: ['notice'],
		forbids: ['liability', 'warranty'],
		obligations: ['Keep the copyright and permission notice'],
		patent_grant: 'no',
		osi: { approved: true, source: 'https://opensource.org/license/mit' },
		fsf: { status: 'free', gpl_compatible: 'yes', source: 'https://www.gnu.org/licenses/license-list.html#Expat' },
		spdx_deprecated: false,
		dpg: { accepted: true, source: 'https://github.com/DPGAlliance/DPG-Standard/blob/main/standard.md' },
		later_versions: { policy: 'fixed' },
		text_url: 'https://opensource.org/license/mit',
		chapter: 'licensing/licence-families',
	};
	it('accepts a licence', () => expect(licenceSchema.safeParse(licence).success).toBe(true));
	it('rejects an unknown family', () => expect(licenceSchema.safeParse({ ...licence, family: 'viral' }).success).toBe(false));
	it('rejects an unknown patent value', () => expect(licenceSchema.safeParse({ ...licence, patent_grant: 'maybe' }).success).toBe(false));
});

describe('glossary anchors for the links validator', () => {
	const isValidTermLink = glossaryAnchorExclusion(projectRoot);

	it('accepts links to terms that exist, with or without a base path or language', () => {
		expect(isValidTermLink({ link: '/reference/glossary/#dco' })).toBe(true);
		expect(isValidTermLink({ link: '/kc/fr/reference/glossary/#spdx' })).toBe(true);
	});

	it('leaves unknown anchors and other pages to the validator', () => {
		expect(isValidTermLink({ link: '/reference/glossary/#no-such-term' })).toBe(false);
		expect(isValidTermLink({ link: '/licensing/#dco' })).toBe(false);
	});
});
