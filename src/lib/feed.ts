import { execFileSync } from 'node:child_process';

/** When a content file last changed in git (its feed date); undefined outside a git checkout. */
export function lastCommitDate(file: string | undefined): Date | undefined {
	if (!file) return undefined;
	try {
		const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}).trim();
		return out ? new Date(out) : undefined;
	} catch {
		return undefined;
	}
}
