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
}

const cache = new Map<string, Map<string, { date: Date; commit: string }>>();

function history(root: string): Map<string, { date: Date; commit: string }> {
	const hit = cache.get(root);
	if (hit) return hit;
	const latest = new Map<string, { date: Date; commit: string }>();
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
	let current: { date: Date; commit: string } | undefined;
	for (const line of log.split('\n')) {
		if (line.startsWith('@')) {
			const [commit, date] = line.slice(1).split(' ');
			current = { commit: commit!, date: new Date(date!) };
		} else if (line && current && !latest.has(line)) latest.set(line, current);
	}
	cache.set(root, latest);
	return latest;
}

/** The last commit that touched `file` (relative to `root`). */
export function fileHistory(file: string | undefined, root = process.cwd()): FileHistory {
	const h = file ? history(root).get(file.replace(/^\.\//, '')) : undefined;
	return { date: h?.date, commit: h?.commit };
}

/** The latest commit date among several files, or undefined if git knows none of them. */
export function latestCommitDate(files: (string | undefined)[], root = process.cwd()): Date | undefined {
	const dates = files.map((f) => fileHistory(f, root).date).filter((d): d is Date => d !== undefined);
	return dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : undefined;
}

/** Forget cached history (tests that commit to a scratch repository call this). */
export function clearGitDates(): void {
	cache.clear();
}
