/**
 * `npm run translations`: which pages exist in which language, and which translations are older
 * than their English page (from git history). The same data as the site's translation status page.
 */
import { translatedLocales } from '../src/lib/locales';
import { translationStatus } from '../src/translations/status';

const pages = translationStatus();
const mark = { current: '✓', outdated: '!', missing: '·' } as const;
const width = Math.max(...pages.map((p) => p.slug.length), 4);

console.log(`${'page'.padEnd(width)}  ${translatedLocales.map((l) => l.padEnd(5)).join(' ')}`);
for (const p of pages) {
	console.log(`${p.slug.padEnd(width)}  ${translatedLocales.map((l) => mark[p.languages[l]!.state].padEnd(5)).join(' ')}`);
}
console.log(`\n✓ up to date   ! English page changed after the translation   · not translated\n`);
for (const l of translatedLocales) {
	const states = pages.map((p) => p.languages[l]!.state);
	console.log(
		`${l.padEnd(5)} ${states.filter((s) => s === 'current').length}/${pages.length} up to date, ${states.filter((s) => s === 'outdated').length} outdated`,
	);
}
const outdated = pages.flatMap((p) =>
	translatedLocales
		.filter((l) => p.languages[l]!.state === 'outdated')
		.map(
			(l) =>
				`  ${l}/${p.slug}: English changed ${p.englishChanged?.toISOString().slice(0, 10)}, translation ${p.languages[l]!.changed?.toISOString().slice(0, 10)}`,
		),
);
if (outdated.length) console.log(`\nOutdated translations:\n${outdated.join('\n')}`);
