import { execFileSync } from 'node:child_process';

/**
 * When files last changed in git: one `git log` call per checkout, cached, so every feature
 * (feeds, print editions, translation status) reads the same dates without running git per page.
 * Paths are relative to the repository root, as Astro's `entry.filePath` gives them.
 */
export interface FileHistory {
	/** Latest commit date of the file, or undefined when git has no history for it. */
	date: Date | undefined;
	/** Full hash of that commit. */
	commit: string | undefined;
	/** Date of the first commit that has the file at this path (it was added or moved here then). */
	firstDate: Date | undefined;
}

interface Dated {
	date: Date;
	commit: string;
}

const cache = new Map<string, Map<string, { latest: Dated; first: Dated }>>();

function history(root: string): Map<string, { latest: Dated; first: Dated }> {
	const hit = cache.get(root);
	if (hit) return hit;
	const files = new Map<string, { latest: Dated; first: Dated }>();
	let log = '';
	try {
		log = execFileSync('git', ['log', '--format=@%H %cI', '--name-only', '--', 'content'], {
			cwd: root,
			encoding: 'utf8',
			maxBuffer: 256 * 1024 * 1024,
			stdio: ['ignore', 'pipe', 'ignore'],
		});
	} catch {
		// Not a git checkout (an export, a tarball): every date is unknown.
	}
	// Newest commit first: a file's first line is its latest commit, its last line its first.
	let current: Dated | undefined;
	for (const line of log.split('\n')) {
		if (line.startsWith('@')) {
			const [commit, date] = line.slice(1).split(' ');
			current = { commit: commit!, date: new Date(date!) };
		} else if (line && current) {
			const seen = files.get(line);
			if (seen) seen.first = current;
			else files.set(line, { latest: current, first: current });
		}
	}
	cache.set(root, files);
	return files;
}

/** The last commit that touched `file` (relative to `root`), and when the file first appeared. */
export function fileHistory(file: string | undefined, root = process.cwd()): FileHistory {
	const h = file ? history(root).get(file.replace(/^\.\//, '')) : undefined;
	return { date: h?.latest.date, commit: h?.latest.commit, firstDate: h?.first.date };
}

/** The latest commit date among several files, or undefined if git knows none of them. */
export function latestCommitDate(files: (string | undefined)[], root = process.cwd()): Date | undefined {
	const dates = files.map((f) => fileHistory(f, root).date).filter((d): d is Date => d !== undefined);
	return dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : undefined;
}

const commits = new Map<string, Map<string, Date>>();

/** Every commit of the checkout, by full hash, with its date (one `git log` call, cached). */
function allCommits(root: string): Map<string, Date> {
	const hit = commits.get(root);
	if (hit) return hit;
	const map = new Map<string, Date>();
	try {
		const log = execFileSync('git', ['log', '--format=%H %cI'], {
			cwd: root,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
			stdio: ['ignore', 'pipe', 'ignore'],
		});
		for (const line of log.split('\n')) {
			const [hash, date] = line.split(' ');
			if (hash && date) map.set(hash, new Date(date));
		}
	} catch {
		// Not a git checkout.
	}
	commits.set(root, map);
	return map;
}

/** A commit named by a full or abbreviated hash: its full hash and date, if this checkout has it. */
export function findCommit(hash: string, root = process.cwd()): { hash: string; date: Date } | undefined {
	const map = allCommits(root);
	const exact = map.get(hash);
	if (exact) return { hash, date: exact };
	if (hash.length < 7) return undefined;
	for (const [full, date] of map) if (full.startsWith(hash)) return { hash: full, date };
	return undefined;
}

/** Whether the checkout has history at all (a shallow or exported copy may not). */
export function hasHistory(root = process.cwd()): boolean {
	return allCommits(root).size > 1;
}

/** Forget cached history (tests that commit to a scratch repository call this). */
export function clearGitDates(): void {
	cache.clear();
	commits.clear();
}

const builtFrom = new Map<string, string | undefined>();

/**
 * The commit the site is built from: GitHub Actions' GITHUB_SHA, else the checkout's HEAD, else
 * undefined. Asked of git once per checkout: every page's footer shows it.
 */
export function buildCommit(root = process.cwd(), env: Record<string, string | undefined> = process.env): string | undefined {
	if (env['GITHUB_SHA']) return env['GITHUB_SHA'];
	if (!builtFrom.has(root)) {
		let head: string | undefined;
		try {
			head =
				execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() ||
				undefined;
		} catch {
			head = undefined;
		}
		builtFrom.set(root, head);
	}
	return builtFrom.get(root);
}
