import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langs } from '../../src/lib/locales';
import { ourStringKeys, pagefindStringKeys, starlightOverrideKeys } from '../../src/lib/ui-strings';
import { projectRoot } from '../helpers/astro-build';

const load = (lang: string) =>
	JSON.parse(readFileSync(join(projectRoot, 'content/i18n', `${lang}.json`), 'utf8')) as Record<string, string>;
const english = load('en');

describe.each(langs)('interface strings in %s', (lang) => {
	const strings = load(lang);

	it('define every key of ours and of Pagefind, with no extra keys', () => {
		expect(Object.keys(strings).sort()).toEqual([...ourStringKeys, ...pagefindStringKeys, ...starlightOverrideKeys].sort());
	});

	it('keep Pagefind placeholders', () => {
		for (const key of pagefindStringKeys) {
			const placeholders = (english[key]!.match(/\[[A-Z_]+\]/g) ?? []).sort();
			expect((strings[key]!.match(/\[[A-Z_]+\]/g) ?? []).sort(), `${lang} ${key}`).toEqual(placeholders);
		}
	});

	it.runIf(lang !== 'en')('are translated, not copied from English', () => {
		const same = ourStringKeys.filter((k) => strings[k] === english[k]);
		// A few words are the same in some languages (French "Sources", "Licence"); most must differ.
		expect(same.length, `identical to English: ${same.join(', ')}`).toBeLessThan(ourStringKeys.length / 6);
	});
});
