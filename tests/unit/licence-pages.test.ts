import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allAnswers, type Answer } from '../../src/licences/compatibility';
import { readExceptions } from '../../src/licences/compatibility/read';
import { readLicences } from '../../src/licences/data';
import { cellKey, groupAnswers, matrixNotes } from '../../src/licences/pages/answers';
import { sourceLabel } from '../../src/licences/pages/source-label';
import { textOf } from '../../src/licences/pages/text';
import { licenceFamilies } from '../../src/lib/vocabularies';

/** How the licence pages and matrices group and number the engine's answers, over the real data. */
const licences = readLicences();
const answers = allAnswers(licences, readExceptions());
const ids = licences.map((l) => l.id);
const symbols = { inbound: 'X', outbound: 'Y' };

describe('licence pages: answers grouped by what they say', () => {
	it('lists every other licence once per use and direction, with the other licence written as the symbol', () => {
		for (const direction of ['into', 'from'] as const) {
			const groups = groupAnswers(answers, 'MIT', 'modify', direction, 'Y');
			const listed = groups.flatMap((g) => g.licences);
			expect(listed.sort()).toEqual(ids.filter((id) => id !== 'MIT').sort());
			const side = direction === 'into' ? 'outbound' : 'inbound';
			for (const g of groups) expect(g.reason.params?.[side]).toBe('Y');
		}
	});

	it('keeps every source of every answer it groups, and puts yes before conditions before no', () => {
		const groups = groupAnswers(answers, 'GPL-3.0-only', 'modify', 'from', 'X');
		for (const g of groups)
			for (const other of g.licences) {
				const a = answers.find((x) => x.use === 'modify' && x.inbound === other && x.outbound === 'GPL-3.0-only')!;
				expect(a.verdict).toBe(g.verdict);
				for (const s of a.sources) expect(g.sources).toContain(s);
			}
		const order = groups.map((g) => ({ yes: 0, conditional: 1, no: 2 })[g.verdict]);
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});
});

describe('matrices: numbered reasons', () => {
	it('gives every cell the number of a note that says its verdict, and never one number to two statements', () => {
		const { cells, notes } = matrixNotes(answers, ['modify', 'link'], ids, ids, symbols);
		expect(cells.size).toBe(ids.length * ids.length * 2);
		const byCell = new Map<string, Answer>(answers.map((a) => [cellKey(a.use, a.inbound, a.outbound), a]));
		for (const [key, { verdict, n }] of cells) {
			expect(byCell.get(key)!.verdict).toBe(verdict);
			expect(notes[n - 1]!.n).toBe(n);
			expect(notes[n - 1]!.statement.verdict).toBe(verdict);
		}
		const statements = notes.map((x) =>
			JSON.stringify([x.statement.verdict, x.statement.reason, x.statement.condition, x.statement.disagreement?.note ?? null]),
		);
		expect(new Set(statements).size).toBe(statements.length);
	});

	it('fails loudly for a licence the engine has not answered', () => {
		expect(() => matrixNotes(answers, ['modify'], ['MIT'], ['Not-A-Licence'], symbols)).toThrow(/Not-A-Licence/);
	});
});

describe('text of an answer', () => {
	it('fills the placeholders of the sentence the answer names, and rejects a key no language defines', () => {
		expect(
			textOf({ 'compat.reason.x': '{{inbound}} into {{outbound}}' }, { key: 'compat.reason.x', params: { inbound: 'MIT', outbound: 'Y' } }),
		).toBe('MIT into Y');
		expect(() => textOf({}, { key: 'compat.reason.missing', params: {} })).toThrow(/compat\.reason\.missing/);
	});

	it('labels sources so that two pages of one publisher differ', () => {
		expect(sourceLabel('https://www.gnu.org/licenses/license-list.html#Expat')).toBe('gnu.org#Expat');
		expect(sourceLabel('https://opensource.org/license/mit')).toBe('opensource.org/mit');
		const odbl = sourceLabel('https://opendatacommons.org/licenses/odbl/1-0/');
		const odcBy = sourceLabel('https://opendatacommons.org/licenses/by/1-0/');
		expect(odbl).not.toBe(odcBy);
		expect(sourceLabel('https://spdx.org/')).toBe('spdx.org');
	});
});

describe('the explorer’s filters without JavaScript', () => {
	it('explorer.css hides the rows of every family of the vocabulary when another family is ticked', () => {
		const css = readFileSync(join(import.meta.dirname, '../../src/licences/explorer/explorer.css'), 'utf8');
		for (const family of licenceFamilies) {
			expect(css, family).toContain(`:not(:has(#lx-family-${family}:checked)) tbody tr[data-family='${family}']`);
		}
	});
});
