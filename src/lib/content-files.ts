import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseDocument } from 'yaml';
import { splitLocale, type LocaleKey } from './locales';

/**
 * The pages under content/docs as files: path, language, slug, raw and parsed frontmatter. Used
 * where Astro's content layer is not running (config-time checks, scripts, tests) so that every
 * one of them walks and parses the folder the same way.
 */
export interface ContentFile {
	/** Path relative to content/docs, with forward slashes: `fr/licensing/licence-families.mdx`. */
	path: string;
	/** Path relative to the project root: `content/docs/fr/licensing/licence-families.mdx`. */
	repoPath: string;
	/** Content id without extension: `fr/licensing/licence-families`; `governance` for governance/index.mdx. */
	id: string;
	locale: LocaleKey;
	/** Language-neutral slug: `licensing/licence-families`, `index` for a home page. */
	slug: string;
	/** The frontmatter block as written (without the --- fences); undefined if there is none. */
	frontmatterText: string | undefined;
	/** Line of the file on which the frontmatter text starts (after the opening ---). */
	frontmatterLine: number;
	frontmatter: Record<string, unknown>;
	/** The YAML parser's first error, with its line in the file, if the frontmatter does not parse. */
	yamlError?: { message: string; line: number | undefined };
	body: string;
	/** Line of the file on which the body starts. */
	bodyLine: number;
}

export const docsFolder = (root: string) => join(root, 'content', 'docs');

const toPosix = (p: string) => p.split(sep).join('/');

/** Every .md/.mdx file under content/docs, in path order. */
export function contentFiles(root = process.cwd()): ContentFile[] {
	const dir = docsFolder(root);
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
		.map((e) => readContentFile(root, toPosix(relative(dir, join(e.parentPath, e.name)))))
		.sort((a, b) => a.path.localeCompare(b.path));
}

/** Read and parse one page; `path` is relative to content/docs. */
export function readContentFile(root: string, path: string): ContentFile {
	const text = readFileSync(join(docsFolder(root), path), 'utf8').replace(/\r\n/g, '\n');
	const id = path.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '') || 'index';
	const { locale, slug } = splitLocale(id);
	const m = /^---\n([\s\S]*?)\n?---(?:\n|$)/.exec(text);
	const base = { path, repoPath: `content/docs/${path}`, id, locale, slug: slug || 'index' };
	if (!m) return { ...base, frontmatterText: undefined, frontmatterLine: 1, frontmatter: {}, body: text, bodyLine: 1 };
	const fmText = m[1]!;
	const bodyLine = m[0].split('\n').length;
	const doc = parseDocument(fmText);
	const error = doc.errors[0];
	const file: ContentFile = {
		...base,
		frontmatterText: fmText,
		frontmatterLine: 2,
		frontmatter: error ? {} : ((doc.toJS() ?? {}) as Record<string, unknown>),
		body: text.slice(m[0].length),
		bodyLine,
	};
	if (error) {
		const line = error.linePos?.[0]?.line;
		file.yamlError = { message: cleanYamlMessage(error.message), line: line === undefined ? undefined : line + 1 };
	}
	return file;
}

/** The YAML parser's first message line, without its own position (we give the file's line). */
export function cleanYamlMessage(message: string): string {
	return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** The line of the file on which the frontmatter key `key` is written, if it is. */
export function frontmatterKeyLine(file: ContentFile, key: string): number | undefined {
	const lines = (file.frontmatterText ?? '').split('\n');
	const i = lines.findIndex((l) => new RegExp(`^${key}\\s*:`).test(l));
	return i < 0 ? undefined : file.frontmatterLine + i;
}
