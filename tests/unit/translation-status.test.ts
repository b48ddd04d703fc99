import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../../src/lib/content-files';
import { clearGitDates } from '../../src/lib/git-dates';
import { coverage, orphanTranslations, translationStatus } from '../../src/translations/status';
import {
	recordedCommit,
	templateParityReport,
	templateProblems,
	templateStatus,
	withRecordedCommit,
} from '../../src/templates/translations';

/** A throw-away git repository with files of `folder` (content/docs unless named) committed at given dates. */
function repo(folder = 'content/docs'): { root: string; commit: (files: Record<string, string>, date: string) => string } {
	const root = mkdtempSync(join(tmpdir(), 'translations-'));
	execFileSync('git', ['init', '-q'], { cwd: root });
	return {
		root,
		commit(files, date) {
			for (const [path, text] of Object.entries(files)) {
				mkdirSync(join(root, folder, path, '..'), { recursive: true });
				writeFileSync(join(root, folder, path), text);
			}
			execFileSync('git', ['add', '-A'], { cwd: root });
			execFileSync('git', ['commit', '-q', '-m', 'change', '--date', date], {
				cwd: root,
				env: {
					...process.env,
					GIT_COMMITTER_DATE: date,
					GIT_AUTHOR_NAME: 't',
					GIT_AUTHOR_EMAIL: 't@example.org',
					GIT_COMMITTER_NAME: 't',
					GIT_COMMITTER_EMAIL: 't@example.org',
				},
			});
			return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
		},
	};
}

describe('translation status from git history', () => {
	it('marks a translation outdated only when its English page changed after the commit it follows', () => {
		const r = repo();
		const v1 = r.commit({ 'about.mdx': 'v1', 'guide/page.mdx': 'p', 'guide/other.mdx': 'o' }, '2026-01-01T10:00:00Z');
		const fm = (hash: string, text: string) => `---\ntranslated_from: ${hash.slice(0, 12)}\n---\n${text}`;
		r.commit({ 'fr/about.mdx': fm(v1, 'v1 fr'), 'ar/guide/page.mdx': fm(v1, 'p ar') }, '2026-01-05T10:00:00Z');
		// Editing a translation, or another English page, does not make a translation outdated.
		r.commit({ 'ar/guide/page.mdx': fm(v1, 'p ar, style corrected'), 'guide/other.mdx': 'o2' }, '2026-02-01T10:00:00Z');
		r.commit({ 'about.mdx': 'v2' }, '2026-03-01T10:00:00Z');
		clearGitDates();
		const status = translationStatus(r.root);
		const about = status.find((p) => p.slug === 'about')!;
		expect(about.englishChanged?.toISOString()).toBe('2026-03-01T10:00:00.000Z');
		expect(about.languages['fr']).toMatchObject({ state: 'outdated', translatedFrom: v1.slice(0, 12) });
		expect(about.languages['es']!.state).toBe('missing');
		expect(status.find((p) => p.slug === 'guide/page')!.languages['ar']!.state).toBe('current');
	});

	it('keeps a translation current when the English page changed only in fields each language writes for itself', () => {
		const page = (aliases: string, text: string) =>
			`---\ntitle: Page\nsearch_aliases: [${aliases}]\nlast_reviewed: 2026-02-01\n---\n${text}`;
		const stateAfter = (next: string) => {
			const r = repo();
			const v1 = r.commit({ 'page.mdx': page('a', 'text').replace('2026-02-01', '2026-01-01') }, '2026-01-01T10:00:00Z');
			r.commit({ 'fr/page.mdx': `---\ntranslated_from: ${v1.slice(0, 12)}\n---\ntexte` }, '2026-01-02T10:00:00Z');
			r.commit({ 'page.mdx': next }, '2026-02-01T10:00:00Z');
			clearGitDates();
			return translationStatus(r.root).find((p) => p.slug === 'page')!.languages['fr']!.state;
		};
		expect(stateAfter(page('a, how do I b', 'text'))).toBe('current');
		expect(stateAfter(page('a, how do I b', 'text, with a new sentence'))).toBe('outdated');
	});

	it('counts a translation that records no English commit as outdated, and reports coverage by pages and words', () => {
		const r = repo();
		r.commit({ 'a.mdx': 'one two three', 'b.mdx': 'one' }, '2026-01-01T10:00:00Z');
		r.commit({ 'fr/a.mdx': 'un deux trois' }, '2026-01-02T10:00:00Z');
		clearGitDates();
		const status = translationStatus(r.root);
		expect(status.find((p) => p.slug === 'a')!.languages['fr']!.state).toBe('outdated');
		const marked = repo();
		const c = marked.commit({ 'a.mdx': 'one two three', 'b.mdx': 'one' }, '2026-01-01T10:00:00Z');
		marked.commit({ 'fr/a.mdx': `---\ntranslated_from: ${c}\n---\nun deux trois` }, '2026-01-02T10:00:00Z');
		clearGitDates();
		expect(coverage(translationStatus(marked.root), 'fr')).toEqual({ pages: 0.5, words: 0.75, current: 1, outdated: 0 });
	});

	it('finds translations that have no English page', () => {
		const r = repo();
		r.commit({ 'about.mdx': 'x', 'fr/about.mdx': 'x', 'fr/only-in-french.mdx': 'y' }, '2026-01-01T10:00:00Z');
		expect(orphanTranslations(contentFiles(r.root)).map((f) => f.path)).toEqual(['fr/only-in-french.mdx']);
	});
});

