import { frontmatterKeyLine, type ContentFile } from '../lib/content-files';
import { fileHistory, findCommit, hasHistory } from '../lib/git-dates';
import { orphanTranslations } from '../translations/status';
import type { Problem } from './problems';
import { isCalendarDate, rawReviewDate } from './review-dates';

const yamlFix =
	'Check the indentation (spaces, never tabs) and put quotes around any value that contains ": " or starts with a special character such as [, {, * or #.';

/** Frontmatter that does not parse. */
export function frontmatterSyntax(files: ContentFile[]): Problem[] {
	return files.flatMap((f) => {
		if (f.frontmatterText === undefined) {
			return [
				{
					file: f.repoPath,
					line: 1,
					message: 'The page has no frontmatter.',
					fix: 'Start the file with a --- block holding at least title, description, summary, audience and last_reviewed.',
				},
			];
		}
		if (!f.yamlError) return [];
		// content-files reports the line within the file.
		return [
			{ file: f.repoPath, line: f.yamlError.line, message: `The frontmatter is not valid YAML (${f.yamlError.message}).`, fix: yamlFix },
		];
	});
}

/**
 * Two pages that claim the same address: Astro would keep one and drop the other with only a
 * warning. A page's address is its `slug` field if it has one, else its path.
 */
export function duplicateSlugs(files: ContentFile[]): Problem[] {
	const byId = new Map<string, ContentFile[]>();
	for (const f of files) {
		const slug = typeof f.frontmatter['slug'] === 'string' ? (f.frontmatter['slug'] as string).replace(/^\/|\/$/g, '') : f.id;
		byId.set(slug, [...(byId.get(slug) ?? []), f]);
	}
	return [...byId].flatMap(([slug, same]) =>
		same.length < 2
			? []
			: same.map((f) => ({
					file: f.repoPath,
					line: frontmatterKeyLine(f, 'slug'),
					message: `This page has the address "/${slug}/", as does ${same
						.filter((o) => o !== f)
						.map((o) => o.repoPath)
						.join(' and ')}; only one of them would be published.`,
					fix: 'Remove the `slug` field (a page takes its address from its file path) or give each page its own.',
				})),
	);
}

/** Titles and descriptions that are there but say nothing (the summary's schema trims it). */
export function blankFields(files: ContentFile[]): Problem[] {
	return files.flatMap((f) =>
		(['title', 'description'] as const)
			.filter((key) => key in f.frontmatter && typeof f.frontmatter[key] !== 'object' && String(f.frontmatter[key] ?? '').trim() === '')
			.map((key) => ({
				file: f.repoPath,
				line: frontmatterKeyLine(f, key),
				message: `The ${key} is empty.`,
				fix: { title: 'Write the page’s title.', description: 'Write one or two sentences that describe the page for search results.' }[
					key
				],
			})),
	);
}

/** Review dates that are not real days, or are later than the day of the build. */
export function reviewDates(files: ContentFile[], today = new Date()): Problem[] {
	const todayText = today.toISOString().slice(0, 10);
	return files.flatMap((f) => {
		const raw = rawReviewDate(f);
		if (raw === undefined) return [];
		const line = frontmatterKeyLine(f, 'last_reviewed');
		if (!isCalendarDate(raw)) {
			return [
				{
					file: f.repoPath,
					line,
					message: `last_reviewed "${raw}" is not a real date.`,
					fix: 'Write the day of the review as YYYY-MM-DD, for example 2026-11-22.',
				},
			];
		}
		if (raw > todayText) {
			return [
				{
					file: f.repoPath,
					line,
					message: `last_reviewed ${raw} is in the future (the build ran on ${todayText}).`,
					fix: 'Write the day on which the page’s facts were checked.',
				},
			];
		}
		return [];
	});
}

/** Translations without an English page: Starlight would never link to them. */
export function orphans(files: ContentFile[]): Problem[] {
	return orphanTranslations(files).map((f) => ({
		file: f.repoPath,
		message: `This translation has no English page content/docs/${f.path.slice(f.path.indexOf('/') + 1)}.`,
		fix: 'Translations use the same path as the English page they translate: create the English page first, or rename the file.',
	}));
}

/**
 * Each translation names the English commit it follows (`translated_from`), so that it is marked
 * outdated only when its English page changes after that commit. English pages carry none.
 */
export function translationRevisions(files: ContentFile[], root: string): Problem[] {
	if (!hasHistory(root)) return []; // an export or shallow clone cannot check commits
	const english = new Map(files.filter((f) => f.locale === 'root').map((f) => [f.slug, f]));
	return files.flatMap((f): Problem[] => {
		const value = f.frontmatter['translated_from'];
		const line = frontmatterKeyLine(f, 'translated_from');
		if (f.locale === 'root') {
			return value === undefined
				? []
				: [
						{
							file: f.repoPath,
							line,
							message: 'An English page has a `translated_from` field.',
							fix: 'Remove it: only translations record the English commit they follow.',
						},
					];
		}
		const source = english.get(f.slug);
		if (!source) return []; // reported as an orphan
		const latest = fileHistory(source.repoPath, root).commit?.slice(0, 12) ?? 'HEAD';
		if (value === undefined) {
			return [
				{
					file: f.repoPath,
					line: f.frontmatterLine,
					message: 'The translation does not say which English text it follows.',
					fix: `Add \`translated_from: ${latest}\` (the English page's latest commit) once the translation matches it; \`npm run translations -- --current ${f.repoPath}\` writes it.`,
				},
			];
		}
		if (typeof value !== 'string' || !findCommit(value, root)) {
			return [
				{
					file: f.repoPath,
					line,
					message: `translated_from "${String(value)}" is not a commit of this repository.`,
					fix: `Write the hash of the English commit the translation follows, for example ${latest}.`,
				},
			];
		}
		return [];
	});
}
