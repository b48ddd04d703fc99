import { readFileSync, readdirSync } from 'node:fs';
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

describe('interface strings of ours', () => {
	// The code that shows them: every key is written out in it, or made from a vocabulary in a
	// template (`family.${l.family}`), so a key that appears in neither way is shown nowhere.
	const code = readdirSync(join(projectRoot, 'src'), { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && /\.(ts|astro)$/.test(e.name) && join(e.parentPath, e.name) !== join(projectRoot, 'src/lib/ui-strings.ts'))
		.map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
		.join('\n');
	const used = (key: string) =>
		[`'${key}'`, `"${key}"`, `\`${key}\``].some((q) => code.includes(q)) ||
		[...key.matchAll(/[.-]/g)].some((m) => code.includes(`\`${key.slice(0, m.index + 1)}\${`));

	it('are each shown somewhere: no string that translators keep for nothing', () => {
		expect(ourStringKeys.filter((k) => !used(k))).toEqual([]);
	});
});
