import { describe, expect, it } from 'vitest';
import { contentFiles } from '../../src/lib/content-files';
import { readGlossary, readTermbase } from '../../src/lib/glossary';
import { translatedLocales } from '../../src/lib/locales';
import { exceptionsFile, parityReport, readExceptions, checks } from '../../src/translations/parity';
import { projectRoot } from '../helpers/astro-build';

const files = contentFiles(projectRoot);
const english = new Set(files.filter((f) => f.locale === 'root').map((f) => f.slug));

describe('translations', () => {
	it('every translated page has an English twin with the same slug', () => {
		const orphans = files.filter((f) => f.locale !== 'root' && !english.has(f.slug)).map((f) => `${f.repoPath}: no English page with the slug "${f.slug}"`);
		expect(orphans).toEqual([]);
	});

	it.each(translatedLocales)('%s has its own home and About pages', (locale) => {
		const ids = new Set(files.map((f) => f.id));
		expect(ids.has(locale)).toBe(true);
		expect(ids.has(`${locale}/about`)).toBe(true);
	});

	it('every translation keeps the facts of its English page (parity), or an exception says why', () => {
		const report = parityReport(files, readExceptions(projectRoot));
		const lines = report.flatMap((r) => r.differences.map((d) => `${r.file}: ${d.message}`));
		expect(lines, `${lines.length} differences; fix the translation, or add an entry with a reason to ${exceptionsFile}`).toEqual([]);
	});

	it('every parity exception names a translation, a check and a reason', () => {
		for (const x of readExceptions(projectRoot)) {
			expect(files.some((f) => f.id === x.page && f.locale !== 'root'), `${exceptionsFile}: "${x.page}" is not a translation`).toBe(true);
			expect(checks).toContain(x.check);
			expect(x.reason.trim().length, `${exceptionsFile}: ${x.page} needs a reason`).toBeGreaterThan(10);
		}
	});
});

describe('the termbase', () => {
	const terms = readGlossary(projectRoot);

	it.each(translatedLocales)('has every glossary term in %s, and no other', (locale) => {
		const termbase = readTermbase(locale, projectRoot);
		expect(terms.filter((t) => !termbase[t.id]).map((t) => t.id), `missing from content/glossary/translations/${locale}.yaml`).toEqual([]);
		expect(Object.keys(termbase).filter((id) => !terms.some((t) => t.id === id)), `not in terms.yaml`).toEqual([]);
	});
});
