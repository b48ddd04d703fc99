import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { termPatterns, termsUsedIn, type TermLike } from '../../src/lib/glossary';
import { markTerms, type TermMark } from '../../src/glossary/mark-terms';
import { markingOf, shortDefinition, shortDefinitionLength, termMarks } from '../../src/glossary/term-marks';

const terms: (TermLike & { definition: string })[] = [
	{ id: 'cla', term: 'CLA', expansion: 'Contributor Licence Agreement', aliases: [], definition: 'An agreement. More.' },
	{ id: 'copyleft', term: 'Copyleft', aliases: [], definition: 'A licensing approach. More.' },
	{ id: 'open-source', term: 'Open source', aliases: ['open-source'], definition: 'Software anyone may use.' },
	{ id: 'osi', term: 'OSI', expansion: 'Open Source Initiative', aliases: [], definition: 'A non-profit.' },
	{ id: 'foundation', term: 'Open source foundation', aliases: ['foundation'], definition: 'A neutral home.' },
	{ id: 'sbom', term: 'SBOM', expansion: 'Software Bill of Materials', aliases: [], definition: 'A list of components.' },
];

const licence = { id: 'licence', term: 'Licence', aliases: [], definition: 'A permission.' };

const marksOf = (list = terms): TermMark[] =>
	termMarks({ glossary: list, termbase: undefined, lang: 'en', locale: 'root', base: '/', withExpansion: (e, d) => `${e}: ${d}` });

