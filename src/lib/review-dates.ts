import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';

/** Pages whose `last_reviewed` date is older than `maxAgeDays` (a year by default), oldest first. */
export function overdueReviews(
	docsDir: string,
	today = new Date(),
	maxAgeDays = 365,
): { file: string; lastReviewed: string; ageDays: number }[] {
	const out: { file: string; lastReviewed: string; ageDays: number }[] = [];
	for (const e of readdirSync(docsDir, { withFileTypes: true, recursive: true })) {
		if (!e.isFile() || !/\.mdx?$/.test(e.name)) continue;
		const path = join(e.parentPath, e.name);
		const fm = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))?.[1];
		if (!fm) continue;
		const value = (parse(fm) as { last_reviewed?: unknown } | null)?.last_reviewed;
		if (value === undefined) continue;
		const date = new Date(String(value));
		if (Number.isNaN(date.getTime())) continue; // the content schema reports invalid dates
		const ageDays = Math.floor((today.getTime() - date.getTime()) / 86_400_000);
		if (ageDays > maxAgeDays) {
			out.push({
				file: `content/docs/${relative(docsDir, path).split(sep).join('/')}`,
				lastReviewed: date.toISOString().slice(0, 10),
				ageDays,
			});
		}
	}
	return out.sort((a, b) => b.ageDays - a.ageDays);
}
