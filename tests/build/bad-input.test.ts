import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuildAsync, makeFixtureSite, projectRoot, type BuildResult } from '../helpers/astro-build';

/**
 * Bad input, as a contributor's pull request might bring it: each case must fail the build with a
 * message that names the file (and the line, where there is one) and says what to fix, with no
 * stack trace, and nothing may be dropped, replaced or shipped silently. The cases that the
 * content checks catch before Astro reads the content share one small fixture site, which fails
 * in seconds and reports every problem at once; links need a build of their own.
 */

/** A valid chapter; each case breaks one thing in it. */
function chapter(fields: Record<string, string | undefined>, body = '## Scope\n\nText of the chapter.\n'): string {
	const defaults: Record<string, string | undefined> = {
		title: 'A test chapter',
		description: 'A chapter used by the bad-input tests.',
		summary: 'A chapter that exists only to be broken by a test.',
		audience: '[reader]',
		last_reviewed: '2026-11-22',
	};
	const yaml = Object.entries({ ...defaults, ...fields })
		.filter(([, v]) => v !== undefined)
		.map(([k, v]) => `${k}: ${v}`)
		.join('\n');
	return `---\n${yaml}\n---\n\n${body}`;
}

const home = chapter({ title: 'Home', template: 'splash' }, 'Home page.\n');
const base = { 'index.mdx': home, 'governance/index.mdx': chapter({ title: 'Governance' }) };
const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');

/** The broken pages, by file: the body line of each is 9 (after a 7-line frontmatter block and a blank line). */
const pages: Record<string, string> = {
	'governance/no-summary.mdx': chapter({ summary: undefined }),
	'governance/bad-audience.mdx': chapter({ audience: '[journalists]' }),
	'governance/bad-source.mdx': chapter({ sources: '\n  - title: A plain-http page\n    url: http://example.org/' }),
	'governance/bad-date.mdx': chapter({ last_reviewed: '2026-13-45' }),
	'governance/future-date.mdx': chapter({ last_reviewed: '2099-01-01' }),
	'governance/empty-title.mdx': chapter({ title: '""' }),
	'governance/blank-description.mdx': chapter({ description: "'   '" }),
	'governance/blank-summary.mdx': chapter({ summary: "'                         '" }),
	'governance/broken-yaml.mdx': chapter({ description: 'A description: with a colon that YAML reads as a key: oops' }),
	'governance/broken-mdx.mdx': chapter({}, 'A paragraph with <span>an unclosed tag.\n'),
	'governance/same-slug-a.mdx': chapter({ slug: 'governance/shared' }),
	'governance/same-slug-b.mdx': chapter({ slug: 'governance/shared' }),
	'governance/script.mdx': chapter({}, '<script>alert("hello")</script>\n'),
	'governance/iframe.mdx': chapter({}, '<iframe src="https://video.example.org/embed/1"></iframe>\n'),
	'governance/object.mdx': chapter({}, '<object data="/files/x.swf"></object>\n'),
	'governance/handler.mdx': chapter({}, 'Press <span onclick="steal()">here</span>.\n'),
	'governance/javascript-link.mdx': chapter({}, 'A [link](javascript:alert(1)).\n'),
	'governance/data-link.mdx': chapter({}, 'A [link](data:text/html,hello).\n'),
	'governance/tracker.mdx': chapter({}, '![A pixel](https://tracker.example.com/p.gif)\n'),
	'governance/foreign-video.mdx': chapter({}, '<video src="https://media.example.com/v.mp4" />\n'),
	'governance/head-script.mdx': chapter({ head: '\n  - tag: script\n    content: alert(1)' }),
	'governance/foreign-import.mdx': chapter({}, "import Widget from 'https://cdn.example.com/widget.js';\n\nText.\n"),
	'fr/governance/no-english-twin.mdx': chapter({ title: 'Sans original' }),
};

