import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { eventSchema } from '../../src/events/events';
import { pageFields } from '../../src/lib/schemas';
import { projectRoot } from '../helpers/astro-build';

/** Runs `npm run new -- <args>` (scripts/new.ts) in a fresh folder standing in for the project. */
function runNew(...args: string[]) {
	const cwd = mkdtempSync(join(tmpdir(), 'new-page-'));
	const tsx = join(projectRoot, 'node_modules/tsx/dist/cli.mjs');
	const run = (...a: string[]) =>
		spawnSync(process.execPath, [tsx, join(projectRoot, 'scripts/new.ts'), ...a], {
			cwd,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe'],
		});
	return { cwd, run, result: run(...args) };
}
const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
const pageSchema = z.object({ title: z.string(), description: z.string(), ...pageFields });

describe('npm run new', () => {
	it('scaffolds a chapter whose frontmatter the schema accepts', () => {
		const { cwd, result } = runNew('chapter', 'licensing', 'test-chapter', 'A test chapter');
		expect(result.status, result.stderr).toBe(0);
		const fm = frontmatter(readFileSync(join(cwd, 'content/docs/licensing/test-chapter.mdx'), 'utf8'));
		expect(pageSchema.safeParse(fm).success).toBe(true);
		expect(fm['title']).toBe('A test chapter');
	});

	it('scaffolds an event whose data the event schema accepts, and its page', () => {
		const { cwd, result } = runNew('event', 'test-meetup-2027', 'Test meetup', '2027-03-04');
		expect(result.status, result.stderr).toBe(0);
		const data = parse(readFileSync(join(cwd, 'content/events/test-meetup-2027.yaml'), 'utf8'));
		expect(eventSchema.safeParse(data).error).toBeUndefined();
		expect(readFileSync(join(cwd, 'content/docs/events/test-meetup-2027.mdx'), 'utf8')).toContain('<EventDetails id="test-meetup-2027" />');
	});

	it('copies an English page to the path of its translation, recording the English commit it follows', () => {
		const { cwd, run } = runNew('--help');
		mkdirSync(join(cwd, 'content/docs/governance'), { recursive: true });
		writeFileSync(
			join(cwd, 'content/docs/governance/decision-making.mdx'),
			'---\ntitle: Decision making\nlast_reviewed: 2025-01-01\n---\nText.\n',
		);
		// Not committed yet: there is no English revision to follow.
		expect(run('translation', 'fr', 'governance/decision-making').stderr).toContain('commit the English page before translating it');
		const git = (...a: string[]) =>
			spawnSync('git', a, {
				cwd,
				encoding: 'utf8',
				env: {
					...process.env,
					GIT_AUTHOR_NAME: 't',
					GIT_AUTHOR_EMAIL: 't@example.org',
					GIT_COMMITTER_NAME: 't',
					GIT_COMMITTER_EMAIL: 't@example.org',
				},
			});
		git('init', '-q');
		git('add', '-A');
		git('commit', '-q', '-m', 'English page');
		const head = git('rev-parse', 'HEAD').stdout.trim();
		const r = run('translation', 'fr', 'governance/decision-making');
		expect(r.status, r.stderr).toBe(0);
		const fm = frontmatter(readFileSync(join(cwd, 'content/docs/fr/governance/decision-making.mdx'), 'utf8'));
		expect(fm).toMatchObject({ title: 'Decision making', translated_from: head.slice(0, 12) });
	});

	it('refuses bad input with a message that says what is wrong', () => {
		expect(runNew('chapter', 'cooking', 'x', 'Y').result.stderr).toContain('unknown guide "cooking"');
		expect(runNew('chapter', 'licensing', 'Not A Slug', 'Y').result.stderr).toContain('is not a valid slug');
		expect(runNew('event', 'ok-slug', 'Title', '2027-02-30x').result.stderr).toContain('is not a date');
		expect(runNew('translation', 'de', 'about').result.stderr).toContain('unknown language "de"');
	});
});
