import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';

/** `areas[2].levels[0].action` for a zod issue path. */
export function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '');
}

/** Where a field is written, or (for a missing field) the entry that should hold it. */
function lineOf(doc: Document, path: (string | number)[]): number | undefined {
	for (let n = path.length; n >= 0; n--) {
		const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
		if (isNode(node) && node.range) return node.range[0];
	}
	return undefined;
}

/**
 * Every problem of an assessment file in one message, one line each: the file and line, the
 * field, what is wrong and what the field is for, so a contributor can fix them all in one pass.
 */
export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[], text?: string): string {
	const counter = new LineCounter();
	const doc = text === undefined ? undefined : parseDocument(text, { lineCounter: counter });
	const lines = issues.map((issue) => {
		const offset = doc ? lineOf(doc, issue.path as (string | number)[]) : undefined;
		const at = offset === undefined ? file : `${file}:${counter.linePos(offset).line}`;
		const field = issue.path.length > 0 ? `\`${fieldPath(issue.path)}\`: ` : '';
		return `  ${at}: ${field}${issue.message.replace(/\.$/, '')}.`;
	});
	return `${issues.length} problem${issues.length === 1 ? '' : 's'} in ${file}:\n${lines.join('\n')}`;
}
