import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { offlinePackPath } from '../../src/downloads/paths';
import { readGlossary } from '../../src/lib/glossary';
import { locales, type LocaleKey } from '../../src/lib/locales';
import { localeCode } from '../../src/pdf/edition';
import { projectRoot } from '../helpers/astro-build';
import { builds } from '../helpers/builds';
import { scriptShare } from '../helpers/dist';

const dist = builds.root.outDir;
const localeKeys = Object.keys(locales) as LocaleKey[];
const englishTemplates = readdirSync(join(dist, 'templates')).filter((f) => f.endsWith('.md'));
const terms = readGlossary(projectRoot);

describe.each(localeKeys)('the offline pack in %s', (locale) => {
	const { lang } = locales[locale];
	const file = offlinePackPath(locale);
	const pack = () => unzipSync(new Uint8Array(readFileSync(join(dist, file))));

	it('holds that language’s PDFs and EPUBs, exactly as published', () => {
		const zip = pack();
		const published = readdirSync(join(dist, 'downloads')).filter((f) => new RegExp(`-${localeCode(locale)}\\.(pdf|epub)$`).test(f));
		expect(published.filter((f) => f.endsWith('.epub')).length).toBeGreaterThanOrEqual(6);
		expect(
			Object.keys(zip)
				.filter((n) => n.startsWith('guides/'))
				.sort(),
		).toEqual(published.map((f) => `guides/${f}`).sort());
		for (const f of published) expect(zip[`guides/${f}`]!.length, f).toBe(readFileSync(join(dist, 'downloads', f)).length);
	});

	it('holds every template, in the language where it is translated', () => {
		const zip = pack();
		expect(
			Object.keys(zip)
				.filter((n) => n.startsWith('templates/'))
				.sort(),
		).toEqual(englishTemplates.map((f) => `templates/${f}`).sort());
		for (const f of englishTemplates) {
			const own = join(dist, locale === 'root' ? '' : locale, 'templates', f);
			const expected = readFileSync(existsSync(own) ? own : join(dist, 'templates', f), 'utf8');
			expect(strFromU8(zip[`templates/${f}`]!), `${file}: templates/${f}`).toBe(expected);
		}
	});

	it('holds the glossary as Markdown, one entry per term, linked to the site', () => {
		const glossary = strFromU8(pack()['glossary.md']!);
		expect(glossary.match(/^## /gm)).toHaveLength(terms.length);
		expect(glossary).toMatch(/^# \S/);
		const prefix = locale === 'root' ? '' : `${locale}/`;
		for (const t of terms) expect(glossary, t.id).toContain(`<https://kc.example.org/${prefix}reference/glossary/#${t.id}>`);
		if (lang === 'ar') expect(scriptShare(glossary, /\p{Script=Arabic}/u)).toBeGreaterThan(0.5);
		if (lang === 'zh-CN') expect(scriptShare(glossary, /\p{Script=Han}/u)).toBeGreaterThan(0.3);
	});

	it('has a README in the language that lists what the pack holds and where the latest edition is', () => {
		const zip = pack();
		const readme = strFromU8(zip['README.md']!);
		for (const name of Object.keys(zip).filter((n) => n.startsWith('guides/')))
			expect(readme, name).toContain(name.slice('guides/'.length));
		expect(readme).toContain(`<https://kc.example.org/${locale === 'root' ? '' : `${locale}/`}>`);
		const strings = JSON.parse(readFileSync(join(projectRoot, `content/i18n/${lang}.json`), 'utf8')) as Record<string, string>;
		expect(readme).toContain(strings['offline.readmeGlossary']);
		expect(readme).toContain(strings['print.licence']);
	});

	it('is listed on the downloads pages with its size in the page’s language', () => {
		for (const prefix of ['', 'ar/']) {
			const page = readFileSync(join(dist, prefix, 'downloads/index.html'), 'utf8');
			const pageLang = /<html[^>]* lang="([^"]+)"/.exec(page)![1]!;
			expect(page).toContain(`href="/${file}" type="application/zip" hreflang="${lang}"`);
			const meta = new RegExp(`<span[^>]*data-file-meta="${file}"[^>]*data-lang="([^"]+)"[^>]*>\\(([^)]+)\\)</span>`).exec(page);
			expect(meta?.[1]).toBe(pageLang);
			expect(meta?.[2]).toMatch(/\d/);
		}
	});
});
