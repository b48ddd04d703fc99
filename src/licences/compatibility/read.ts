/**
 * The recorded exceptions (content/licences/compatibility.yaml) read and checked for the build
 * and the tests. Node only: the engine itself takes the data as arguments.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq } from 'yaml';
import { formatProblem, type Problem } from '../../content-checks/problems';
import { parseYamlWithLines } from '../../content-checks/yaml-lines';
import { checkLicences, licencesFile, readLicences } from '../data';
import { compatExceptionSchema } from './schema';
import type { CompatException } from './types';

export const exceptionsFile = 'content/licences/compatibility.yaml';

/** Everything wrong with the exceptions, each naming the file, the line, the entry and the field. */
export function checkExceptions(
	entries: unknown[],
	licenceIds: ReadonlySet<string>,
	lines: (number | undefined)[] = [],
): { exceptions: CompatException[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const exceptions: CompatException[] = [];
	const cells = new Map<string, number>();
	entries.forEach((raw, i) => {
		const line = lines[i];
		const r = raw as { inbound?: unknown; outbound?: unknown } | null;
		const who = `Entry ${i + 1} (${String(r?.inbound ?? '?')} → ${String(r?.outbound ?? '?')})`;
		const parsed = compatExceptionSchema.safeParse(raw);
		if (!parsed.success) {
			for (const issue of parsed.error.issues)
				problems.push({
					file: exceptionsFile,
					line,
					message: `${who}: \`${issue.path.join('.') || '(the entry)'}\`: ${issue.message}`,
					fix: 'See the fields described in src/licences/compatibility/schema.ts.',
				});
			return;
		}
		const e = parsed.data;
		for (const field of ['inbound', 'outbound'] as const)
			for (const id of e[field].filter((x) => !licenceIds.has(x)))
				problems.push({
					file: exceptionsFile,
					line,
					message: `${who}: \`${field}\`: "${id}" is not a licence of content/licences/licences.yaml.`,
					fix: 'Write the SPDX identifier exactly as the licence data does (case matters).',
				});
		for (const inbound of e.inbound)
			for (const outbound of e.outbound)
				for (const use of e.uses) {
					const cell = `${inbound} → ${outbound} (${use})`;
					const first = cells.get(cell);
					if (first !== undefined)
						problems.push({
							file: exceptionsFile,
							line,
							message: `${who}: ${cell} is already answered by entry ${first}.`,
							fix: 'Keep one answer per pair and use: merge the two entries or remove the use from one.',
						});
					else cells.set(cell, i + 1);
				}
		exceptions.push({ ...e, condition: e.condition, disagreement: e.disagreement });
	});
	return { exceptions, problems };
}

function entriesOf(root: string): { entries: unknown[]; lines: number[] } {
	const path = join(root, exceptionsFile);
	if (!existsSync(path)) return { entries: [], lines: [] };
	const { error, doc, itemLines } = parseYamlWithLines(readFileSync(path, 'utf8'));
	if (error || !doc)
		throw new Error(`${exceptionsFile}${error?.line ? `:${error.line}` : ''}: The file is not valid YAML (${error?.message}).`);
	if (!isSeq(doc.contents)) throw new Error(`${exceptionsFile}: The file is not a list. Start each exception with "- inbound: <SPDX id>".`);
	return { entries: doc.contents.items.map((item) => (isMap(item) ? item.toJSON() : item)) as unknown[], lines: itemLines };
}

/** The problems of the file for the content checks (none where a YAML file itself is broken: data-checks.ts reports that). */
export function exceptionProblems(root = process.cwd()): Problem[] {
	const path = join(root, exceptionsFile);
	if (!existsSync(path)) return [];
	const { error, doc, itemLines } = parseYamlWithLines(readFileSync(path, 'utf8'));
	if (error || !doc) return [];
	if (!isSeq(doc.contents))
		return [
			{ file: exceptionsFile, message: 'The file is not a list of exceptions.', fix: 'Start each exception with "- inbound: <SPDX id>".' },
		];
	const licences = parseYamlWithLines(readFileSync(join(root, licencesFile), 'utf8')).doc?.toJS() as unknown;
	// Licence entries that fail their own checks still name their ids; licenceProblems reports the rest.
	const ids = new Set(checkLicences(Array.isArray(licences) ? licences : []).licences.map((l) => l.id));
	const entries = doc.contents.items.map((item) => (isMap(item) ? item.toJSON() : item)) as unknown[];
	return checkExceptions(entries, ids, itemLines).problems;
}

const cache = new Map<string, CompatException[]>();

/** The recorded exceptions, validated; throws one error listing every problem. */
export function readExceptions(root = process.cwd()): CompatException[] {
	const cached = cache.get(root);
	if (cached) return cached;
	const { entries, lines } = entriesOf(root);
	const { exceptions, problems } = checkExceptions(entries, new Set(readLicences(root).map((l) => l.id)), lines);
	if (problems.length > 0)
		throw new Error(
			`${problems.length} problem(s) in the compatibility exceptions:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
		);
	cache.set(root, exceptions);
	return exceptions;
}
