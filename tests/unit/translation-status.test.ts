import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../../src/lib/content-files';
import { orphanTranslations, translationStatus } from '../../src/translations/status';

/** A throw-away git repository with content/docs files committed at given dates. */
function repo(): { root: string; commit: (files: Record<string, string>, date: string) => void } {
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
		},
	};
}

describe('translation status from git history', () => {
	it('marks a translation outdated when its English page changed after it, and lists missing ones', () => {
		const r = repo();
		r.commit({ 'about.mdx': 'v1', 'fr/about.mdx': 'v1 fr', 'guide/page.mdx': 'p', 'ar/guide/page.mdx': 'p ar' }, '2026-01-01T10:00:00Z');
		r.commit({ 'about.mdx': 'v2' }, '2026-03-01T10:00:00Z');
		const status = translationStatus(r.root);
		const about = status.find((p) => p.slug === 'about')!;
		expect(about.englishChanged?.toISOString()).toBe('2026-03-01T10:00:00.000Z');
		expect(about.languages['fr']!.state).toBe('outdated');
		expect(about.languages['es']!.state).toBe('missing');
		const page = status.find((p) => p.slug === 'guide/page')!;
		expect(page.languages['ar']!.state).toBe('current');
	});

	it('finds translations that have no English page', () => {
		const r = repo();
		r.commit({ 'about.mdx': 'x', 'fr/about.mdx': 'x', 'fr/only-in-french.mdx': 'y' }, '2026-01-01T10:00:00Z');
		expect(orphanTranslations(contentFiles(r.root)).map((f) => f.path)).toEqual(['fr/only-in-french.mdx']);
	});
});
