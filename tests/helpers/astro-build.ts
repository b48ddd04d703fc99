import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aboutPages } from '../../src/lib/guides';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const tmpRoot = join(projectRoot, 'tests/.tmp');
const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
	ok: boolean;
	output: string;
	outDir: string;
}

/**
 * Run a real `astro build` of `root` into `outDir`, with extra environment variables.
 * Uses the Node that runs the tests (Node 24 from the `node` devDependency under npm scripts).
 */
export function astroBuild(root: string, outDir: string, env: Record<string, string> = {}): BuildResult {
	const result = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir], {
		cwd: root,
		env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/**
 * A throw-away site inside tests/.tmp that shares the project's configuration, code and
 * node_modules (found by walking up the tree) but has only the content files given.
 */
export function makeFixtureSite(name: string, docs: Record<string, string>): string {
	const root = join(tmpRoot, 'fixtures', name);
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	for (const entry of [
		'astro.config.mjs',
		'content.config.ts',
		'tsconfig.json',
		'package.json',
		'src',
		'public',
		'content/i18n',
		'content/glossary',
		'content/licences',
		'content/search',
		'content/templates',
		'content/events',
	]) {
		cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
	}
	// The About topic names its pages explicitly in the sidebar, so they must exist in every build.
	const aboutStubs = Object.fromEntries(
		aboutPages.map((slug) => [
			`${slug}.mdx`,
			`---\ntitle: ${slug}\ndescription: A page of the About topic.\nsummary: A page that the fixture needs because the sidebar names it.\naudience: [reader]\nlast_reviewed: 2026-11-22\n---\n\nText.\n`,
		]),
	);
	for (const [path, text] of Object.entries({ ...aboutStubs, ...docs })) {
		const file = join(root, 'content/docs', path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
	}
	return root;
}
