import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listedPages } from '../../src/lib/guides';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const tmpRoot = join(projectRoot, 'tests/.tmp');
const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

/**
 * The environment for a build started from a test: the test runner's, without what Vite and
 * Vitest put into it (BASE_URL, SITE, MODE, NODE_ENV…). A build inherits its parent's variables,
 * and an inherited BASE_URL=/ overrode the base path of a build under /kc.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env };
	for (const key of Object.keys(env)) {
		if (
			/^(VITEST|VITE_)/.test(key) ||
			['BASE_URL', 'SITE', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX', 'NODE_ENV', 'TEST'].includes(key)
		)
			delete env[key];
	}
	return { ...env, ...extra, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' };
}

export interface BuildResult {
	ok: boolean;
	output: string;
	outDir: string;
}

/**
 * Run a real `astro build` of `root` into `outDir`, with extra environment variables, on the Node
 * that runs the tests (Node 24 from the `node` devDependency under npm scripts). Builds run side
 * by side: fixture sites (each has its own cache) and the two real-site builds. `priority` is a
 * nice value (19, the lowest) for a build that should use only what the others leave of the
 * processor.
 */
export function astroBuildAsync(
	root: string,
	outDir: string,
	env: Record<string, string> = {},
	{ priority }: { priority?: number | undefined } = {},
): Promise<BuildResult> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [astroBin, 'build', '--outDir', outDir], {
			cwd: root,
			env: buildEnv(env),
		});
		if (priority !== undefined && child.pid !== undefined) setPriority(child.pid, priority);
		let output = '';
		child.stdout.on('data', (d: Buffer) => (output += d.toString()));
		child.stderr.on('data', (d: Buffer) => (output += d.toString()));
		child.on('close', (code) => resolve({ ok: code === 0, output, outDir }));
	});
}

/**
 * A throw-away site inside tests/.tmp that shares the project's configuration, code and
 * node_modules (found by walking up the tree) but has only the pages given; `files` replaces or
 * adds other files by their path from the project root.
 */
export function makeFixtureSite(name: string, docs: Record<string, string>, files: Record<string, string> = {}): string {
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
	// A sidebar that names its pages one by one (the About topic's) needs them in every build.
	const aboutStubs = Object.fromEntries(
		listedPages.map((slug) => [
			`${slug}.mdx`,
			`---\ntitle: ${slug}\ndescription: A page of the About topic.\nsummary: A page that the fixture needs because the sidebar names it.\naudience: [reader]\nlast_reviewed: 2026-11-22\n---\n\nText.\n`,
		]),
	);
	for (const [path, text] of [
		...Object.entries({ ...aboutStubs, ...docs }).map(([p, t]) => [`content/docs/${p}`, t] as const),
		// Other files (data, interface strings) replace the project's copies.
		...Object.entries(files),
	]) {
		const file = join(root, path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
	}
	return root;
}