const glossary = read('content/glossary/terms.yaml');
const firstTermId = /^- id: (\S+)/m.exec(glossary)![1]!;
const licences = read('content/licences/licences.yaml');
const firstLicenceId = /^- id: (\S+)/m.exec(licences)![1]!;
const data: Record<string, string> = {
	'content/glossary/terms.yaml': `${glossary.trimEnd()}\n- id: ${firstTermId}\n  term: A second entry\n  definition: A second entry that claims the id of the first entry of the glossary.\n  chapter: governance\n`,
	'content/licences/licences.yaml': `${licences.trimEnd()}\n- id: ${firstLicenceId}\n  name: Copy\n  short_name: Copy\n  family: permissive\n  obligations: [Keep the notice]\n  patent_grant: 'no'\n  osi_approved: true\n  text_url: https://example.org/\n  chapter: governance\n`,
	'content/events/broken-event.yaml': 'title: An event\nsummary: [unclosed\n',
	'content/search/translated-aliases.yaml': 'governance:\n  fr: [gouvernance\n',
	'content/i18n/fr.json': '{\n\t"sources.heading": "Sources",\n\t"sources.intro": "Texte"\n\t"audience.label": "Public"\n}\n',
};

describe('bad input caught before Astro reads the content', () => {
	let result: BuildResult;
	let lines: string[];
	beforeAll(async () => {
		const root = makeFixtureSite('bad-content', { ...base, ...pages }, data);
		result = await astroBuildAsync(root, join(root, 'dist'), { SKIP_PDF: '1' });
		lines = result.output.split('\n');
	});

	/** The one line of the report about `file` that mentions `text`. */
	const report = (file: string, text: RegExp) => {
		const hit = lines.filter((l) => l.includes(file)).find((l) => text.test(l));
		expect(hit, `no line about ${file} matching ${text}; the output was:\n${result.output.slice(-4000)}`).toBeDefined();
		return hit!;
	};

	it('fails, reporting every problem at once, with no stack trace', () => {
		expect(result.ok).toBe(false);
		expect(result.output).toMatch(/\d+ problems in the content/);
		expect(result.output).not.toMatch(/Stack trace|\s+at \S+ \(.*:\d+:\d+\)/);
	});

	it.each([
		['no-summary', /:2: The field `summary` is missing\. \(summary: One sentence/],
		['bad-audience', /:5: `audience` \(0\): Invalid option.*\(audience: Who the page is for/],
		['bad-source', /:7: `sources` \(0\.url\): Source URLs must use https:\/\//],
		['bad-date', /:6: last_reviewed "2026-13-45" is not a real date\. Write the day of the review as YYYY-MM-DD/],
		['future-date', /:6: last_reviewed 2099-01-01 is in the future .* Write the day on which the page’s facts were checked/],
		['empty-title', /:2: The title is empty\. Write the page’s title/],
		['blank-description', /:3: The description is empty\. Write one or two sentences/],
		['blank-summary', /:4: `summary`: Write one full sentence \(at least 20 characters, or 10 Chinese characters\)/],
		[
			'broken-yaml',
			/:3: The frontmatter is not valid YAML \(.+\)\. Check the indentation .* put quotes around any value that contains ": "/,
		],
		['broken-mdx', /:9: The page is not valid MDX: .*closing tag.*In MDX, < starts a tag/],
		['script', /:9: A <script> element is not allowed in content\. Scripts come only from the site’s own components/],
		['iframe', /:9: A <iframe> element is not allowed in content\./],
		['object', /:9: A <object> element is not allowed in content\./],
		['handler', /:9: The event handler onclick="…" is not allowed in content\./],
		['javascript-link', /:9: A javascript: address is not allowed in content\./],
		['data-link', /:9: A data: address is not allowed in a link\./],
		['tracker', /:9: <img> loads https:\/\/tracker\.example\.com\/p\.gif from another site.*Images and media live in the repository/],
		['foreign-video', /:9: <video> loads https:\/\/media\.example\.com\/v\.mp4 from another site/],
		['head-script', /The frontmatter field `head` is not allowed in content\./],
		[
			'foreign-import',
			/:9: Importing from "https:\/\/cdn\.example\.com\/widget\.js" is not allowed in content\. Import components only from/,
		],
	])('governance/%s.mdx', (name, expected) => {
		expect(report(`content/docs/governance/${name}.mdx`, expected)).toMatch(expected);
	});

	it('two pages with one address: both files named, neither dropped silently', () => {
		expect(
			report(
				'content/docs/governance/same-slug-a.mdx',
				/has the address "\/governance\/shared\/", as does content\/docs\/governance\/same-slug-b\.mdx/,
			),
		).toMatch(/:7:/);
		expect(report('content/docs/governance/same-slug-b.mdx', /as does content\/docs\/governance\/same-slug-a\.mdx/)).toBeTruthy();
	});

	it('a translation without an English page', () => {
		report(
			'content/docs/fr/governance/no-english-twin.mdx',
			/has no English page content\/docs\/governance\/no-english-twin\.mdx\. Translations use the same path/,
		);
	});

	it('two glossary terms or licences with one id: the file, both lines, and what to do', () => {
		report(
			'content/glossary/terms.yaml',
			new RegExp(
				`:\\d+: The id "${firstTermId}" is used twice, here and on line \\d+; the second entry would replace the first\\. Give each entry its own id`,
			),
		);
		report('content/licences/licences.yaml', new RegExp(`:\\d+: The id "${firstLicenceId}" is used twice`));
	});

	it('YAML and JSON syntax errors in data files, with their lines', () => {
		report('content/events/broken-event.yaml', /:\d+: The file is not valid YAML/);
		report('content/search/translated-aliases.yaml', /:\d+: The file is not valid YAML/);
		report('content/i18n/fr.json', /:4: The file is not valid JSON .*the last entry has no comma after it/);
	});
});

describe('links are checked by the build', () => {
	let result: BuildResult;
	beforeAll(async () => {
		const root = makeFixtureSite('dead-links', {
			...base,
			'governance/dead-link.mdx': chapter({}, 'See [this](/governance/no-such-page/).\n'),
			'governance/dead-anchor.mdx': chapter({}, 'See [this](/governance/#no-such-heading).\n'),
		});
		result = await astroBuildAsync(root, join(root, 'dist'), { SKIP_PDF: '1' });
	});

	it('a link to a page that does not exist names the file and the link', () => {
		expect(result.ok).toBe(false);
		expect(result.output).toContain('governance/dead-link.mdx');
		expect(result.output).toContain('/governance/no-such-page/');
		expect(result.output).toMatch(/invalid link/);
	});

	it('a link to a heading that does not exist names the file', () => {
		expect(result.output).toContain('governance/dead-anchor.mdx');
		expect(result.output).toMatch(/invalid hash/);
	});
});

describe('valid input', () => {
	let root = '';
	let r: BuildResult;
	beforeAll(async () => {
		root = makeFixtureSite('valid', { ...base, 'governance/valid.mdx': chapter({}, 'See [the overview](/governance/).\n') });
		r = await astroBuildAsync(root, join(root, 'dist'), { SKIP_PDF: '1' });
	});

	it('the same fixture with valid pages builds, with no error', () => {
		expect(r.output).not.toMatch(/error/i);
		expect(r.ok).toBe(true);
		// Built without SITE_URL: it says so, and invents no address (no sitemap, no feeds).
		expect(r.output).toContain('SITE_URL is not set: this build has no public address.');
		const dist = join(root, 'dist');
		expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(false);
		expect(existsSync(join(dist, 'rss.xml'))).toBe(false);
		expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).not.toContain('Sitemap');
		expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toMatch(/localhost|127\.0\.0\.1|rel="canonical"/);
	});

	it('describes its pages with root-relative addresses, and with no date where git has none', () => {
		const html = readFileSync(join(root, 'dist/governance/valid/index.html'), 'utf8');
		const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
		const graph = (JSON.parse(json!) as { '@graph': Record<string, unknown>[] })['@graph'];
		const [crumbs, article] = graph;
		expect((crumbs!['itemListElement'] as { item: string }[]).map((c) => c.item)).toEqual(['/', '/governance/', '/governance/valid/']);
		expect(article).toMatchObject({ '@type': 'TechArticle', url: '/governance/valid/', isPartOf: { url: '/governance/' } });
		// The fixture is not in git: Starlight shows no "Last updated" date, and the article claims none.
		expect(html).not.toContain('<time datetime=');
		expect(article).not.toHaveProperty('dateModified');
		expect(article).not.toHaveProperty('datePublished');
	});
});
