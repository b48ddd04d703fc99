import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../../src/lib/content-files';
import { clearGitDates } from '../../src/lib/git-dates';
import { coverage, orphanTranslations, translationStatus } from '../../src/translations/status';

/** A throw-away git repository with content/docs files committed at given dates. */
function repo(): { root: string; commit: (files: Record<string, string>, date: string) => string } {
	const root = mkdtempSync(join(tmpdir(), 'translations-'));
	execFileSync('git', ['init', '-q'], { cwd: root });
	return {
		root,
		commit(files, date) {
			for (const [path, text] of Object.entries(files)) {
				mkdirSync(join(root, 'content/docs', path, '..'), { recursive: true });
				writeFileSync(join(root, 'content/docs', path), text);
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
