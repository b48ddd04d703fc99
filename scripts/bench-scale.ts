/**
 * The cost of growth: `npm run bench -- --scale N` builds a synthetic site with N more pages per
 * language — copies of the real chapters, spread over the guides, in every language — and prints
 * the build's wall time, its peak memory (the build and the browser that prints, together) and
 * the PDF step's time. The site is made in tests/.tmp/scale-N from the project's own files.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentFiles } from '../src/lib/content-files';
import { guides } from '../src/lib/guides';
import { translatedLocales } from '../src/lib/locales';

const root = join(import.meta.dirname, '..');

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(pid: number): number {
	const children = new Map<number, number[]>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const ppid = Number(/^\d+ \(.*\) \S (\d+)/.exec(readFileSync(`/proc/${entry}/stat`, 'utf8'))?.[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
		} catch {
			// the process ended while we looked
		}
	}
	let total = 0;
	const visit = (p: number) => {
		try {
			total += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0) * 1024;
		} catch {
			// gone
		}
		for (const c of children.get(p) ?? []) visit(c);
	};
	visit(pid);
	return total;
}

/** A copy of the project with `perLanguage` synthetic chapters in every language. */
function makeSite(perLanguage: number): string {
	const site = join(root, `tests/.tmp/scale-${perLanguage}`);
	rmSync(site, { recursive: true, force: true });
	mkdirSync(site, { recursive: true });
	for (const entry of ['astro.config.mjs', 'content.config.ts', 'tsconfig.json', 'package.json', 'src', 'public', 'content']) {
		cpSync(join(root, entry), join(site, entry), { recursive: true });
	}
	const head = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
	const chapters = contentFiles(root).filter(
		(f) => f.locale === 'root' && f.slug.split('/').length === 2 && guides.some((g) => f.slug.startsWith(`${g.slug}/`)),
	);
	for (let i = 0; i < perLanguage; i++) {
		const source = chapters[i % chapters.length]!;
		const guide = source.slug.split('/')[0]!;
		// Ordered after the real chapters; no slug field, so the file path is the address.
		const text = readFileSync(join(root, source.repoPath), 'utf8')
			.replace(/^title: (.*)$/m, (_, title: string) => `title: ${JSON.stringify(`${String(parse(`t: ${title}`).t)} (copy ${i + 1})`)}`)
			.replace(/^ {2}order: \d+$/m, `  order: ${1000 + i}`);
		for (const prefix of ['', ...translatedLocales.map((l) => `${l}/`)]) {
			const file = join(site, 'content/docs', `${prefix}${guide}/copy-${i + 1}.mdx`);
			mkdirSync(join(file, '..'), { recursive: true });
			// The site sits inside this checkout, so the content checks see its history: a copy in
			// another language records a commit, as every translation must.
			writeFileSync(file, prefix ? text.replace(/^---\n/, `---\ntranslated_from: ${head}\n`) : text);
		}
	}
	return site;
}

export async function scaleBench(perLanguage: number): Promise<void> {
	const site = makeSite(perLanguage);
	const outDir = join(site, 'dist');
	console.log(`\nScale: ${perLanguage} synthetic pages per language (${perLanguage * (translatedLocales.length + 1)} in all), building…`);
	const started = performance.now();
	const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		cwd: site,
		env: { ...process.env, SITE_URL: 'https://kc.example.org', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
	});
	let output = '';
	child.stdout.on('data', (d: Buffer) => (output += d.toString()));
	child.stderr.on('data', (d: Buffer) => (output += d.toString()));
	let peak = 0;
	const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	clearInterval(sampler);
	const seconds = (performance.now() - started) / 1000;
	if (code !== 0) throw new Error(`The scale build failed:\n${output.slice(-4000)}`);
	const pages = readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
	const pdf = /Printed (\d+) PDFs in ([\d.]+) s/.exec(output);
	const manifest = join(outDir, 'downloads/manifest.json');
	const biggest = existsSync(manifest)
		? Math.max(...(JSON.parse(readFileSync(manifest, 'utf8')) as { pages: number }[]).map((m) => m.pages))
		: 0;
	console.log(
		`Scale ${perLanguage}: ${pages} HTML pages; build ${seconds.toFixed(1)} s wall; peak memory ${(peak / 2 ** 30).toFixed(2)} GiB (build and browser together); ` +
			`PDF step ${pdf ? `${pdf[2]} s for ${pdf[1]} PDFs, the longest ${biggest} pages` : 'not run'}`,
	);
	rmSync(site, { recursive: true, force: true });
}
