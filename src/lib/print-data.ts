import { execFileSync } from 'node:child_process';
import { withBase } from './base-path';
import type { LocaleKey } from './locales';

/**
 * The date of the latest git commit that touched any of the files, or, where git has no
 * history for them (a fresh file, an export without .git), the latest `last_reviewed` date.
 */
export function latestChange(entries: { filePath?: string | undefined; data: { last_reviewed: Date } }[]): Date {
	const files = entries.map((e) => e.filePath).filter((f): f is string => Boolean(f));
	let fromGit: Date | undefined;
	try {
		const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', ...files], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}).trim();
		if (out) fromGit = new Date(out);
	} catch {
		// Not a git checkout: fall back to the review dates below.
	}
	return fromGit ?? new Date(Math.max(...entries.map((e) => e.data.last_reviewed.getTime())));
}

/** The public address of a guide's overview page in a language. */
export function guideUrl(site: URL | undefined, base: string, guide: string, locale: LocaleKey): string {
	const path = withBase(locale === 'root' ? `/${guide}/` : `/${locale}/${guide}/`, base);
	return site ? new URL(path, site).href : path;
}
