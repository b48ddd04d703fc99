import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../content-checks/problems';
import type { ContentFile } from '../lib/content-files';
import { fileHistory, findCommit, hasHistory } from '../lib/git-dates';
import { translatedLocales, type LocaleKey } from '../lib/locales';
import type { ParityDifference, ParityException } from '../translations/parity';
import { parityDifferences } from '../translations/parity';
import { stateSince, type TranslationState } from '../translations/status';

/**
 * Translated templates: content/templates/<locale>/<file>.md beside the English originals in
 * content/templates/. Each records, in its first comment, the English commit it follows
 * (`translated_from: <hash>`), so freshness works as it does for pages; the parity check compares
 * it with its original as it compares a page. Node-only (files and git): used by the content
 * checks, the translation status and `npm run translations`. (docs/decisions/languages.md)
 */
export const templatesFolder = 'content/templates';

export interface TemplateTranslation {
	locale: Exclude<LocaleKey, 'root'>;
	/** File name, the same as the English original's: `SECURITY.md`. */
	file: string;
	/** `content/templates/fr/SECURITY.md`. */
	repoPath: string;
	text: string;
	/** The English commit recorded in the first comment, if any. */
	translatedFrom: string | undefined;
	/** Line of the file that records it. */
	translatedFromLine: number | undefined;
}

const recordPattern = /^[ \t]*translated_from:[ \t]*(\S*)[ \t]*$/m;

/** The English commit a translated template records in its first comment. */
export function recordedCommit(text: string): { hash: string; line: number } | undefined {
	const comment = /^<!--[\s\S]*?-->/.exec(text)?.[0] ?? '';
	const m = recordPattern.exec(comment);
	return m ? { hash: m[1]!, line: comment.slice(0, m.index).split('\n').length } : undefined;
}

/** The text with `translated_from: <hash>` recorded (replaced, or added after the first comment's first line). */
export function withRecordedCommit(text: string, hash: string): string {
	if (recordedCommit(text)) return text.replace(recordPattern, (line) => line.replace(/translated_from:.*$/, `translated_from: ${hash}`));
	return text.replace(/^(<!--[^\n]*\n(?:[ \t]*SPDX-License-Identifier:[^\n]*\n)?)/, `$1  translated_from: ${hash}\n`);
}

export const englishTemplates = (root: string): string[] =>
	readdirSync(join(root, templatesFolder))
		.filter((f) => f.endsWith('.md'))
		.sort();

/** Every translated template, by locale then file name. */
export function translatedTemplates(root: string): TemplateTranslation[] {
	return translatedLocales.flatMap((locale) => {
		const dir = join(root, templatesFolder, locale);
		if (!existsSync(dir)) return [];
		return readdirSync(dir)
			.filter((f) => f.endsWith('.md'))
			.sort()
			.map((file) => {
				const text = readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n');
				const recorded = recordedCommit(text);
				return {
					locale,
					file,
					repoPath: `${templatesFolder}/${locale}/${file}`,
					text,
					translatedFrom: recorded?.hash,
					translatedFromLine: recorded?.line,
				};
			});
	});
}

