import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from './astro-build';

export const docsDir = join(projectRoot, 'content/docs');

export interface DocFile {
	/** Path relative to content/docs, e.g. `fr/about.mdx`. */
	path: string;
	/** Content id without extension, e.g. `fr/about`, `governance` for governance/index.mdx. */
	id: string;
	frontmatter: Record<string, unknown>;
	/** The YAML parser's message, if the frontmatter is not valid YAML. */
	yamlError?: string;
	body: string;
}

/** Every Markdown/MDX page under content/docs, with its frontmatter parsed. */
export function docFiles(): DocFile[] {
	const out: DocFile[] = [];
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const p = join(dir, e.name);
			if (e.isDirectory()) walk(p);
			else if (/\.mdx?$/.test(e.name)) {
				const text = readFileSync(p, 'utf8');
				const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
				const path = relative(docsDir, p);
				if (!m) throw new Error(`content/docs/${path}: no frontmatter block (--- … ---) at the top`);
				let frontmatter: Record<string, unknown> = {};
				let yamlError: string | undefined;
				try {
					frontmatter = (parse(m[1]!) ?? {}) as Record<string, unknown>;
				} catch (error) {
					yamlError = `content/docs/${path}: the frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]}). Put quotes around a value that contains ": ".`;
				}
				out.push({
					path,
					id: path.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '') || 'index',
					frontmatter,
					...(yamlError ? { yamlError } : {}),
					body: m[2]!,
				});
			}
		}
	};
	walk(docsDir);
	return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** Words of prose in an MDX body: code blocks, imports, JSX tags and link targets left out. */
export function countWords(body: string): number {
	const prose = body
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/^(import|export) .*$/gm, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/^:::.*$/gm, ' ')
		.replace(/[#>*_|`[\]-]/g, ' ');
	return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
