import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import {
	answerIds,
	assessmentIds,
	assessmentPath,
	headingIds,
	itemId,
	readAssessment,
	readAssessmentFile,
	type Assessment,
	type ChecklistAssessment,
	type MaturityAssessment,
} from '../../src/assessments/data';
import { assessmentProblems } from '../../src/assessments/checks';
import { formatProblem } from '../../src/content-checks/problems';
import { contentFiles, readContentFile } from '../../src/lib/content-files';
import { sections } from '../../src/lib/guides';
import { langs, locales, splitLocale, translatedLocales, type LocaleKey } from '../../src/lib/locales';
import { projectRoot } from '../helpers/astro-build';

const localeKeys = Object.keys(locales) as LocaleKey[];
const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');
const checklist = (a: Assessment) => {
	if (a.kind !== 'checklist') throw new Error(`${a.id} is not a checklist`);
	return a as ChecklistAssessment;
};
const maturity = (a: Assessment) => {
	if (a.kind !== 'maturity') throw new Error(`${a.id} is not a maturity model`);
	return a as MaturityAssessment;
};

// Fixture projects, each a copy of the parts of the repository an assessment reads, with one thing wrong.
const fixtures: string[] = [];
afterAll(() => fixtures.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function fixture(files: Record<string, string>): string {
	mkdirSync(join(projectRoot, 'tests/.tmp'), { recursive: true });
	const root = mkdtempSync(join(projectRoot, 'tests/.tmp/assessments-'));
	fixtures.push(root);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}
const ospoYaml = () => parse(read(assessmentPath('ospo-maturity')));
const dpgYaml = () => parse(read(assessmentPath('dpg-readiness')));
/** The error an assessment file with this content raises, as a contributor would read it. */
function errorFor(id: 'ospo-maturity' | 'dpg-readiness', data: unknown): string {
	const text = typeof data === 'string' ? data : stringify(data);
	const root = fixture({ [assessmentPath(id)]: text });
	try {
		readAssessmentFile(root, id);
	} catch (e) {
		return (e as Error).message;
	}
	throw new Error(`${id}: the bad file was accepted`);
}

describe('assessment data files', () => {
	it('accept the real questions', () => {
		expect(readAssessmentFile(projectRoot, 'ospo-maturity').kind).toBe('maturity');
		expect(readAssessmentFile(projectRoot, 'dpg-readiness').kind).toBe('checklist');
	});

	it('OSPO maturity covers the nine areas of the issue, each with levels 0 to 4 and an action', () => {
		const a = maturity(readAssessment('ospo-maturity', 'en', projectRoot));
		expect(a.areas.map((x) => x.id)).toEqual([
			'policy',
			'procurement',
			'inventory-and-use',
			'contribution',
			'release',
			'security',
			'community',
			'skills',
			'funding',
		]);
		for (const area of a.areas) {
			expect(area.levels.map((l) => l.level)).toEqual([0, 1, 2, 3, 4]);
			for (const l of area.levels) expect(l.action.length, `${area.id} level ${l.level}`).toBeGreaterThan(20);
		}
		// Credits: both models it draws on, with their licence.
		expect(a.basedOn.map((b) => [b.title.split(',')[0], b.licence])).toEqual([
			['TODO Group', 'CC-BY-4.0'],
			['OSPO Alliance', 'CC-BY-4.0'],
		]);
	});

	it('DPG readiness asks one question per indicator of the Standard 1.1.7, under CC BY-SA 4.0', () => {
		const a = checklist(readAssessment('dpg-readiness', 'en', projectRoot));
		const items = a.groups.flatMap((g) => g.items);
		expect(items.map((i) => /^Indicator (\d):/.exec(i.text)?.[1])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
		for (const i of items) expect(i.evidence, i.id).toBeTruthy();
		expect(a.licence.id).toBe('CC-BY-SA-4.0');
		expect(a.licence.attribution).toMatch(/Digital Public Goods Alliance/);
		expect(a.licence.attribution).toMatch(/1\.1\.7/);
	});

	it('say on their pages which licence the questions carry and whom they credit', () => {
		const dpg = read('content/docs/tools/dpg-readiness.mdx');
		expect(dpg).toMatch(/CC BY-SA 4\.0/);
		expect(dpg).toMatch(/Digital Public Goods Alliance/);
		expect(dpg).toMatch(/1\.1\.7/);
		const ospo = read('content/docs/tools/ospo-maturity.mdx');
		for (const b of readAssessmentFile(projectRoot, 'ospo-maturity').based_on) expect(ospo).toContain(b.url);
		expect(ospo).toMatch(/TODO Group/);
		expect(ospo).toMatch(/Good Governance Initiative/);
		expect(ospo).toMatch(/CC BY 4\.0/);
	});
});

describe('bad assessment data', () => {
	it('names the file, the line and the field of a missing value', () => {
		const data = ospoYaml();
		delete data.areas[0].levels[2].action;
		const message = errorFor('ospo-maturity', data);
		expect(message).toMatch(/content\/assessments\/ospo-maturity\.yaml:\d+: `areas\[0\]\.levels\[2\]\.action`: This field is missing\./);
	});

	it('reports every problem at once', () => {
		const data = ospoYaml();
		data.areas[1].levels[0].chapter = '/public-sector/procurement/';
		data.areas[2].colour = 'blue';
		data.areas[3].levels.reverse();
		const message = errorFor('ospo-maturity', data);
		expect(message).toMatch(/^3 problems in content\/assessments\/ospo-maturity\.yaml/);
		expect(message).toMatch(/`areas\[1\]\.levels\[0\]\.chapter`: Write the page slug|`areas\[1\]\.levels\[0\]\.chapter`: Write the slug/);
		expect(message).toMatch(/`areas\[2\]`: Unrecognized key: "colour"/);
		expect(message).toMatch(/`areas\[3\]\.levels`: List the levels in order: 0, 1, 2, 3, 4/);
	});

	it('refuses Markdown links, duplicate ids, a wrong licence and an unknown kind', () => {
		const links = dpgYaml();
		links.sections[0].questions[0].help = 'See [the chapter](/public-sector/digital-public-goods/).';
		expect(errorFor('dpg-readiness', links)).toMatch(/`sections\[0\]\.questions\[0\]\.help`: Write plain text/);

		const twice = dpgYaml();
		twice.sections[1].questions[0].id = 'sdg-relevance';
		expect(errorFor('dpg-readiness', twice)).toMatch(/The question id "sdg-relevance" is used twice/);

		const licence = dpgYaml();
		licence.licence.id = 'MIT';
		expect(errorFor('dpg-readiness', licence)).toMatch(/`licence\.id`/);

		const kind = dpgYaml();
		kind.kind = 'quiz';
		expect(errorFor('dpg-readiness', kind)).toMatch(/`kind`: Write kind: checklist or kind: maturity/);
	});

	it('names the file when the YAML does not parse or the id is not the file name', () => {
		expect(errorFor('ospo-maturity', 'id: ospo-maturity\nareas: [\n')).toMatch(
			/^content\/assessments\/ospo-maturity\.yaml: the YAML does not parse/,
		);
		expect(errorFor('ospo-maturity', { ...ospoYaml(), id: 'ospo' })).toMatch(/id is "ospo"; write id: ospo-maturity/);
	});

	it('checks a translation file too, and names it', () => {
		const root = fixture({
			[assessmentPath('ospo-maturity')]: read(assessmentPath('ospo-maturity')),
			[assessmentPath('ospo-maturity', 'fr')]: stringify({ areas: { policy: { titel: 'Politique' } } }),
		});
		expect(() => readAssessment('ospo-maturity', 'fr', root)).toThrow(
			/content\/assessments\/fr\/ospo-maturity\.yaml:\d+: `areas\.policy`: Unrecognized key: "titel"/,
		);
	});
});

describe('the content check of the build', () => {
	it('finds nothing wrong with the real assessments', () => {
		expect(assessmentProblems(projectRoot, contentFiles(projectRoot)).map(formatProblem)).toEqual([]);
	});

	it('refuses a chapter that does not exist, a heading that does not exist, and a stray translation', () => {
		const data = ospoYaml();
		data.areas[1].levels[0].chapter = 'public-sector/procurment';
		data.areas[1].levels[1].chapter = 'public-sector/procurement#the-clauses';
		const root = fixture({
			[assessmentPath('ospo-maturity')]: stringify(data),
			[assessmentPath('dpg-readiness')]: read(assessmentPath('dpg-readiness')),
			'content/assessments/fr/ospo.yaml': 'areas: {}\n',
		});
		const problems = assessmentProblems(root, contentFiles(projectRoot)).map(formatProblem);
		expect(problems).toEqual([
			'content/assessments/ospo-maturity.yaml: `areas[1].levels[0].chapter`: there is no page content/docs/public-sector/procurment.mdx. Write the slug of an existing English page.',
			expect.stringMatching(
				/^content\/assessments\/ospo-maturity\.yaml: `areas\[1\]\.levels\[1\]\.chapter`: the page public-sector\/procurement has no heading with the id "the-clauses"\. Use one of its headings' ids: .*clauses-to-ask-for/,
			),
			expect.stringMatching(/^content\/assessments\/fr\/ospo\.yaml: This translation has no English assessment of the same name\./),
		]);
	});
});

describe('a site without the assessment pages', () => {
	it('needs no assessment data, but a page that shows a missing assessment fails the check', () => {
		const root = fixture({});
		const noTools = contentFiles(projectRoot).filter((f) => !f.slug.startsWith('tools'));
		expect(assessmentProblems(root, noTools).map(formatProblem)).toEqual([]);
		const problems = assessmentProblems(root, contentFiles(projectRoot)).map(formatProblem);
		expect(problems.join('\n')).toMatch(/content\/assessments\/ospo-maturity\.yaml is missing/);
		expect(problems.join('\n')).toMatch(/content\/assessments\/dpg-readiness\.yaml is missing/);
	});
});

describe('translated questions', () => {
	it('use a translation where one exists and English elsewhere, item by item', () => {
		const root = fixture({
			[assessmentPath('ospo-maturity')]: read(assessmentPath('ospo-maturity')),
			[assessmentPath('ospo-maturity', 'fr')]: stringify({
				areas: { policy: { title: 'Politique et mandat', levels: { '0': { name: 'Au cas par cas' } } } },
			}),
		});
		const en = maturity(readAssessment('ospo-maturity', 'en', root));
		const fr = maturity(readAssessment('ospo-maturity', 'fr', root));
		expect(fr.lang).toBe('fr');
		expect(fr.areas[0]!.title).toBe('Politique et mandat');
		expect(fr.areas[0]!.levels[0]!.name).toBe('Au cas par cas');
		expect(fr.areas[0]!.levels[0]!.text).toBe(en.areas[0]!.levels[0]!.text);
		expect(fr.areas[1]!.title).toBe(en.areas[1]!.title);
		expect(answerIds(fr)).toEqual(answerIds(en));
	});
});

describe('open-sourcing readiness, read from the release checklist chapter', () => {
	const english = checklist(readAssessment('open-sourcing-readiness', 'en', projectRoot));
	const chapter = read('content/docs/open-sourcing/release-checklist.mdx');

	it('asks every item of the chapter, grouped by phase', () => {
		const tasks = chapter.match(/^- \[ \] /gm) ?? [];
		expect(english.groups.flatMap((g) => g.items)).toHaveLength(tasks.length);
		expect(english.groups.map((g) => g.title)).toEqual([...chapter.matchAll(/^## (Phase \d.*)$/gm)].map((m) => m[1]));
		expect(english.groups[0]!.items[0]).toEqual({
			id: 'write-down-the-goals-and-the-end-state-of-the-release',
			text: 'Write down the goals and the end state of the release',
			help: 'Owner: sponsor with project lead.',
			evidence: 'Done when: a one-page plan is approved.',
			href: '/open-sourcing/decide-and-plan/',
		});
	});

	it.each(translatedLocales)('is read from the %s chapter, with the same ids, owner and done-when sentences', (locale) => {
		const a = checklist(readAssessment('open-sourcing-readiness', locale, projectRoot));
		expect(answerIds(a)).toEqual(answerIds(english));
		const items = a.groups.flatMap((g) => g.items);
		const englishTexts = new Set(english.groups.flatMap((g) => g.items.map((i) => i.text)));
		// Every item is in the language (the translations are complete), with its own labels and links.
		expect(items.filter((i) => englishTexts.has(i.text)).map((i) => i.id)).toEqual([]);
		for (const g of a.groups) expect(g.href, g.id).toMatch(new RegExp(`^/${locale}/open-sourcing/release-checklist/#.+`));
		for (const i of items) {
			expect(i.help, i.id).toBeTruthy();
			expect(i.evidence, i.id).toBeTruthy();
			expect(i.href.startsWith(`/${locale}/`), i.href).toBe(true);
		}
	});

	it('keeps ids unique and stable: a slug of the English action, whatever the language', () => {
		const ids = answerIds(english);
		expect(new Set(ids).size).toBe(ids.length);
		expect(itemId('Choose the inbound rule and write it in `CONTRIBUTING.md`')).toBe(
			'choose-the-inbound-rule-and-write-it-in-contributing-md',
		);
		expect(itemId("Reserve the domain in the holder's name")).toBe('reserve-the-domain-in-the-holder-s-name');
	});

	it('shows a phase in English when its translation has a different number of items', () => {
		const fr = read('content/docs/fr/open-sourcing/release-checklist.mdx');
		// Drop the first item of phase 2 of the French chapter, as a translation behind the English would be.
		const phase2 = fr.indexOf('\n## Phase 2');
		const first = fr.indexOf('\n- [ ]', phase2);
		const next = fr.indexOf('\n- [ ]', first + 1);
		const root = fixture({
			'content/docs/open-sourcing/release-checklist.mdx': chapter,
			'content/docs/fr/open-sourcing/release-checklist.mdx': fr.slice(0, first) + fr.slice(next),
		});
		const a = checklist(readAssessment('open-sourcing-readiness', 'fr', root));
		expect(answerIds(a)).toEqual(answerIds(english));
		expect(a.groups[1]!.title).toBe(english.groups[1]!.title);
		expect(a.groups[1]!.items[0]!.text).toBe(english.groups[1]!.items[0]!.text);
		expect(a.groups[1]!.items[0]!.href).toBe(`/fr${english.groups[1]!.items[0]!.href}`);
		expect(a.groups[0]!.title).not.toBe(english.groups[0]!.title);
	});
});

describe('every link of every assessment', () => {
	const files = contentFiles(projectRoot);
	const pages = new Map(files.map((f) => [f.id, f]));

	/** The page a root-relative link opens (translated, or Starlight's English fallback) and its heading ids. */
	function target(href: string): { id: string; anchors: string[] } | undefined {
		const [path, anchor] = href.split('#') as [string, string | undefined];
		const { locale, slug } = splitLocale(path.replace(/^\/|\/$/g, ''));
		const file = pages.get(locale === 'root' ? slug : `${locale}/${slug}`) ?? pages.get(slug);
		if (!file) return undefined;
		return { id: file.id, anchors: anchor === undefined ? [] : headingIds(readContentFile(projectRoot, file.path).body) };
	}

	it.each(assessmentIds.flatMap((id) => localeKeys.map((l) => [id, l] as const)))(
		'%s in %s leads to pages and headings that exist',
		(id, locale) => {
			const a = readAssessment(id, locale, projectRoot);
			const hrefs =
				a.kind === 'checklist'
					? a.groups.flatMap((g) => [...(g.href ? [g.href] : []), ...g.items.map((i) => i.href)])
					: a.areas.flatMap((x) => x.levels.map((l) => l.href));
			const broken = hrefs.filter((href) => {
				const page = target(href);
				const anchor = href.split('#')[1];
				return !page || (anchor !== undefined && !page.anchors.includes(anchor));
			});
			expect(broken).toEqual([]);
			const prefix = locale === 'root' ? '/' : `/${locale}/`;
			expect(hrefs.filter((h) => !h.startsWith(prefix))).toEqual([]);
		},
	);
});

describe('the tools section', () => {
	it('is a section with a label in every language', () => {
		const tools = sections.find((s) => s.slug === 'tools');
		expect(tools?.guide).toBe(false);
		for (const lang of langs) expect(tools?.label[lang], lang).toBeTruthy();
	});

	it('has a page for each assessment, which shows it, and an overview that links to each', () => {
		const index = read('content/docs/tools/index.mdx');
		for (const id of assessmentIds) {
			expect(read(`content/docs/tools/${id}.mdx`)).toContain(`<Assessment id="${id}" />`);
			expect(index).toContain(`](/tools/${id}/)`);
		}
	});

	it('is linked from the reference section and the guides that explain each assessment', () => {
		expect(read('content/docs/reference/index.mdx')).toContain('](/tools/)');
		expect(read('content/docs/open-sourcing/release-checklist.mdx')).toContain('](/tools/open-sourcing-readiness/)');
		expect(read('content/docs/public-sector/setting-up-an-ospo.mdx')).toContain('](/tools/ospo-maturity/)');
		expect(read('content/docs/public-sector/digital-public-goods.mdx')).toContain('](/tools/dpg-readiness/)');
		expect(read('content/docs/un-system/un-open-source-ecosystem.mdx')).toContain('](/tools/dpg-readiness/)');
	});
});
