import { describe, expect, it } from 'vitest';
import { splitLocale, translatedLocales } from '../../src/lib/locales';
import { docFiles } from '../helpers/content';

const files = docFiles();
const english = new Set(files.filter((f) => splitLocale(f.id).locale === 'root').map((f) => f.id));

describe('translations', () => {
	it('every translated page has an English twin with the same slug', () => {
		const orphans = files
			.filter((f) => splitLocale(f.id).locale !== 'root' && !english.has(splitLocale(f.id).slug || 'index'))
			.map((f) => `content/docs/${f.path}: no English page with the slug "${splitLocale(f.id).slug || 'index'}"`);
		expect(orphans).toEqual([]);
	});

	it.each(translatedLocales)('%s has its own home and About pages', (locale) => {
		const ids = new Set(files.map((f) => f.id));
		expect(ids.has(locale)).toBe(true);
		expect(ids.has(`${locale}/about`)).toBe(true);
	});
});