/** The marked terms as the HTML shows them: [id, marked text] in document order. */
function marksIn(html: string): [string, string][] {
	return [...html.matchAll(/<a class="term" href="[^"]*#([^"]+)" title="[^"]*">([^<]*)<\/a>/g)].map((m) => [m[1]!, m[2]!]);
}

describe('markTerms', () => {
	it('marks the first use of each term only', () => {
		const { html, marked } = markTerms('<p>Copyleft is strong.</p><p>A copyleft licence, copyleft again.</p>', marksOf());
		expect(marksIn(html)).toEqual([['copyleft', 'Copyleft']]);
		expect(marked).toEqual(['copyleft']);
		expect(html).toContain('<p>A copyleft licence, copyleft again.</p>');
	});

	it('links to the glossary entry with the short definition as title', () => {
		const { html } = markTerms('<p>Sign the CLA.</p>', marksOf());
		expect(html).toBe(
			'<p>Sign the <a class="term" href="/reference/glossary/#cla" title="Contributor Licence Agreement: An agreement.">CLA</a>.</p>',
		);
	});

	it('skips headings, links, code, existing abbr and dfn, aside titles and text outside prose', () => {
		const html = [
			'<h2>Copyleft</h2>',
			'<p><a href="/x/">copyleft</a> <code>CLA</code> <abbr title="x">SBOM</abbr> <dfn>OSI</dfn></p>',
			'<pre>open source</pre>',
			'<aside><p class="starlight-aside__title" aria-hidden="true">Copyleft</p><div><p>Then CLA.</p></div></aside>',
			'<div>open source in a div</div><table><tr><th>SBOM</th><td>an SBOM</td></tr></table>',
			'<ul><li>and copyleft</li></ul>',
		].join('');
		const result = markTerms(html, marksOf());
		expect(marksIn(result.html)).toEqual([
			['cla', 'CLA'],
			['sbom', 'SBOM'],
			['copyleft', 'copyleft'],
		]);
		// The marks sit in the aside's text, the table cell and the list item, nowhere else.
		expect(result.html).toContain('<p>Then <a class="term"');
		expect(result.html).toContain('<td>an <a class="term"');
		expect(result.html).toContain('<h2>Copyleft</h2>');
	});

	it('never marks inside a link, even in a paragraph, and the link stays as it was', () => {
		const html = '<p>See <a href="/licensing/"><em>copyleft</em> rules</a>.</p>';
		expect(markTerms(html, marksOf()).html).toBe(html);
	});

	it('never puts two marks side by side: the second term waits for its next use', () => {
		const { html } = markTerms('<p>A copyleft licence.</p><p>The licence.</p>', marksOf([...terms, licence]));
		expect(marksIn(html)).toEqual([
			['copyleft', 'copyleft'],
			['licence', 'licence'],
		]);
		expect(html).toContain('<p>The <a class="term"');
	});

	it('leaves a term alone where the page already links to its glossary entry', () => {
		const html = '<p>Sign the CLA and read about <a href="/fr/reference/glossary/#copyleft">it</a>: copyleft.</p>';
		expect(marksIn(markTerms(html, marksOf()).html)).toEqual([['cla', 'CLA']]);
	});

	it('matches acronyms case-sensitively and other terms in any case', () => {
		expect(marksIn(markTerms('<p>Read the clause, the cla and the Cla.</p>', marksOf()).html)).toEqual([]);
		expect(marksIn(markTerms('<p>OPEN SOURCE.</p>', marksOf()).html)).toEqual([['open-source', 'OPEN SOURCE']]);
	});

	it('takes the longest form where two terms overlap, and lets the shorter one wait', () => {
		const { html } = markTerms('<p>The Open Source Initiative approves licences for open source.</p>', marksOf());
		expect(marksIn(html)).toEqual([
			['osi', 'Open Source Initiative'],
			['open-source', 'open source'],
		]);
	});

	it('does not take a used-up term’s later occurrence for a shorter term inside it', () => {
		const { html } = markTerms('<p>The OSI.</p><p>The Open Source Initiative again, then open source.</p>', marksOf());
		expect(marksIn(html)).toEqual([
			['osi', 'OSI'],
			['open-source', 'open source'],
		]);
	});

	it('matches a lower-case alias only in lower case: capitalized, it is part of a name', () => {
		const { html } = markTerms('<p>The Linux Foundation, a foundation.</p>', marksOf());
		expect(marksIn(html)).toEqual([['foundation', 'foundation']]);
	});

	it('finds a form broken across lines, and never across two elements', () => {
		expect(marksIn(markTerms('<p>a software bill\nof materials</p>', marksOf()).html)).toEqual([['sbom', 'software bill\nof materials']]);
		expect(marksIn(markTerms('<p>open <em>source</em></p>', marksOf()).html)).toEqual([]);
	});

	it('marks an Arabic term with its attached prefixes and article', () => {
		const arabic = [{ id: 'open-source', term: 'مصدر مفتوح', aliases: [], definition: 'برمجيات.' }];
		const { html } = markTerms('<p>تتعامل وبالمصدر المفتوح مع للمصدر المفتوح.</p>', marksOf(arabic));
		expect(marksIn(html)).toEqual([['open-source', 'وبالمصدر المفتوح']]);
		expect(marksIn(markTerms('<p>برمجيات مفتوحة</p>', marksOf(arabic)).html)).toEqual([]);
	});

	it('marks a Latin acronym after an Arabic prefix without the prefix', () => {
		const { html } = markTerms('<p>التزم بـSBOM</p>', marksOf());
		expect(marksIn(html)).toEqual([['sbom', 'SBOM']]);
		expect(html).toContain('بـ<a class="term"');
	});

	it('marks Chinese terms inside a run of text without spaces', () => {
		const chinese = [{ id: 'sbom', term: 'SBOM', expansion: '软件物料清单', aliases: [], definition: '组件清单。' }];
		const { html } = markTerms('<p>发布软件物料清单。</p>', marksOf(chinese));
		expect(marksIn(html)).toEqual([['sbom', '软件物料清单']]);
	});

	it('keeps every byte outside the marked text nodes, and escapes the text it rewrites', () => {
		const html = '<p class="x" data-a=\'1\'>R&amp;D &lt;tag&gt; uses copyleft &#x27;here&#x27;</p><p>&amp;&nbsp;CLA</p>';
		const { html: out } = markTerms(html, marksOf());
		expect(out.startsWith('<p class="x" data-a=\'1\'>R&amp;D &lt;tag&gt; uses ')).toBe(true);
		const text = (s: string) =>
			JSON.stringify(
				parseFragment(s).childNodes.map((n) => ('childNodes' in n ? n.childNodes.map((c) => ('value' in c ? c.value : '')) : [])),
			);
		// The text reads the same once the marks are taken out.
		expect(text(out.replace(/<a class="term"[^>]*>|<\/a>/g, ''))).toBe(text(html));
	});

	it('escapes the title it writes', () => {
		const quoted = [{ id: 'x', term: 'Quoted', aliases: [], definition: 'Says "R&D" <here>.' }];
		expect(markTerms('<p>Quoted</p>', marksOf(quoted)).html).toContain('title="Says &quot;R&amp;D&quot; <here>."');
	});
});

describe('termMarks', () => {
	it('links to the glossary of the reader’s locale under the base path', () => {
		const [mark] = termMarks({ glossary: terms, termbase: undefined, lang: 'en', locale: 'ar', base: '/kc', withExpansion: (e) => e });
		expect(mark!.href).toBe('/kc/ar/reference/glossary/#cla');
	});

	it('uses the termbase’s forms and definitions for translated content', () => {
		const termbase = { copyleft: { term: 'Копилефт', aliases: [], definition: 'Подход к лицензированию. Ещё.' } };
		const marks = termMarks({ glossary: terms, termbase, lang: 'ru', locale: 'ru', base: '/', withExpansion: (e) => e });
		const { html } = markTerms('<p>Copyleft и копилефт.</p>', marks);
		expect(html).toBe(
			'<p>Copyleft и <a class="term" href="/ru/reference/glossary/#copyleft" title="Подход к лицензированию.">копилефт</a>.</p>',
		);
	});
});

describe('markingOf', () => {
	it('marks chapters only', () => {
		for (const id of ['licensing', 'fr/licensing', 'reference/glossary', 'ar/reference/glossary', 'about', 'index', 'fr/print/licensing']) {
			expect(markingOf({ id, locale: id.startsWith('fr/') ? 'fr' : undefined, lang: 'en' }), id).toBeUndefined();
		}
		expect(markingOf({ id: 'licensing/licence-families', locale: undefined, lang: 'en' })).toEqual({
			locale: 'root',
			lang: 'en',
			english: true,
		});
	});

	it('marks a translated chapter in its language, and a fallback chapter in English for the reader’s locale', () => {
		expect(markingOf({ id: 'ar/licensing/licence-families', locale: 'ar', lang: 'ar', isFallback: false })).toEqual({
			locale: 'ar',
			lang: 'ar',
			english: false,
		});
		expect(markingOf({ id: 'ar/licensing/licence-families', locale: 'ar', lang: 'ar', isFallback: true })).toEqual({
			locale: 'ar',
			lang: 'en',
			english: true,
		});
	});
});

describe('shortDefinition', () => {
	it('is the first sentence', () => {
		expect(shortDefinition('A licensing approach.  It keeps\nsoftware free.', 'en')).toBe('A licensing approach.');
		expect(shortDefinition('软件所源自的原始项目。上游接受修改。', 'zh-CN')).toBe('软件所源自的原始项目。');
	});

	it('cuts a long first sentence at a word', () => {
		const long = `${'word '.repeat(80)}end.`;
		const short = shortDefinition(long, 'en');
		expect([...short].length).toBeLessThanOrEqual(shortDefinitionLength);
		expect(short).toMatch(/word…$/);
	});
});

describe('the shared matcher', () => {
	it('finds either half of a translated form followed by its original in brackets', () => {
		const fsf = [{ id: 'fsf', term: 'FSF', expansion: 'مؤسسة البرمجيات الحرة (Free Software Foundation)', aliases: [] }];
		expect(termsUsedIn('أصدرته مؤسسة البرمجيات الحرة.', fsf)).toHaveLength(1);
		expect(termsUsedIn('the Free Software Foundation', fsf)).toHaveLength(1);
		expect(termPatterns(fsf[0]!)).toHaveLength(4);
	});
});