/** Translated templates that no build could show correctly: no original, no recorded commit, an unknown folder. */
export function templateProblems(root: string): Problem[] {
	const english = new Set(englishTemplates(root));
	const problems: Problem[] = [];
	for (const entry of readdirSync(join(root, templatesFolder), { withFileTypes: true })) {
		if (entry.isDirectory() && !(translatedLocales as string[]).includes(entry.name)) {
			problems.push({
				file: `${templatesFolder}/${entry.name}/`,
				message: `"${entry.name}" is not a language of the site.`,
				fix: `Put translated templates in a folder named after their language: ${translatedLocales.join(', ')}.`,
			});
		}
	}
	for (const t of translatedTemplates(root)) {
		if (!english.has(t.file)) {
			problems.push({
				file: t.repoPath,
				message: `There is no English template ${templatesFolder}/${t.file} for this translation.`,
				fix: 'Give the translation the file name of its English original, or add the original first.',
			});
			continue;
		}
		if (!hasHistory(root)) continue; // an export or shallow clone cannot check commits
		const latest = fileHistory(`${templatesFolder}/${t.file}`, root).commit?.slice(0, 12) ?? 'HEAD';
		if (t.translatedFrom === undefined) {
			problems.push({
				file: t.repoPath,
				line: 1,
				message: 'The translated template does not say which English text it follows.',
				fix: `Add the line \`translated_from: ${latest}\` to its first comment; \`npm run translations -- --current ${t.repoPath}\` writes it.`,
			});
		} else if (!findCommit(t.translatedFrom, root)) {
			problems.push({
				file: t.repoPath,
				line: t.translatedFromLine,
				message: `translated_from "${t.translatedFrom}" is not a commit of this repository.`,
				fix: `Write the hash of the English commit the translation follows, for example ${latest}.`,
			});
		}
	}
	return problems;
}

/** A template as the parity check reads a page: no frontmatter, the Markdown as its body. */
function asPage(repoPath: string, text: string): ContentFile {
	return {
		path: repoPath,
		repoPath,
		id: repoPath,
		locale: 'root',
		slug: repoPath,
		frontmatterText: undefined,
		frontmatterLine: 1,
		frontmatter: {},
		body: text,
		bodyLine: 1,
	};
}

/**
 * A template's code blocks with the words inside [placeholders] left out: the adopter fills them
 * in, so a translation writes them in its language (`[comando de pruebas]`) while the code around
 * them stays as it is.
 */
const withoutPlaceholdersInCode = (text: string) =>
	text.replace(/```[^\n]*\n[\s\S]*?```/g, (block) => block.replace(/\[[^\]\n]*\]/g, '[…]'));

/**
 * Each translated template's differences from its original (numbers, addresses, headings,
 * tables, code but for its placeholders), less those an exception explains; exceptions name the
 * page as `templates/<locale>/<file>`.
 */
export function templateParityReport(root: string, exceptions: ParityException[]): { file: string; differences: ParityDifference[] }[] {
	const english = new Set(englishTemplates(root));
	return translatedTemplates(root)
		.filter((t) => english.has(t.file))
		.map((t) => {
			const original = readFileSync(join(root, templatesFolder, t.file), 'utf8');
			const page = `templates/${t.locale}/${t.file}`;
			return {
				file: t.repoPath,
				differences: parityDifferences(
					asPage(`${templatesFolder}/${t.file}`, withoutPlaceholdersInCode(original)),
					asPage(t.repoPath, withoutPlaceholdersInCode(t.text)),
				).filter((d) => !exceptions.some((x) => x.page === page && x.check === d.check)),
			};
		})
		.filter((r) => r.differences.length > 0);
}

export interface TemplateStatus {
	file: string;
	englishChanged: Date | undefined;
	languages: Record<string, { state: TranslationState; translatedFrom?: string | undefined }>;
}

const statusCache = new Map<string, TemplateStatus[]>();

/** Every English template and, per language, whether its translation exists and follows the latest text. */
export function templateStatus(root = process.cwd()): TemplateStatus[] {
	const hit = statusCache.get(root);
	if (hit) return hit;
	const translations = translatedTemplates(root);
	const result = englishTemplates(root).map((file) => {
		const repoPath = `${templatesFolder}/${file}`;
		const languages: TemplateStatus['languages'] = {};
		for (const locale of translatedLocales) {
			const t = translations.find((x) => x.locale === locale && x.file === file);
			languages[locale] = t
				? { state: stateSince(repoPath, t.translatedFrom, root), translatedFrom: t.translatedFrom }
				: { state: 'missing' };
		}
		return { file, englishChanged: fileHistory(repoPath, root).date, languages };
	});
	statusCache.set(root, result);
	return result;
}
