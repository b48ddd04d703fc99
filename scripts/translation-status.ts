/**
 * `npm run translations`: which pages exist in which language, which translations follow an
 * older English text, and how much of each language is translated (pages and words). The same
 * data as the site's translation status page.
 *
 *   npm run translations                                  the table and the outdated list
 *   npm run translations -- --current <file> [<file>…]    record that these translations (pages
 *                                                         or templates) follow their English
 *                                                         original's latest commit
 *   npm run translations -- --terms                       glossary terms a translation may not
 *                                                         render as the termbase does
 *   npm run translations -- --check                       the parity check (part of npm run check):
 *                                                         fails on facts a translation does not keep
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFiles, readContentFile } from '../src/lib/content-files';
import { allTermbaseWarnings } from '../src/translations/termbase-check';
import { exceptionsFile, parityReport, readExceptions } from '../src/translations/parity';
import { fileHistory } from '../src/lib/git-dates';
import { translatedLocales } from '../src/lib/locales';
import { coverage, translationStatus } from '../src/translations/status';
import { templateParityReport, templateStatus, templatesFolder, withRecordedCommit } from '../src/templates/translations';

const root = process.cwd();
const args = process.argv.slice(2);

if (args[0] === '--current') {
	const files = args.slice(1);
	if (files.length === 0) {
		console.error('Name the translations to mark current, e.g. npm run translations -- --current content/docs/fr/about.mdx');
		process.exit(2);
	}
	for (const file of files) {
		if (file.startsWith(`${templatesFolder}/`)) {
			markTemplateCurrent(file);
			continue;
		}
		const path = file.replace(/^content\/docs\//, '');
		const translation = readContentFile(root, path);
		if (translation.locale === 'root') throw new Error(`${file} is an English page, not a translation.`);
		const english = `content/docs/${path.slice(path.indexOf('/') + 1)}`;
		const commit = fileHistory(english, root).commit;
		if (!commit) throw new Error(`${english} has no commit yet: commit the English page first.`);
		const text = readFileSync(join(root, 'content/docs', path), 'utf8');
		const hash = commit.slice(0, 12);
		const next = /^translated_from:.*$/m.test(text)
			? text.replace(/^translated_from:.*$/m, `translated_from: ${hash}`)
			: text.replace(/^---\n/, `---\ntranslated_from: ${hash}\n`);
		writeFileSync(join(root, 'content/docs', path), next);
		console.log(`${file}: follows ${english} at ${hash}`);
	}
	process.exit(0);
}

/** Record in a translated template's first comment the latest commit of its English original. */
function markTemplateCurrent(file: string) {
	const english = `${templatesFolder}/${file.split('/').pop()}`;
	const commit = fileHistory(english, root).commit;
	if (!commit) throw new Error(`${english} has no commit yet: commit the English template first.`);
	const text = readFileSync(join(root, file), 'utf8');
	const next = withRecordedCommit(text, commit.slice(0, 12));
	if (next === text && !text.includes(`translated_from: ${commit.slice(0, 12)}`)) {
		throw new Error(`${file} does not start with the template's comment (<!-- … -->), so there is nowhere to record translated_from.`);
	}
	writeFileSync(join(root, file), next);
	console.log(`${file}: follows ${english} at ${commit.slice(0, 12)}`);
}

if (args[0] === '--check') {
	const exceptions = readExceptions(root);
	const report = [...parityReport(contentFiles(root), exceptions), ...templateParityReport(root, exceptions)];
	for (const r of report) for (const d of r.differences) console.error(`${r.file}: ${d.message}`);
	if (report.length) {
		console.error(
			`\n${report.length} translation(s) differ from their English original. Fix them, or explain a deliberate difference in ${exceptionsFile}.`,
		);
		process.exit(1);
	}
	console.log('Every translation keeps the facts of its English original.');
	process.exit(0);
}

if (args[0] === '--terms') {
	const warnings = allTermbaseWarnings(contentFiles(root), root);
	for (const w of warnings) console.log(`${w.file}: "${w.english}" — the termbase has "${w.expected}"`);
	console.log(`\n${warnings.length} term(s) to check in ${new Set(warnings.map((w) => w.file)).size} page(s).`);
	process.exit(0);
}

const pages = translationStatus(root);
const templates = templateStatus(root);
const rows = [
	...pages.map((p) => ({ name: p.slug, where: `content/docs/${p.slug}`, changed: p.englishChanged, languages: p.languages })),
	...templates.map((t) => ({
		name: `templates/${t.file}`,
		where: `${templatesFolder}/${t.file}`,
		changed: t.englishChanged,
		languages: t.languages,
	})),
];
const mark = { current: '✓', outdated: '!', missing: '·' } as const;
const width = Math.max(...rows.map((r) => r.name.length), 4);

console.log(`${'page'.padEnd(width)}  ${translatedLocales.map((l) => l.padEnd(5)).join(' ')}`);
for (const r of rows) {
	console.log(`${r.name.padEnd(width)}  ${translatedLocales.map((l) => mark[r.languages[l]!.state].padEnd(5)).join(' ')}`);
}
console.log(`\n✓ follows the English original's latest text   ! the English changed since   · not translated\n`);
const pct = (x: number) => `${Math.round(x * 100)}%`;
for (const l of translatedLocales) {
	const c = coverage(pages, l);
	const t = templates.filter((x) => x.languages[l]!.state === 'current').length;
	console.log(
		`${l.padEnd(5)} ${c.current}/${pages.length} pages up to date (${pct(c.pages)} of pages, ${pct(c.words)} of words), ${c.outdated} outdated; ${t}/${templates.length} templates up to date`,
	);
}
const outdated = rows.flatMap((r) =>
	translatedLocales
		.filter((l) => r.languages[l]!.state === 'outdated')
		.map(
			(l) =>
				`  ${l}/${r.name}: follows ${r.languages[l]!.translatedFrom ?? '(not recorded)'}, English changed ${r.changed?.toISOString().slice(0, 10)}`,
		),
);
if (outdated.length)
	console.log(`\nOutdated translations (see what changed: git diff <commit> -- <English file>):\n${outdated.join('\n')}`);
