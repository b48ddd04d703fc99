/**
 * `npm run check-sources [-- --report FILE]`: checks that every source the site cites still
 * answers — the `sources` and key facts of every page, the sources of every event and the official
 * text of every licence — and lists the dead ones with the pages that cite them. Needs the
 * internet; without it, it says so and checks nothing (exit code 3). The weekly workflow
 * (.github/workflows/check-sources.yml) runs it and keeps one issue up to date with the report.
 *
 * Exit codes: 0 all sources answer; 1 some are dead; 3 no network.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { contentFiles } from '../src/lib/content-files';

const root = process.cwd();
const { values } = parseArgs({ options: { report: { type: 'string' }, concurrency: { type: 'string', default: '8' } } });

/** Every cited address, with the files that cite it. */
function citedSources(): Map<string, Set<string>> {
	const cited = new Map<string, Set<string>>();
	const add = (url: unknown, file: string) => {
		if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return;
		cited.set(url, (cited.get(url) ?? new Set()).add(file));
	};
	for (const f of contentFiles(root)) {
		for (const s of (f.frontmatter['sources'] as { url?: string }[] | undefined) ?? []) add(s.url, f.repoPath);
		for (const k of (f.frontmatter['key_facts'] as { source?: string }[] | undefined) ?? []) add(k.source, f.repoPath);
	}
	for (const file of readdirSync(join(root, 'content/events')).filter((f) => f.endsWith('.yaml'))) {
		const event = parse(readFileSync(join(root, 'content/events', file), 'utf8')) as { sources?: { url: string }[] };
		for (const s of event.sources ?? []) add(s.url, `content/events/${file}`);
	}
	for (const file of readdirSync(join(root, 'content/licences')).filter((f) => f.endsWith('.yaml'))) {
		const licences = parse(readFileSync(join(root, 'content/licences', file), 'utf8')) as { text_url?: string }[];
		for (const l of licences) add(l.text_url, `content/licences/${file}`);
	}
	return cited;
}

type Outcome = { url: string; status: 'ok' | 'dead' | 'unsure'; detail: string };

const agent = 'Mozilla/5.0 (compatible; UniteOpenSourceKnowledgeCentre-source-check/1.0)';

/** One address: HEAD first, GET when a server refuses HEAD; one retry on network errors. */
async function check(url: string): Promise<Outcome> {
	let lastError = '';
	for (let attempt = 0; attempt < 2; attempt++) {
		for (const method of ['HEAD', 'GET'] as const) {
			try {
				const res = await fetch(url, { method, redirect: 'follow', headers: { 'user-agent': agent }, signal: AbortSignal.timeout(20_000) });
				await res.body?.cancel();
				if (res.ok) return { url, status: 'ok', detail: String(res.status) };
				if (method === 'HEAD' && [403, 404, 405, 501].includes(res.status)) continue;
				if (res.status === 404 || res.status === 410) return { url, status: 'dead', detail: `HTTP ${res.status}` };
				// 401, 403, 429 and 5xx often mean "not for robots" or "try later", not "gone".
				return { url, status: 'unsure', detail: `HTTP ${res.status}` };
			} catch (error) {
				lastError = String((error as Error).cause ?? (error as Error).message);
			}
		}
	}
	return { url, status: /ENOTFOUND|ECONNREFUSED|certificate/i.test(lastError) ? 'dead' : 'unsure', detail: lastError.split('\n')[0]! };
}

/** Whether the internet can be reached at all, so that a missing network is not reported as dead links. */
async function online(): Promise<boolean> {
	for (const probe of ['https://www.un.org/', 'https://github.com/']) {
		try {
			await fetch(probe, { method: 'HEAD', signal: AbortSignal.timeout(10_000) });
			return true;
		} catch {
			// try the next one
		}
	}
	return false;
}

const cited = citedSources();
const pagesCiting = new Set([...cited.values()].flatMap((s) => [...s]));
if (!(await online())) {
	console.error(`No network: cannot check the ${cited.size} source addresses cited by ${pagesCiting.size} files.`);
	console.error('Run `npm run check-sources` where the internet is reachable; the weekly GitHub workflow does.');
	process.exit(3);
}

const urls = [...cited.keys()].sort();
const outcomes: Outcome[] = [];
let next = 0;
await Promise.all(
	Array.from({ length: Number(values.concurrency) }, async () => {
		while (next < urls.length) outcomes.push(await check(urls[next++]!));
	}),
);
const dead = outcomes.filter((o) => o.status === 'dead').sort((a, b) => a.url.localeCompare(b.url));
const unsure = outcomes.filter((o) => o.status === 'unsure').sort((a, b) => a.url.localeCompare(b.url));
const rows = (list: Outcome[]) => list.map((o) => `| ${o.url} | ${o.detail} | ${[...cited.get(o.url)!].sort().join('<br>')} |`).join('\n');
const report = [
	`Checked ${urls.length} source addresses cited by ${pagesCiting.size} files on ${new Date().toISOString().slice(0, 10)}.`,
	'',
	dead.length ? `## ${dead.length} dead\n\n| Address | Answer | Cited by |\n|---|---|---|\n${rows(dead)}` : 'No dead sources.',
	'',
	unsure.length
		? `## ${unsure.length} to check by hand\n\nThese refused the checker or failed for now (often a site that blocks robots); open them in a browser.\n\n| Address | Answer | Cited by |\n|---|---|---|\n${rows(unsure)}`
		: '',
].join('\n');
console.log(report);
if (values.report) writeFileSync(values.report, `${report}\n`);
process.exit(dead.length ? 1 : 0);
