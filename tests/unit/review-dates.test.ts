import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../../src/lib/content-files';
import { invalidReviewDates, isCalendarDate, overdueReviews } from '../../src/content-checks/review-dates';

describe('overdueReviews', () => {
	it('lists pages reviewed more than a year ago, oldest first, and no others', () => {
		const root = mkdtempSync(join(tmpdir(), 'review-'));
		const dir = join(root, 'content/docs');
		mkdirSync(join(dir, 'guide'), { recursive: true });
		const page = (date: string) => `---\ntitle: T\nlast_reviewed: ${date}\n---\nText.\n`;
		writeFileSync(join(dir, 'guide', 'old.mdx'), page('2024-01-10'));
		writeFileSync(join(dir, 'guide', 'older.mdx'), page('2023-05-01'));
		writeFileSync(join(dir, 'recent.mdx'), page('2026-06-01'));
		writeFileSync(join(dir, 'none.mdx'), '---\ntitle: T\n---\nText.\n');
		const result = overdueReviews(contentFiles(root), new Date('2026-11-22'));
		expect(result.map((r) => r.file)).toEqual(['content/docs/guide/older.mdx', 'content/docs/guide/old.mdx']);
		expect(result[1]).toMatchObject({ lastReviewed: '2024-01-10' });
	});
});

describe('isCalendarDate', () => {
	it('accepts real days and refuses impossible or malformed ones', () => {
		expect(isCalendarDate('2026-11-22')).toBe(true);
		expect(isCalendarDate('2024-02-29')).toBe(true);
		expect(isCalendarDate('2026-02-29')).toBe(false);
		expect(isCalendarDate('2026-13-45')).toBe(false);
		expect(isCalendarDate('22/11/2026')).toBe(false);
	});
});

describe('invalidReviewDates', () => {
	it('reads the date as written, before YAML rolls 2026-13-45 over into 2027', () => {
		const root = mkdtempSync(join(tmpdir(), 'review-'));
		mkdirSync(join(root, 'content/docs'), { recursive: true });
		writeFileSync(join(root, 'content/docs/bad.mdx'), '---\ntitle: T\nlast_reviewed: 2026-13-45\n---\nText.\n');
		writeFileSync(join(root, 'content/docs/good.mdx'), "---\ntitle: T\nlast_reviewed: '2026-11-22'\n---\nText.\n");
		expect(invalidReviewDates(contentFiles(root))).toEqual([{ file: 'content/docs/bad.mdx', value: '2026-13-45' }]);
	});
});