describe('translated templates', () => {
	const template = (hash: string | undefined, body: string) =>
		`<!--\n  SPDX-License-Identifier: CC0-1.0\n${hash ? `  translated_from: ${hash.slice(0, 12)}\n` : ''}  Note.\n-->\n\n# Title\n\n${body}\n`;

	it('records the English commit in the first comment, after the SPDX line, and reads it back with its line', () => {
		const text = withRecordedCommit(template(undefined, 'x'), 'abcdef123456');
		expect(text.split('\n').slice(0, 3)).toEqual(['<!--', '  SPDX-License-Identifier: CC0-1.0', '  translated_from: abcdef123456']);
		expect(recordedCommit(text)).toEqual({ hash: 'abcdef123456', line: 3 });
		expect(recordedCommit(withRecordedCommit(text, '0123456789ab'))?.hash).toBe('0123456789ab');
		// Only the first comment counts: a later one is the template's own text.
		expect(recordedCommit('# Title\n\n<!-- translated_from: abcdef123456 -->')).toBeUndefined();
	});

	it('is outdated only when its English original changed after the commit it records', () => {
		const r = repo('content/templates');
		const v1 = r.commit(
			{ 'SECURITY.md': template(undefined, 'Report in 90 days.'), 'OTHER.md': template(undefined, 'o') },
			'2026-01-01T10:00:00Z',
		);
		r.commit({ 'fr/SECURITY.md': template(v1, 'Signalez sous 90 jours.'), 'ar/OTHER.md': template(v1, 'ع') }, '2026-01-02T10:00:00Z');
		r.commit({ 'SECURITY.md': template(undefined, 'Report in 30 days.') }, '2026-02-01T10:00:00Z');
		clearGitDates();
		const status = templateStatus(r.root);
		expect(status.map((s) => s.file)).toEqual(['OTHER.md', 'SECURITY.md']);
		expect(status[1]!.languages['fr']).toMatchObject({ state: 'outdated', translatedFrom: v1.slice(0, 12) });
		expect(status[1]!.languages['es']!.state).toBe('missing');
		expect(status[0]!.languages['ar']!.state).toBe('current');
		// The parity check compares it with its original: the period changed in English only.
		expect(templateParityReport(r.root, []).map((x) => [x.file, x.differences.map((d) => d.message)])).toEqual([
			['content/templates/fr/SECURITY.md', ['numbers: missing 30; not in the English page 90']],
		]);
		expect(templateParityReport(r.root, [{ page: 'templates/fr/SECURITY.md', check: 'numbers', reason: 'test' }])).toEqual([]);
	});

	it('lets a translation write the placeholders inside code in its language, but not change the code around them', () => {
		const code = (line: string) => `\`\`\`sh\n${line}\n\`\`\``;
		const r = repo('content/templates');
		const v1 = r.commit(
			{ 'CONTRIBUTING.md': template(undefined, code('git clone https://[forge]/[repo].git && [test command]')) },
			'2026-01-01T10:00:00Z',
		);
		r.commit(
			{
				'es/CONTRIBUTING.md': template(v1, code('git clone https://[plataforma]/[repositorio].git && [comando de pruebas]')),
				'fr/CONTRIBUTING.md': template(v1, code('git clone https://[forge]/[dépôt].git ; [commande de test]')),
			},
			'2026-01-02T10:00:00Z',
		);
		clearGitDates();
		expect(templateParityReport(r.root, []).map((x) => [x.file, x.differences.map((d) => d.check)])).toEqual([
			['content/templates/fr/CONTRIBUTING.md', ['code']],
		]);
	});

	it('names the file and what to fix when a translation has no original, no recorded commit or an unknown language folder', () => {
		const r = repo('content/templates');
		const v1 = r.commit({ 'SECURITY.md': template(undefined, 'x') }, '2026-01-01T10:00:00Z');
		r.commit(
			{
				'fr/SECURITY.md': template(undefined, 'x'),
				'es/SECURITY.md': template('0000000deadbeef', 'x'),
				'ru/README.md': template(v1, 'x'),
				'de/SECURITY.md': template(v1, 'x'),
			},
			'2026-01-02T10:00:00Z',
		);
		clearGitDates();
		const problems = templateProblems(r.root).map((p) => `${p.file}${p.line ? `:${p.line}` : ''} ${p.message}`);
		expect(problems).toEqual([
			'content/templates/de/ "de" is not a language of the site.',
			'content/templates/fr/SECURITY.md:1 The translated template does not say which English text it follows.',
			'content/templates/es/SECURITY.md:3 translated_from "0000000deadb" is not a commit of this repository.',
			'content/templates/ru/README.md There is no English template content/templates/README.md for this translation.',
		]);
	});
});
