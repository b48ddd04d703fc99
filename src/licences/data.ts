/**
 * The licence data (content/licences/licences.yaml) read and checked outside Astro's content
 * layer: by the routes, the compatibility engine's build step, the content checks and tests.
 * Beyond the schema it checks what one entry cannot show alone: ids and names against the SPDX
 * licence list, OSI approval and deprecation against SPDX, and that every licence a clause names
 * is in the data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import spdx from 'spdx-license-list';
import deprecatedIds from 'spdx-license-ids/deprecated.json' with { type: 'json' };
import { isMap, isSeq } from 'yaml';
import type { Problem } from '../content-checks/problems';
import { formatProblem } from '../content-checks/problems';
import { parseYamlWithLines } from '../content-checks/yaml-lines';
import { licenceSchema, type Licence } from './schema';

export type { Licence } from './schema';

/** The data file, relative to the project root. */
export const licencesFile = 'content/licences/licences.yaml';

const spdxList = spdx as Readonly<Record<string, { name: string; osiApproved: boolean }>>;
const deprecated = new Set<string>(deprecatedIds as string[]);
/**
 * OSI approvals the SPDX list recorded after the newest spdx-license-list release (6.12.0): the
 * cross-check uses these until the package catches up.
 */
const osiApprovedSinceRelease = new Set(['CDDL-1.1']);

/** A zod schema as far as this file looks into it (zod 4 keeps the parts in `def`). */
interface SchemaNode {
	description?: string;
	def?: { type?: string; shape?: Record<string, SchemaNode>; element?: SchemaNode; innerType?: SchemaNode };
}

/** The description of the field at `path`, to tell the contributor what the field wants. */
function fieldHelp(path: PropertyKey[]): string {
	let schema = licenceSchema as unknown as SchemaNode;
	let help = '';
	for (const key of path) {
		// Optional and defaulted fields wrap the field's own schema; the description may be on either.
		while (schema.def?.innerType && !schema.def.shape && !schema.def.element) schema = schema.def.innerType;
		const next = typeof key === 'number' ? schema.def?.element : schema.def?.shape?.[String(key)];
		if (!next) break;
		schema = next;
		help = schema.description ?? schema.def?.innerType?.description ?? help;
	}
	return help;
}

/** The value at `path` in a raw entry, to tell a missing field from a wrong one. */
function valueAt(raw: unknown, path: PropertyKey[]): unknown {
	return path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), raw);
}

/**
 * Everything wrong with the licence entries, each naming the file, the line of the entry, the
 * entry's id and the field. `entries` is the parsed YAML list; `lines` the line of each entry.
 */
