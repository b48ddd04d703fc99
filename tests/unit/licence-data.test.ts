import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import spdx from 'spdx-license-list';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { formatProblem } from '../../src/content-checks/problems';
import { checkLicences, licenceById, licenceProblems, licencesFile, readLicences } from '../../src/licences/data';
import { licenceSchema } from '../../src/licences/schema';
import { projectRoot } from '../helpers/astro-build';

const licences = readLicences(projectRoot);
const raw = parse(readFileSync(join(projectRoot, licencesFile), 'utf8')) as Record<string, unknown>[];
const byId = (id: string) => {
	const l = licenceById(id, projectRoot);
	if (!l) throw new Error(`${id} is not in ${licencesFile}`);
	return l;
};
/** A copy of a real entry with some fields replaced, as a contributor's edit would look. */
const edited = (id: string, changes: Record<string, unknown>) => ({ ...raw.find((l) => l.id === id)!, ...changes });
/** The messages checkLicences reports for these entries (formatted as the build prints them). */
const messages = (...entries: unknown[]) => checkLicences([...raw, ...entries].filter(Boolean)).problems.map(formatProblem);
const only = (...entries: unknown[]) => checkLicences(entries).problems.map(formatProblem);

describe('the licence data file', () => {
	it('passes every check, schema and SPDX cross-checks alike', () => {
		expect(licenceProblems(projectRoot).map(formatProblem)).toEqual([]);
	});

	it('holds at least forty licences, fifteen of them in the quick reference in the planned order', () => {
		expect(licences.length).toBeGreaterThanOrEqual(40);
		expect(licences.filter((l) => l.quick_reference).map((l) => l.id)).toEqual([
			'MIT',
			'BSD-3-Clause',
			'Apache-2.0',
			'MPL-2.0',
			'LGPL-3.0-only',
			'GPL-2.0-only',
			'GPL-3.0-only',
			'AGPL-3.0-only',
			'EPL-2.0',
			'EUPL-1.2',
			'CC0-1.0',
			'CC-BY-4.0',
			'CC-BY-SA-4.0',
			'ODbL-1.0',
			'CERN-OHL-S-2.0',
		]);
	});

	it.each([
		// choosealicense.com's list, the EUPL and CeCILL families, EPL, CDDL, CERN-OHL, CC and ODC (the list).
		...['AGPL-3.0-only', 'AGPL-3.0-or-later', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'BSL-1.0', 'CC0-1.0'],
		...['CC-BY-4.0', 'CC-BY-SA-4.0', 'EPL-1.0', 'EPL-2.0', 'EUPL-1.1', 'EUPL-1.2', 'GPL-2.0-only', 'GPL-2.0-or-later'],
		...['GPL-3.0-only', 'GPL-3.0-or-later', 'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0-only', 'LGPL-3.0-or-later'],
		...['MIT', 'MIT-0', 'MPL-2.0', 'Unlicense', '0BSD', 'ISC', 'Zlib', 'UPL-1.0', 'OFL-1.1', 'MulanPSL-2.0', 'ECL-2.0'],
		...['AFL-3.0', 'Artistic-2.0', 'NCSA', 'OSL-3.0', 'PostgreSQL', 'WTFPL', 'BSD-3-Clause-Clear', 'BSD-4-Clause'],
		...['LPPL-1.3c', 'MS-PL', 'MS-RL', 'CECILL-2.1', 'CECILL-B', 'CECILL-C', 'Vim', 'BlueOak-1.0.0', 'CDDL-1.0', 'CDDL-1.1'],
		...['CERN-OHL-P-2.0', 'CERN-OHL-W-2.0', 'CERN-OHL-S-2.0', 'CC-BY-NC-4.0', 'CC-BY-ND-4.0', 'ODbL-1.0', 'ODC-By-1.0', 'PDDL-1.0'],
	])('includes %s', (id) => expect(byId(id).id).toBe(id));

	it.each(['BUSL-1.1', 'SSPL-1.0', 'Elastic-2.0', 'CC-BY-NC-4.0', 'CC-BY-ND-4.0', 'PolyForm-Noncommercial-1.0.0'])(
		'states that %s, often taken for open source, is not open and not OSI-approved',
		(id) => {
			expect(byId(id).family).toBe('non-open');
			expect(byId(id).osi.approved).toBe(false);
		},
	);

	it('leaves out Commons Clause, which has no SPDX identifier', () => {
		expect(Object.keys(spdx).filter((id) => /commons.?clause/i.test(id))).toEqual([]);
	});

	it('names a source for every OSI, FSF and DPG status and every clause, over https', () => {
		for (const l of licences) {
			for (const url of [l.osi.source, l.fsf.source, l.dpg.source, ...l.clauses.map((c) => c.source), ...l.sources])
				expect(url, l.id).toMatch(/^https:\/\//);
		}
	});

	it('keeps the quick reference translations to rows that exist', () => {
		const ids = new Set(licences.filter((l) => l.quick_reference).map((l) => l.id));
		for (const locale of ['fr', 'es', 'ru', 'zh-cn', 'ar']) {
			const keys = Object.keys(parse(readFileSync(join(projectRoot, `content/licences/translations/${locale}.yaml`), 'utf8')) as object);
			expect(
				keys.filter((k) => !ids.has(k)),
				locale,
			).toEqual([]);
		}
	});
});

describe('well-known facts the compatibility rules rely on', () => {
	it.each([
		// [what, check, source]
		[
			'Apache-2.0 works with GPLv3 only',
			() => byId('Apache-2.0').fsf.gpl_compatible === 'v3-only',
			'https://www.gnu.org/licenses/license-list.html#apache2',
		],
		[
			'MPL-2.0 names the GNU licences as secondary licences',
			() =>
				byId('MPL-2.0').clauses.some(
					(c) => c.kind === 'secondary-licences' && c.licences.includes('GPL-2.0-or-later') && c.licences.includes('AGPL-3.0-only'),
				),
			'https://www.mozilla.org/en-US/MPL/2.0/',
		],
		[
			'the EUPL-1.2 appendix lists GPL-3.0 and MPL-2.0',
			() =>
				byId('EUPL-1.2').clauses.some(
					(c) => c.kind === 'compatible-licences' && c.licences.includes('GPL-3.0-only') && c.licences.includes('MPL-2.0'),
				),
			'https://eur-lex.europa.eu/eli/dec_impl/2017/863/oj',
		],
		[
			'GPL-3.0 section 13 allows combination with the AGPL, and AGPL-3.0 section 13 with the GPL',
			() =>
				byId('GPL-3.0-only').clauses.some((c) => c.kind === 'agpl-combination' && c.licences.includes('AGPL-3.0-only')) &&
				byId('AGPL-3.0-only').clauses.some((c) => c.kind === 'agpl-combination' && c.licences.includes('GPL-3.0-only')),
			'https://www.gnu.org/licenses/gpl-3.0.html#section13',
		],
		[
			'GPL-2.0-or-later lets recipients take later versions',
			() => byId('GPL-2.0-or-later').later_versions.policy === 'automatic',
			'https://www.gnu.org/licenses/old-licenses/gpl-2.0.html',
		],
		['GPL-2.0-only does not', () => byId('GPL-2.0-only').later_versions.policy === 'fixed', 'https://spdx.org/licenses/GPL-2.0-only.html'],
		[
			'AGPL-3.0 is a network copyleft',
			() => byId('AGPL-3.0-only').copyleft_scope === 'network',
			'https://www.gnu.org/licenses/agpl-3.0.html#section13',
		],
		[
			'CC0 grants no patent rights',
			() => byId('CC0-1.0').patent_grant === 'excluded',
			'https://creativecommons.org/publicdomain/zero/1.0/legalcode',
		],
		[
			'the DPG Standard accepts CC BY-NC for content but not CC BY-ND',
			() => byId('CC-BY-NC-4.0').dpg.accepted && !byId('CC-BY-ND-4.0').dpg.accepted,
			'https://github.com/DPGAlliance/publicgoods-candidates/blob/main/help-center/licenses.md',
		],
	] as const)('%s', (_what, check, source) => {
		expect(check(), source).toBe(true);
	});
});

describe('bad licence data is reported with the entry, the field and what to fix', () => {
	it('an unknown family', () => {
		expect(messages(edited('MIT', { id: 'MIT-0', name: 'MIT No Attribution', family: 'viral' })).join('\n')).toMatch(
			/"MIT-0": `family`: Invalid option.*\(family: Licence family/,
		);
	});

	it('a missing field, with the field’s description', () => {
		const { summary: _, ...noSummary } = edited('ISC', {});
		expect(only(noSummary)).toEqual([
			expect.stringMatching(/"ISC": the field `summary` is missing\. \(summary: One to three plain sentences/),
		]);
	});

	it('a missing nested field, and a field the schema does not know (such as the old osi_approved)', () => {
		expect(only(edited('ISC', { osi: { approved: true } }))).toEqual([
			expect.stringMatching(/"ISC": the field `osi\.source` is missing\. \(osi\.source: The OSI page of the licence/),
		]);
		expect(only(edited('ISC', { osi_approved: true }))).toEqual([
			expect.stringMatching(/"ISC": `osi_approved` is not a field of a licence\. Check the spelling, or remove it/),
		]);
	});

	it('a summary longer than three sentences', () => {
		expect(only(edited('ISC', { summary: 'One. Two sentences here. Three of them now. And a fourth one.' })).join('\n')).toMatch(
			/"ISC": `summary`: Keep the summary to one to three sentences/,
		);
	});

	it('a value outside the closed lists', () => {
		expect(only(edited('ISC', { requires: ['notice', 'be-nice'] })).join('\n')).toMatch(/"ISC": `requires\.1`: Invalid option/);
		expect(only(edited('ISC', { requires: ['notice', 'notice'] })).join('\n')).toMatch(/"ISC": `requires`: List each condition once/);
	});

	it('a source that is not https', () => {
		expect(only(edited('ISC', { osi: { approved: true, source: 'http://opensource.org/license/isc-license-txt' } })).join('\n')).toMatch(
			/"ISC": `osi\.source`: Source addresses must use https:\/\//,
		);
	});

	it('an id that is not on the SPDX list, and a name that differs from SPDX’s', () => {
		expect(only(edited('ISC', { id: 'ISC-2.0' }))).toEqual([
			expect.stringMatching(/"ISC-2\.0": `id`: "ISC-2\.0" is not on the SPDX licence list\. Use the identifier exactly/),
		]);
		expect(only(edited('ISC', { name: 'The ISC Licence' }))).toEqual([
			expect.stringMatching(/"ISC": `name`: SPDX names ISC "ISC License", not "The ISC Licence"\. Copy the SPDX full name/),
		]);
	});

	it('OSI approval or deprecation that contradicts SPDX', () => {
		expect(only(edited('ISC', { osi: { approved: false, source: 'https://opensource.org/licenses' } }))).toEqual([
			expect.stringMatching(/"ISC": `osi\.approved`: the SPDX licence list says ISC is OSI-approved/),
		]);
		expect(only(edited('ISC', { spdx_deprecated: true }))).toEqual([
			expect.stringMatching(/"ISC": `spdx_deprecated`: SPDX does not list ISC as deprecated\. Set spdx_deprecated to false/),
		]);
	});

	it('-only and -or-later identifiers whose later_versions policy disagrees', () => {
		expect(only(edited('GPL-2.0-only', { later_versions: { policy: 'automatic' } })).join('\n')).toMatch(
			/"GPL-2\.0-only": `later_versions`: An -only identifier means this version only: set later_versions\.policy to fixed/,
		);
		expect(only(edited('GPL-2.0-or-later', { later_versions: { policy: 'fixed' } })).join('\n')).toMatch(
			/"GPL-2\.0-or-later": `later_versions`: .*set later_versions\.policy to automatic/,
		);
	});

	it('a copyleft scope that does not fit the family, and a copyleft without same-licence', () => {
		expect(only(edited('ISC', { copyleft_scope: 'file' })).join('\n')).toMatch(
			/"ISC": `copyleft_scope`: A permissive licence has copyleft_scope none, not file/,
		);
		expect(only(edited('MPL-2.0', { requires: ['notice'] })).join('\n')).toMatch(
			/"MPL-2\.0": `requires`: A licence with copyleft_scope file requires same-licence/,
		);
	});

	it('a non-open licence marked OSI-approved', () => {
		expect(only(edited('BUSL-1.1', { osi: { approved: true, source: 'https://opensource.org/licenses' } })).join('\n')).toMatch(
			/"BUSL-1\.1": `osi`: A non-open licence cannot be OSI-approved/,
		);
	});

	it('a clause that names a licence the file does not have', () => {
		expect(only(edited('Vim', {}))).toEqual([
			expect.stringMatching(/"Vim": `clauses\.0\.licences`: "GPL-2\.0-or-later" is not a licence of this file\. Add an entry/),
		]);
	});

	it('a patent-use permission without a patent grant', () => {
		expect(only(edited('ISC', { permits: ['commercial-use', 'patent-use'] })).join('\n')).toMatch(
			/"ISC": `permits`: patent_grant is no, so patent-use cannot be in permits/,
		);
	});

	it('two entries with one id', () => {
		expect(only(edited('ISC', {}), edited('ISC', {}))).toEqual([expect.stringMatching(/The id "ISC" is used twice/)]);
	});

	it('the file and line of the entry, as the build prints them', () => {
		const root = mkdtempSync(join(tmpdir(), 'licence-data-'));
		mkdirSync(join(root, 'content/licences'), { recursive: true });
		const text = stringify([edited('ISC', {}), edited('Zlib', { family: 'copyleft' })]);
		writeFileSync(join(root, licencesFile), text);
		const line = text.split('\n').findIndex((l) => l.startsWith('- id: Zlib')) + 1;
		expect(line).toBeGreaterThan(1);
		expect(licenceProblems(root).map(formatProblem)).toEqual([
			expect.stringMatching(new RegExp(`^content/licences/licences\\.yaml:${line}: "Zlib": \`family\`: Invalid option`)),
		]);
		expect(() => readLicences(root)).toThrow(/1 problem\(s\) in the licence data:\n {2}content\/licences\/licences\.yaml:\d+: "Zlib"/);
	});

	it('the schema alone accepts the real entries', () => {
		for (const entry of raw) expect(licenceSchema.safeParse(entry).success, String(entry.id)).toBe(true);
	});
});
