import { contentFiles, docsFolder, type ContentFile } from '../../src/lib/content-files';
import { projectRoot } from './astro-build';

export const docsDir = docsFolder(projectRoot);

export interface DocFile extends Omit<ContentFile, 'yamlError'> {
	/** The YAML parser's message, naming the file, if the frontmatter is not valid YAML. */
	yamlError?: string;
}

/** Every Markdown/MDX page under content/docs, with its frontmatter parsed (src/lib/content-files.ts). */
export function docFiles(): DocFile[] {
	return contentFiles(projectRoot).map(({ yamlError, ...f }) => {
		if (!f.frontmatterText && f.frontmatterText !== '') throw new Error(`${f.repoPath}: no frontmatter block (--- … ---) at the top`);
		return yamlError
			? {
					...f,
					yamlError: `${f.repoPath}${yamlError.line ? `:${yamlError.line}` : ''}: the frontmatter is not valid YAML (${yamlError.message}). Put quotes around a value that contains ": ".`,
				}
			: f;
	});
}
