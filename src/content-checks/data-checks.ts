import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isMap, isSeq } from 'yaml';
import type { Problem } from './problems';
import { parseYamlWithLines } from './yaml-lines';

const yamlFix =
	'Check the indentation (spaces, never tabs) and put quotes around any value that contains ": " or starts with [, {, * or #.';

/** The data files that build the site besides the pages, relative to the project root. */
export function dataFiles(root: string): string[] {
	const inDir = (dir: string, ext: RegExp) =>
		existsSync(join(root, dir))
			? readdirSync(join(root, dir))
					.filter((f) => ext.test(f))
					.sort()
					.map((f) => `${dir}/${f}`)
			: [];
	return [
		...inDir('content/glossary', /\.ya?ml$/),
		...inDir('content/licences', /\.ya?ml$/),
		...inDir('content/events', /\.ya?ml$/),
		...inDir('content/search', /\.ya?ml$/),
		...inDir('content/i18n', /\.json$/),
	];
}

/** Syntax errors in the data files, with their lines; and list entries that share an `id`. */
export function dataProblems(root: string): Problem[] {
	const problems: Problem[] = [];
	for (const file of dataFiles(root)) {
		const text = readFileSync(join(root, file), 'utf8');
		if (file.endsWith('.json')) {
			try {
				JSON.parse(text);
			} catch (error) {
				const message = (error as Error).message;
				const position = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
				const line = Number.isNaN(position) ? undefined : text.slice(0, position).split('\n').length;
				problems.push({
					file,
					line,
					message: `The file is not valid JSON (${message.replace(/\s*\(line \d+ column \d+\)$/, '')}).`,
					fix: 'Each entry is "key": "text", entries are separated by commas, and the last entry has no comma after it.',
				});
			}
			continue;
		}
		const { error, doc, itemLines } = parseYamlWithLines(text);
		if (error) {
			problems.push({ file, line: error.line, message: `The file is not valid YAML (${error.message}).`, fix: yamlFix });
			continue;
		}
		if (!doc || !isSeq(doc.contents)) continue;
		// A list of entries with ids (glossary terms, licences): Astro's loader keeps the last of two
		// entries with the same id and drops the other with only a warning.
		const seen = new Map<string, number>();
		doc.contents.items.forEach((item, i) => {
			const id = isMap(item) ? item.get('id') : undefined;
			if (typeof id !== 'string') return;
			const line = itemLines[i];
			const first = seen.get(id);
			if (first !== undefined) {
				problems.push({
					file,
					line,
					message: `The id "${id}" is used twice, here and on line ${first}; the second entry would replace the first.`,
					fix: 'Give each entry its own id, or merge the two.',
				});
			} else seen.set(id, line ?? 0);
		});
	}
	// Events take their id from their file name; two names that differ only in case or extension clash.
	const events = dataFiles(root).filter((f) => f.startsWith('content/events/'));
	const byId = new Map<string, string[]>();
	for (const f of events) {
		const id = basename(f)
			.replace(/\.ya?ml$/, '')
			.toLowerCase();
		byId.set(id, [...(byId.get(id) ?? []), f]);
	}
	for (const [id, files] of byId) {
		if (files.length > 1) {
			for (const file of files)
				problems.push({
					file,
					message: `The event id "${id}" is also used by ${files.filter((f) => f !== file).join(' and ')}.`,
					fix: 'Rename one of the files.',
				});
		}
	}
	return problems;
}
