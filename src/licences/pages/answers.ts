import { readLicences, type Licence } from '../data';
import { allAnswers, indexExceptions, type CompatException } from '../compatibility';
import { readExceptions } from '../compatibility/read';
import type { Answer, TextRef, Use } from '../compatibility/types';

/** Every answer of the engine over the licence data, computed once per build. */
let cached: { licences: Licence[]; exceptions: CompatException[]; answers: Answer[] } | undefined;
export function licenceAnswers(): { licences: Licence[]; exceptions: CompatException[]; answers: Answer[] } {
	if (!cached) {
		const licences = readLicences();
		const exceptions = readExceptions();
		cached = { licences, exceptions, answers: allAnswers(licences, indexExceptions(exceptions)) };
	}
	return cached;
}

/** What an answer says, as shown once for several licences: verdict, reason, condition, disagreement and their sources. */
export interface Statement {
	verdict: Answer['verdict'];
	reason: TextRef;
	condition: TextRef | null;
	disagreement: { note: TextRef; sources: string[] } | undefined;
	/** Every source of the answers it stands for, without repeats. */
	sources: string[];
}

/** A statement with the licences it applies to: the outbound ones when grouping a licence's code into others, else the inbound. */
export interface AnswerGroup extends Statement {
	licences: string[];
}

/**
 * The symbols (X, Y in English) that stand for the licence on each side in a statement shared by
 * several pairs. The engine's sentences name licences only through `{{inbound}}` and
 * `{{outbound}}`, and an SPDX id is never declined, so a symbol reads correctly in every language.
 */
export type Symbols = Partial<Record<'inbound' | 'outbound', string>>;

const symbolized = (ref: TextRef, symbols: Symbols): TextRef => ({ key: ref.key, params: { ...ref.params, ...symbols } });

const statementOf = (a: Answer, symbols: Symbols): Statement => ({
	verdict: a.verdict,
	reason: symbolized(a.reason, symbols),
	condition: a.condition && symbolized(a.condition, symbols),
	disagreement: a.disagreement && { note: symbolized(a.disagreement.note, symbols), sources: [...a.disagreement.sources] },
	sources: [...a.sources],
});

/** What makes two statements the same, sources aside (they are merged). */
const statementKey = (s: Statement): string => JSON.stringify([s.verdict, s.reason, s.condition, s.disagreement?.note ?? null]);

const merge = (into: string[], more: readonly string[]) => {
	for (const s of more) if (!into.includes(s)) into.push(s);
};

const verdictOrder = { yes: 0, conditional: 1, no: 2 } as const;

/**
 * The answers of one licence for one use, in one direction (`into`: its code in works under the
 * others; `from`: the others' code in a work under it), grouped by what they say, the other
 * licence written as `symbol`: yes first, the largest groups first.
 */
export function groupAnswers(answers: Answer[], id: string, use: Use, direction: 'into' | 'from', symbol: string): AnswerGroup[] {
	const groups = new Map<string, AnswerGroup>();
	const symbols: Symbols = direction === 'into' ? { outbound: symbol } : { inbound: symbol };
	for (const a of answers) {
		if (a.use !== use || (direction === 'into' ? a.inbound : a.outbound) !== id) continue;
		const other = direction === 'into' ? a.outbound : a.inbound;
		if (other === id) continue;
		const statement = statementOf(a, symbols);
		const key = statementKey(statement);
		const group = groups.get(key);
		if (!group) groups.set(key, { ...statement, licences: [other] });
		else {
			group.licences.push(other);
			merge(group.sources, statement.sources);
			if (group.disagreement && statement.disagreement) merge(group.disagreement.sources, statement.disagreement.sources);
		}
	}
	return [...groups.values()].sort((x, y) => verdictOrder[x.verdict] - verdictOrder[y.verdict] || y.licences.length - x.licences.length);
}

/** A readable name for a source address, from its host: the publisher, which stays untranslated. */
export function sourceTitle(url: string): string {
	const host = new URL(url).hostname.replace(/^www\./, '');
	const publishers: [RegExp, string][] = [
		[/opensource\.org$/, 'Open Source Initiative'],
		[/gnu\.org$|fsf\.org$/, 'Free Software Foundation'],
		[/spdx\.org$/, 'SPDX'],
		[/digitalpublicgoods\.net$/, 'Digital Public Goods Alliance'],
		[/creativecommons\.org$/, 'Creative Commons'],
		[/eur-lex\.europa\.eu$|europa\.eu$/, 'European Union'],
		[/apache\.org$/, 'Apache Software Foundation'],
		[/mozilla\.org$/, 'Mozilla'],
		[/eclipse\.org$/, 'Eclipse Foundation'],
		[/opendatacommons\.org$/, 'Open Data Commons'],
	];
	const publisher = publishers.find(([re]) => re.test(host))?.[1];
	const path = new URL(url).pathname.replace(/\/$/, '');
	return publisher ? `${publisher}, ${host}${path}` : `${host}${path}`;
}

/** Each cell's verdict and the number of its note, by cellKey. */
export type MatrixCells = Map<string, { verdict: Answer['verdict']; n: number }>;

/** The key of one cell of a matrix. */
export const cellKey = (use: Use, inbound: string, outbound: string): string => `${use}\n${inbound}\n${outbound}`;

/**
 * The numbered reasons of a set of matrices: each statement, with both licences written as
 * symbols, gets a number the first time a cell says it; `cells` gives each cell's verdict and number.
 */
export function matrixNotes(
	answers: Answer[],
	useList: readonly Use[],
	inbound: readonly string[],
	outbound: readonly string[],
	symbols: Required<Symbols>,
): { cells: MatrixCells; notes: { n: number; statement: Statement }[] } {
	const wanted = new Set(useList);
	const byCell = new Map(answers.filter((a) => wanted.has(a.use)).map((a) => [cellKey(a.use, a.inbound, a.outbound), a]));
	const byStatement = new Map<string, { n: number; statement: Statement }>();
	const cells: MatrixCells = new Map();
	for (const use of useList)
		for (const i of inbound)
			for (const o of outbound) {
				const a = byCell.get(cellKey(use, i, o));
				if (!a) throw new Error(`The compatibility engine gave no answer for ${i} → ${o} (${use}).`);
				const statement = statementOf(a, symbols);
				const key = statementKey(statement);
				let note = byStatement.get(key);
				if (!note) byStatement.set(key, (note = { n: byStatement.size + 1, statement }));
				else {
					merge(note.statement.sources, statement.sources);
					if (note.statement.disagreement && statement.disagreement)
						merge(note.statement.disagreement.sources, statement.disagreement.sources);
				}
				cells.set(cellKey(use, i, o), { verdict: a.verdict, n: note.n });
			}
	return { cells, notes: [...byStatement.values()] };
}