export function checkLicences(
	entries: unknown[],
	options: { file?: string; lines?: (number | undefined)[]; duplicates?: boolean } = {},
): { licences: Licence[]; problems: Problem[] } {
	const file = options.file ?? licencesFile;
	const problems: Problem[] = [];
	const licences: Licence[] = [];
	const lineOf = new Map<Licence, number | undefined>();
	entries.forEach((raw, i) => {
		const line = options.lines?.[i];
		const rawId = (raw as { id?: unknown } | null)?.id;
		const who = typeof rawId === 'string' ? `"${rawId}"` : `Entry ${i + 1}`;
		const parsed = licenceSchema.safeParse(raw);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				const field = issue.path.join('.');
				const help = fieldHelp(issue.path);
				const fix = help ? `(${field}: ${help})` : 'See the fields in src/licences/schema.ts.';
				if (issue.code === 'unrecognized_keys') {
					const where = field ? ` in \`${field}\`` : '';
					problems.push({
						file,
						line,
						message: `${who}: ${issue.keys.map((k) => `\`${k}\``).join(', ')} is not a field of a licence${where}.`,
						fix: 'Check the spelling, or remove it; src/licences/schema.ts lists the fields.',
					});
				} else if (valueAt(raw, issue.path) === undefined && issue.path.length > 0) {
					problems.push({ file, line, message: `${who}: the field \`${field}\` is missing.`, fix });
				} else {
					problems.push({ file, line, message: `${who}: \`${field || 'entry'}\`: ${issue.message}`, fix });
				}
			}
			return;
		}
		const l = parsed.data;
		licences.push(l);
		lineOf.set(l, line);
		const add = (field: string, message: string, fix: string) =>
			problems.push({ file, line, message: `"${l.id}": \`${field}\`: ${message}`, fix });
		const entry = spdxList[l.id];
		if (!entry) {
			add(
				'id',
				`"${l.id}" is not on the SPDX licence list.`,
				'Use the identifier exactly as https://spdx.org/licenses/ writes it (case matters).',
			);
			return;
		}
		if (l.name !== entry.name) add('name', `SPDX names ${l.id} "${entry.name}", not "${l.name}".`, 'Copy the SPDX full name.');
		const osiApproved = entry.osiApproved || osiApprovedSinceRelease.has(l.id);
		if (l.osi.approved !== osiApproved)
			add(
				'osi.approved',
				`the SPDX licence list says ${l.id} is ${osiApproved ? '' : 'not '}OSI-approved.`,
				'Check the OSI page (osi.source) and set osi.approved to match.',
			);
		if (l.spdx_deprecated !== deprecated.has(l.id))
			add(
				'spdx_deprecated',
				`SPDX ${deprecated.has(l.id) ? 'lists' : 'does not list'} ${l.id} as deprecated.`,
				`Set spdx_deprecated to ${deprecated.has(l.id)}.`,
			);
	});
	// Ids of every entry, valid or not, so one broken entry does not make every clause naming it fail too.
	const ids = new Set(entries.map((e) => (e as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string'));
	if (options.duplicates !== false) {
		const seen = new Set<string>();
		entries.forEach((e, i) => {
			const id = (e as { id?: unknown } | null)?.id;
			if (typeof id !== 'string') return;
			if (seen.has(id))
				problems.push({
					file,
					line: options.lines?.[i],
					message: `The id "${id}" is used twice.`,
					fix: 'Give each entry its own id, or merge the two.',
				});
			seen.add(id);
		});
	}
	licences.forEach((l) => {
		const line = lineOf.get(l);
		l.clauses.forEach((clause, c) => {
			for (const id of clause.licences.filter((x) => !ids.has(x)))
				problems.push({
					file,
					line,
					message: `"${l.id}": \`clauses.${c}.licences\`: "${id}" is not a licence of this file.`,
					fix: `Add an entry for ${id}, or name only licences that have one.`,
				});
		});
	});
	return { licences, problems };
}

/** Problems of the licence file for the content checks; none where the YAML itself is broken (data-checks.ts reports that). */
export function licenceProblems(root = process.cwd()): Problem[] {
	const path = join(root, licencesFile);
	if (!existsSync(path)) return [];
	const { error, doc, itemLines } = parseYamlWithLines(readFileSync(path, 'utf8'));
	if (error || !doc) return [];
	if (!isSeq(doc.contents))
		return [{ file: licencesFile, message: 'The file is not a list of licences.', fix: 'Start each licence with "- id: <SPDX id>".' }];
	const entries = doc.contents.items.map((item) => (isMap(item) ? item.toJSON() : item)) as unknown[];
	// data-checks.ts already reports two entries with one id, with both lines.
	return checkLicences(entries, { lines: itemLines, duplicates: false }).problems;
}

const cache = new Map<string, Licence[]>();

/** Every licence of content/licences/licences.yaml, validated; throws one error listing every problem. */
export function readLicences(root = process.cwd()): Licence[] {
	const cached = cache.get(root);
	if (cached) return cached;
	const { error, doc, itemLines } = parseYamlWithLines(readFileSync(join(root, licencesFile), 'utf8'));
	if (error || !doc)
		throw new Error(`${licencesFile}${error?.line ? `:${error.line}` : ''}: The file is not valid YAML (${error?.message}).`);
	const entries = (isSeq(doc.contents) ? doc.contents.items.map((item) => (isMap(item) ? item.toJSON() : item)) : []) as unknown[];
	const { licences, problems } = checkLicences(entries, { lines: itemLines });
	if (problems.length > 0)
		throw new Error(`${problems.length} problem(s) in the licence data:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
	if (licences.length === 0) throw new Error(`${licencesFile}: The file lists no licences.`);
	cache.set(root, licences);
	return licences;
}

/** The licence with this SPDX id (exact, as the data writes it), or undefined. */
export function licenceById(id: string, root = process.cwd()): Licence | undefined {
	return readLicences(root).find((l) => l.id === id);
}
