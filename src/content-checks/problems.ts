import { AstroError } from 'astro/errors';

/** One thing wrong with the content: where it is, what is wrong, and what to do about it. */
export interface Problem {
	/** Path from the project root, e.g. content/docs/licensing/spdx-identifiers.mdx. */
	file: string;
	line?: number | undefined;
	message: string;
	fix: string;
}

export const where = (p: Pick<Problem, 'file' | 'line'>) => (p.line ? `${p.file}:${p.line}` : p.file);

/** "file:line: what is wrong. What to do." — one line per problem, as an editor can jump to it. */
export function formatProblem(p: Problem): string {
	return `${where(p)}: ${p.message} ${p.fix}`;
}

/**
 * Every problem found, in one error, so a contributor fixes them all in one pass. It carries no
 * stack trace: the trace would point into this checker, not at the content.
 */
export function contentError(problems: Problem[]): Error {
	const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
	const error = new AstroError(
		`${problems.length} problem${problems.length === 1 ? '' : 's'} in the content:\n${sorted.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
		'Each line names the file and line, what is wrong and what to change. CONTRIBUTING.md explains every field and what pages may contain.',
	);
	error.stack = '';
	return error;
}
