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

/** Whether `YYYY-MM-DD` names a real calendar day (YAML would silently roll 2026-13-45 over into 2027). */
export function isCalendarDate(text: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Pages whose `last_reviewed` is written as something other than a real YYYY-MM-DD date. Checked on
 * the raw text, because the YAML parser turns an impossible date such as 2026-13-45 into a valid one.
 */
export function invalidReviewDates(docsDir: string): { file: string; value: string }[] {
	const out: { file: string; value: string }[] = [];
	for (const e of readdirSync(docsDir, { withFileTypes: true, recursive: true })) {
		if (!e.isFile() || !/\.mdx?$/.test(e.name)) continue;
		const path = join(e.parentPath, e.name);
		const fm = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))?.[1];
		const raw =
			fm &&
			/^last_reviewed:\s*(.*)$/m
				.exec(fm)?.[1]
				?.trim()
				.replace(/^['"]|['"]$/g, '');
		if (raw !== undefined && raw !== null && raw !== '' && !isCalendarDate(raw)) {
			out.push({ file: `content/docs/${relative(docsDir, path).split(sep).join('/')}`, value: raw });
		}
	}
	return out.sort((a, b) => a.file.localeCompare(b.file));
}
