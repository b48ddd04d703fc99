import type { ContentFile } from '../lib/content-files';

/** Pages whose `last_reviewed` date is older than `maxAgeDays` (a year by default), oldest first. */
export function overdueReviews(
	files: ContentFile[],
	today = new Date(),
	maxAgeDays = 365,
): { file: string; lastReviewed: string; ageDays: number }[] {
	const out: { file: string; lastReviewed: string; ageDays: number }[] = [];
	for (const f of files) {
		const value = f.frontmatter['last_reviewed'];
		if (value === undefined) continue;
		const date = new Date(String(value instanceof Date ? value.toISOString() : value));
		if (Number.isNaN(date.getTime())) continue; // the content schema reports invalid dates
		const ageDays = Math.floor((today.getTime() - date.getTime()) / 86_400_000);
		if (ageDays > maxAgeDays) out.push({ file: f.repoPath, lastReviewed: date.toISOString().slice(0, 10), ageDays });
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

/** The `last_reviewed` value as written in the frontmatter, without quotes. */
export function rawReviewDate(file: ContentFile): string | undefined {
	const raw = /^last_reviewed:\s*(.*)$/m
		.exec(file.frontmatterText ?? '')?.[1]
		?.trim()
		.replace(/^['"]|['"]$/g, '');
	return raw || undefined;
}

/**
 * Pages whose `last_reviewed` is written as something other than a real YYYY-MM-DD date. Checked on
 * the raw text, because the YAML parser turns an impossible date such as 2026-13-45 into a valid one.
 */
export function invalidReviewDates(files: ContentFile[]): { file: string; value: string }[] {
	return files
		.map((f) => ({ file: f.repoPath, value: rawReviewDate(f) }))
		.filter((d): d is { file: string; value: string } => d.value !== undefined && !isCalendarDate(d.value))
		.sort((a, b) => a.file.localeCompare(b.file));
}
