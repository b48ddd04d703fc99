import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFile } from '../lib/content-files';
import type { Problem } from '../content-checks/problems';
import { assessmentIds, assessmentPath, headingIds, readAssessment, readAssessmentFile } from './data';
import { translatedLocales } from '../lib/locales';

/**
 * The assessments checked with the other content, before Astro starts: each data file against its
 * schema, each translation file, and each `chapter` against the English pages and their headings,
 * so that a wrong slug or anchor fails the build naming the file and the field, not a reader's click.
 */
export function assessmentProblems(root: string, files: ContentFile[]): Problem[] {
	const problems: Problem[] = [];
	const pages = new Map(files.filter((f) => f.locale === 'root').map((f) => [f.slug, f]));
	const fix = '(src/assessments/schema.ts describes each field.)';
	// A site without a page that shows an assessment (a contributor's small test site) needs none of its data.
	const used = new Set(files.flatMap((f) => [...f.body.matchAll(/<Assessment\s[^>]*\bid="([^"]+)"/g)].map((m) => m[1]!)));
	for (const id of assessmentIds.filter((i) => i !== 'open-sourcing-readiness')) {
		const file = assessmentPath(id);
		if (!used.has(id) && !existsSync(join(root, file))) continue;
		let data;
		try {
			data = readAssessmentFile(root, id);
		} catch (e) {
			problems.push(...asProblems(file, (e as Error).message, fix));
			continue;
		}
		const chapters =
			data.kind === 'checklist'
				? data.sections.flatMap((s, i) => s.questions.map((q, j) => [`sections[${i}].questions[${j}].chapter`, q.chapter] as const))
				: data.areas.flatMap((a, i) => a.levels.map((l, j) => [`areas[${i}].levels[${j}].chapter`, l.chapter] as const));
		for (const [field, chapter] of chapters) {
			const [slug, anchor] = chapter.split('#') as [string, string | undefined];
			const page = pages.get(slug);
			if (!page) {
				problems.push({
					file,
					message: `\`${field}\`: there is no page content/docs/${slug}.mdx.`,
					fix: 'Write the slug of an existing English page.',
				});
			} else if (anchor && !headingIds(page.body).includes(anchor)) {
				problems.push({
					file,
					message: `\`${field}\`: the page ${slug} has no heading with the id "${anchor}".`,
					fix: `Use one of its headings' ids: ${headingIds(page.body).join(', ')}.`,
				});
			}
		}
		// Translations are read the way the pages read them, so their errors are the reader's errors.
		for (const locale of translatedLocales) {
			if (!existsSync(join(root, assessmentPath(id, locale)))) continue;
			try {
				readAssessment(id, locale, root);
			} catch (e) {
				problems.push(...asProblems(assessmentPath(id, locale), (e as Error).message, fix));
			}
		}
	}
	// A translation of a file that does not exist would never be shown.
	for (const locale of translatedLocales) {
		const dir = join(root, 'content', 'assessments', locale);
		if (!existsSync(dir)) continue;
		for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n))) {
			if (!(assessmentIds as readonly string[]).includes(name.replace(/\.ya?ml$/, ''))) {
				problems.push({
					file: `content/assessments/${locale}/${name}`,
					message: 'This translation has no English assessment of the same name.',
					fix: `Name it after one of ${assessmentIds.map((i) => `${i}.yaml`).join(', ')}.`,
				});
			}
		}
	}
	return problems;
}

/** The loader's message, one problem per line, keeping each line's file and line number. */
function asProblems(file: string, message: string, fix: string): Problem[] {
	const lines = message.split('\n').filter((l) => /^\s+\S/.test(l));
	if (lines.length === 0) return [{ file, message: message.replace(`${file}: `, ''), fix }];
	return lines.map((l) => {
		const m = /^\s+([^:\s]+)(?::(\d+))?: (.*)$/.exec(l);
		return m ? { file: m[1]!, line: m[2] ? Number(m[2]) : undefined, message: m[3]!, fix } : { file, message: l.trim(), fix };
	});
}
