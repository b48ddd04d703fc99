import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
	allAnswers,
	englishText,
	ExpressionError,
	indexExceptions,
	judge,
	judgeExpression,
	uses,
	type Use,
	type Verdict,
} from '../../src/licences/compatibility';
import { apiAnswers } from '../../src/licences/compatibility/api';
import { checkExceptions, exceptionProblems, readExceptions } from '../../src/licences/compatibility/read';
import { apiCompatibilitySchema } from '../../src/licences/compatibility/schema';
import { compatStringKeys } from '../../src/licences/compatibility/strings';
import { readLicences } from '../../src/licences/data';
import { projectRoot } from '../helpers/astro-build';

const licences = readLicences(projectRoot);
const exceptions = indexExceptions(readExceptions(projectRoot));
const byId = new Map(licences.map((l) => [l.id, l]));
const licence = (id: string) => {
	const l = byId.get(id);
	if (!l) throw new Error(`The test names ${id}, which content/licences/licences.yaml does not have.`);
	return l;
};
const answer = (inbound: string, outbound: string, use: Use) => judge(licence(inbound), licence(outbound), use, exceptions);

/**
 * Well-known answers, each with the published statement it rests on. The last column, where
 * given, is the condition or reason key the answer must carry.
 */
const known: [inbound: string, outbound: string, use: Use, verdict: Verdict, source: string, key?: string][] = [
	['Apache-2.0', 'GPL-3.0-only', 'modify', 'yes', 'https://www.apache.org/licenses/GPL-compatibility.html'],
	['GPL-3.0-only', 'Apache-2.0', 'modify', 'no', 'https://www.apache.org/licenses/GPL-compatibility.html'],
	['Apache-2.0', 'GPL-2.0-only', 'modify', 'no', 'https://www.apache.org/licenses/GPL-compatibility.html', 'compat.reason.v3Only'],
	[
		'Apache-2.0',
		'GPL-2.0-or-later',
		'modify',
		'conditional',
		'https://www.gnu.org/licenses/license-list.html#apache2',
		'compat.condition.onlyUnder',
	],
	['MIT', 'GPL-2.0-only', 'modify', 'yes', 'https://www.gnu.org/licenses/license-list.html#Expat', 'compat.condition.keepNotices'],
	['BSD-3-Clause', 'Apache-2.0', 'modify', 'yes', 'https://opensource.org/license/bsd-3-clause'],
	['GPL-2.0-or-later', 'GPL-3.0-only', 'modify', 'yes', 'https://www.gnu.org/licenses/gpl-faq.html#AllCompatibility'],
	[
		'GPL-2.0-only',
		'GPL-3.0-only',
		'modify',
		'no',
		'https://www.gnu.org/licenses/gpl-faq.html#AllCompatibility',
		'compat.reason.gnuVersions',
	],
	['GPL-3.0-only', 'GPL-2.0-only', 'modify', 'no', 'https://www.gnu.org/licenses/gpl-faq.html#AllCompatibility'],
	[
		'GPL-2.0-only',
		'GPL-2.0-or-later',
		'modify',
		'conditional',
		'https://www.gnu.org/licenses/gpl-faq.html#AllCompatibility',
		'compat.condition.onlyUnder',
	],
	[
		'GPL-3.0-or-later',
		'GPL-2.0-or-later',
		'modify',
		'conditional',
		'https://www.gnu.org/licenses/gpl-faq.html#AllCompatibility',
		'compat.condition.onlyUnder',
	],
	[
		'GPL-2.0-only',
		'LGPL-2.1-only',
		'modify',
		'no',
		'https://www.gnu.org/licenses/gpl-faq.html#AllCompatibility',
		'compat.reason.gnuStronger',
	],
	[
		'LGPL-2.1-or-later',
		'GPL-2.0-only',
		'modify',
		'yes',
		'https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html',
		'compat.reason.lesserIntoGpl',
	],
	['LGPL-2.1-only', 'GPL-3.0-only', 'modify', 'yes', 'https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html'],
	['LGPL-3.0-only', 'GPL-3.0-only', 'modify', 'yes', 'https://www.gnu.org/licenses/gpl-faq.html#AllCompatibility'],
	['LGPL-3.0-only', 'GPL-2.0-only', 'modify', 'no', 'https://www.gnu.org/licenses/license-list.html#LGPLv3'],
	['LGPL-3.0-only', 'GPL-2.0-only', 'link', 'no', 'https://www.gnu.org/licenses/gpl-faq.html#AllCompatibility'],
	[
		'LGPL-3.0-only',
		'Apache-2.0',
		'link',
		'conditional',
		'https://www.gnu.org/licenses/lgpl-3.0.html',
		'compat.condition.replaceableLibrary',
	],
	[
		'LGPL-2.1-only',
		'MIT',
		'link',
		'conditional',
		'https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html',
		'compat.condition.replaceableLibrary',
	],
	[
		'MPL-2.0',
		'GPL-2.0-or-later',
		'modify',
		'conditional',
		'https://www.mozilla.org/en-US/MPL/2.0/',
		'compat.condition.secondaryUnlessMarked',
	],
	[
		'LGPL-3.0-only',
		'GPL-2.0-or-later',
		'link',
		'conditional',
		'https://www.gnu.org/licenses/gpl-faq.html#AllCompatibility',
		'compat.condition.onlyUnder',
	],
	['LGPL-3.0-only', 'LGPL-2.1-only', 'link', 'yes', 'https://www.gnu.org/licenses/gpl-faq.html#AllCompatibility'],
	['MPL-2.0', 'Apache-2.0', 'modify', 'conditional', 'https://www.mozilla.org/en-US/MPL/2.0/', 'compat.condition.keepFiles'],
	['Apache-2.0', 'MPL-2.0', 'modify', 'yes', 'https://opensource.com/law/11/9/mpl-20-copyleft-and-license-compatibility'],
	[
		'EPL-2.0',
		'GPL-2.0-only',
		'modify',
		'conditional',
		'https://www.eclipse.org/legal/epl-2.0/faq/',
		'compat.condition.secondaryDesignated',
	],
	['EPL-2.0', 'LGPL-3.0-only', 'modify', 'no', 'https://www.eclipse.org/legal/epl-2.0/faq/'],
	[
		'EUPL-1.2',
		'GPL-3.0-only',
		'modify',
		'conditional',
		'https://eur-lex.europa.eu/eli/dec_impl/2017/863/oj',
		'compat.condition.euplCombined',
	],
	['EUPL-1.2', 'MPL-2.0', 'modify', 'conditional', 'https://eur-lex.europa.eu/eli/dec_impl/2017/863/oj'],
	['EUPL-1.2', 'MIT', 'modify', 'no', 'https://eur-lex.europa.eu/eli/dec_impl/2017/863/oj'],
	[
		'GPL-3.0-only',
		'EUPL-1.2',
		'modify',
		'no',
		'https://eur-lex.europa.eu/eli/dec_impl/2017/863/oj',
		'compat.reason.copyleftAcceptedByOutbound',
	],
	['GPL-3.0-only', 'AGPL-3.0-only', 'modify', 'yes', 'https://www.gnu.org/licenses/gpl-3.0.html', 'compat.reason.agplCombination'],
	[
		'AGPL-3.0-only',
		'GPL-3.0-only',
		'modify',
		'conditional',
		'https://www.gnu.org/licenses/agpl-3.0.html',
		'compat.condition.agplPartStays',
	],
	['AGPL-3.0-only', 'MIT', 'network', 'no', 'https://www.gnu.org/licenses/agpl-3.0.html'],
	['AGPL-3.0-only', 'AGPL-3.0-only', 'network', 'yes', 'https://www.gnu.org/licenses/agpl-3.0.html', 'compat.condition.networkSource'],
	['GPL-3.0-only', 'MIT', 'network', 'yes', 'https://www.gnu.org/licenses/gpl-faq.html#UnreleasedMods', 'compat.reason.notDistribution'],
	[
		'GPL-3.0-only',
		'MIT',
		'aggregate',
		'yes',
		'https://www.gnu.org/licenses/gpl-faq.html#MereAggregation',
		'compat.condition.eachKeepsLicence',
	],
	['GPL-2.0-only', 'MIT', 'link', 'no', 'https://www.gnu.org/licenses/gpl-faq.html#GPLStaticVsDynamic'],
	[
		'CC-BY-SA-4.0',
		'GPL-3.0-only',
		'modify',
		'yes',
		'https://creativecommons.org/share-your-work/licensing-considerations/compatible-licenses/',
	],
	[
		'GPL-3.0-only',
		'CC-BY-SA-4.0',
		'modify',
		'no',
		'https://creativecommons.org/share-your-work/licensing-considerations/compatible-licenses/',
	],
	['CC-BY-SA-4.0', 'MIT', 'modify', 'no', 'https://creativecommons.org/share-your-work/licensing-considerations/compatible-licenses/'],
	['CC0-1.0', 'GPL-2.0-only', 'modify', 'yes', 'https://www.gnu.org/licenses/license-list.html#CC0'],
	['MIT', 'CC0-1.0', 'modify', 'no', 'https://creativecommons.org/publicdomain/zero/1.0/legalcode', 'compat.reason.noConditionsOutbound'],
	['CC-BY-4.0', 'CC-BY-SA-4.0', 'modify', 'yes', 'https://creativecommons.org/licenses/by/4.0/legalcode.en'],
	[
		'CC-BY-4.0',
		'ODbL-1.0',
		'modify',
		'conditional',
		'https://wiki.osmfoundation.org/wiki/Licence/Waiver_and_Permission_Templates/Cover_letter_and_waiver_template_for_CC_BY_4.0',
	],
	['ODbL-1.0', 'CC-BY-4.0', 'modify', 'conditional', 'https://opendatacommons.org/licenses/odbl/1-0/', 'compat.condition.producedWorkOnly'],
	['CERN-OHL-S-2.0', 'MIT', 'modify', 'no', 'https://ohwr.org/cern_ohl_s_v2.txt'],
];

describe('well-known answers', () => {
	it('has at least 25, each with an https source', () => {
		expect(known.length).toBeGreaterThanOrEqual(25);
		for (const row of known) expect(row[4]).toMatch(/^https:\/\//);
	});

	it.each(known)('%s → %s (%s): %s', (inbound, outbound, use, verdict, _source, key) => {
		const a = answer(inbound, outbound, use);
		expect(a.verdict).toBe(verdict);
		if (key) expect([a.reason.key, a.condition?.key]).toContain(key);
		expect(a.sources.length).toBeGreaterThan(0);
	});

	it('is one-way where the sources say so', () => {
		expect(answer('Apache-2.0', 'GPL-3.0-only', 'modify').verdict).toBe('yes');
		expect(answer('GPL-3.0-only', 'Apache-2.0', 'modify').verdict).toBe('no');
		expect(answer('CC-BY-SA-4.0', 'GPL-3.0-only', 'modify').verdict).toBe('yes');
		expect(answer('GPL-3.0-only', 'CC-BY-SA-4.0', 'modify').verdict).toBe('no');
	});

	it('names what the combined work narrows to', () => {
		expect(answer('Apache-2.0', 'GPL-2.0-or-later', 'modify').condition?.params?.['result']).toBe('GPL-3.0-or-later');
		expect(answer('GPL-2.0-only', 'GPL-2.0-or-later', 'modify').condition?.params?.['result']).toBe('GPL-2.0-only');
		expect(answer('GPL-2.0-only', 'LGPL-2.1-only', 'modify').reason.params?.['result']).toBe('GPL-2.0-only');
	});

	it('says where sources disagree, citing both sides', () => {
		const eupl = answer('EUPL-1.2', 'GPL-3.0-only', 'modify');
		expect(eupl.disagreement?.note.key).toBe('compat.note.euplFsf');
		expect(eupl.sources.some((s) => s.includes('europa.eu'))).toBe(true);
		expect(eupl.disagreement?.sources.some((s) => s.includes('gnu.org') || s.includes('fsf.org'))).toBe(true);
		const linking = answer('GPL-2.0-only', 'MIT', 'link');
		expect(linking.disagreement?.note.key).toBe('compat.note.linkingEu');
		expect(linking.disagreement?.sources.some((s) => s.includes('europa.eu'))).toBe(true);
	});

	it('answers no for MPL-2.0 files marked “Incompatible With Secondary Licenses”, which lose the secondary-licence clause', () => {
		// SPDX names MPL-2.0 with the Exhibit B notice MPL-2.0-no-copyleft-exception; the FSF lists it as GPL-incompatible.
		const mpl = licence('MPL-2.0');
		const marked = { ...mpl, id: 'MPL-2.0-no-copyleft-exception', clauses: [], fsf: { ...mpl.fsf, gpl_compatible: 'no' as const } };
		expect(judge(mpl, licence('GPL-3.0-only'), 'modify', exceptions).verdict).toBe('conditional');
		expect(judge(marked, licence('GPL-3.0-only'), 'modify', exceptions).verdict).toBe('no');
		expect(judge(marked, licence('Apache-2.0'), 'modify', exceptions).verdict).toBe('conditional');
	});
});

/**
 * The matrix of content/docs/licensing/licence-compatibility.mdx as written on 1 December 2026,
 * each cell's note citing its sources there: Y yes, C "If" or "Separate", N no.
 */
const chapterColumns = [
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
];
const chapterRows: Record<string, string> = {
	MIT: 'YYYYYYYYYY NCCCC',
	'BSD-3-Clause': 'YYYYYYYYYY NCCCC',
	'Apache-2.0': 'YYYYYNYYYY NCCCC',
	'MPL-2.0': 'CCCYCCCCCC NCCCN',
	'LGPL-3.0-only': 'CCCCYNYYCC NNNCN',
	'GPL-2.0-only': 'NNNNNYNNNN NNNCN',
	'GPL-3.0-only': 'NNNNNNYYNN NNNCN',
	'AGPL-3.0-only': 'NNNNNNCYNN NNNCN',
	'EPL-2.0': 'CCCCNCCCYC NCCCN',
	'EUPL-1.2': 'NNNCCCCCNY NNNCN',
	'CC0-1.0': 'YYYYYYYYYY YYYYY',
	'CC-BY-4.0': 'YYYYYYYYYY NYYCC',
	'CC-BY-SA-4.0': 'NNNNNNYCNN NNYNN',
	'ODbL-1.0': 'CCCCCCCCCC NCCYC',
	'CERN-OHL-S-2.0': 'NNNNNNNNNN NNNNY',
};

describe('the licensing guide’s matrix', () => {
	const letter = { yes: 'Y', conditional: 'C', no: 'N' } as const;
	it.each(Object.entries(chapterRows))('%s agrees with the chapter', (inbound, row) => {
		const cells = row.replace(' ', '').split('');
		const got = chapterColumns.map((outbound) => letter[answer(inbound, outbound, 'modify').verdict]);
		expect(got.join('')).toBe(cells.join(''));
	});
});

describe('every answer of the data', () => {
	const answers = allAnswers(licences, exceptions);
	const keys = new Set<string>(compatStringKeys);
	const english = JSON.parse(readFileSync(join(projectRoot, 'content/i18n/en.json'), 'utf8')) as Record<string, string>;

	it('covers every ordered pair for every use', () => {
		expect(answers).toHaveLength(licences.length * licences.length * uses.length);
		expect(new Set(answers.map((a) => `${a.inbound}|${a.outbound}|${a.use}`)).size).toBe(answers.length);
	});

	it('has at least one https source, and a condition exactly when conditional or when a yes needs one', () => {
		for (const a of answers) {
			expect(a.sources.length, `${a.inbound} → ${a.outbound} (${a.use})`).toBeGreaterThan(0);
			for (const s of a.sources) expect(s).toMatch(/^https:\/\//);
			if (a.verdict === 'conditional') expect(a.condition, `${a.inbound} → ${a.outbound} (${a.use})`).not.toBeNull();
			if (a.verdict === 'no') expect(a.condition).toBeNull();
		}
	});

	it('uses only interface-string keys that English defines, with every placeholder filled', () => {
		for (const a of answers)
			for (const ref of [a.reason, a.condition, a.disagreement?.note].filter((r) => r !== null && r !== undefined)) {
				expect(keys.has(ref.key), ref.key).toBe(true);
				expect(english[ref.key], ref.key).toBeDefined();
				expect(englishText(ref)).not.toMatch(/\{\{/);
			}
	});

	it('answers yes for a licence with itself, and no for a non-open licence into another', () => {
		for (const l of licences) for (const use of uses) expect(answer(l.id, l.id, use).verdict).toBe('yes');
		for (const l of licences.filter((x) => x.family === 'non-open'))
			for (const o of licences.filter((x) => x.id !== l.id)) expect(answer(l.id, o.id, 'modify').verdict).toBe('no');
	});

	it('gives the JSON API the shape its schema documents', () => {
		const api = apiAnswers(licences, readExceptions(projectRoot));
		expect(apiCompatibilitySchema.safeParse(api).success).toBe(true);
		expect(api).toHaveLength(answers.length);
		const cc = api.find((a) => a.inbound === 'CC-BY-SA-4.0' && a.outbound === 'GPL-3.0-only' && a.use === 'modify');
		expect(cc?.condition).toContain('GPL-3.0');
	});
});

describe('SPDX expressions', () => {
	const out = (id: string) => licence(id);
	const check = (expr: string, outbound: string, use: Use = 'modify') => judgeExpression(expr, out(outbound), use, licences, exceptions);

	it('AND: every part applies, the weakest answer counts', () => {
		const r = check('GPL-2.0-only AND Apache-2.0', 'GPL-2.0-only');
		expect(r.verdict).toBe('no');
		expect(r.parts.map((p) => p.licence)).toEqual(['GPL-2.0-only', 'Apache-2.0']);
		expect(r.explanation[0]?.key).toBe('compat.expression.and');
	});

	it('OR: the best alternative is chosen, and the answer says which', () => {
		const r = check('MIT AND (GPL-2.0-only OR Apache-2.0)', 'Apache-2.0');
		expect(r.verdict).toBe('yes');
		expect(r.parts.map((p) => p.licence)).toEqual(['MIT', 'Apache-2.0']);
		const or = r.explanation.find((e) => e.key === 'compat.expression.or');
		expect(or?.params).toMatchObject({ chosen: 'Apache-2.0', other: 'GPL-2.0-only' });
		expect(check('MIT AND (GPL-2.0-or-later OR Apache-2.0)', 'GPL-3.0-only').verdict).toBe('yes');
		expect(check('GPL-2.0-only OR Apache-2.0', 'GPL-2.0-only').parts[0]?.licence).toBe('GPL-2.0-only');
	});

	it('explains the obligations of the parts that apply', () => {
		const r = check('MIT AND (GPL-2.0-or-later OR Apache-2.0)', 'GPL-3.0-only');
		expect(r.parts.find((p) => p.licence === 'MIT')?.requires).toEqual(licence('MIT').requires);
		expect(r.sources.length).toBeGreaterThan(0);
	});

	it('WITH: a known linking exception relaxes linking only', () => {
		const linked = check('GPL-2.0-only WITH Classpath-exception-2.0', 'Apache-2.0', 'link');
		expect(linked.verdict).toBe('conditional');
		expect(linked.parts[0]?.exception).toBe('Classpath-exception-2.0');
		expect(linked.parts[0]?.answer.condition?.key).toBe('compat.condition.classpath');
		expect(linked.sources).toContain('https://openjdk.org/legal/gplv2+ce.html');
		const copied = check('GPL-2.0-only WITH Classpath-exception-2.0', 'Apache-2.0', 'modify');
		expect(copied.verdict).toBe('no');
		expect(copied.explanation.map((e) => e.key)).toContain('compat.expression.exceptionNoEffect');
	});

	it('WITH: an exception the checker does not know is reported, not guessed', () => {
		const r = check('GPL-3.0-or-later WITH Autoconf-exception-3.0', 'MIT');
		expect(r.verdict).toBe('no');
		expect(r.explanation.map((e) => e.key)).toContain('compat.expression.exceptionUnknown');
	});

	it('WITH: LLVM-exception and Linux-syscall-note relax linking only', () => {
		expect(check('Apache-2.0', 'GPL-2.0-only', 'link').verdict).toBe('no');
		const llvm = check('Apache-2.0 WITH LLVM-exception', 'GPL-2.0-only', 'link');
		expect(llvm.verdict).toBe('conditional');
		expect(llvm.sources).toContain('https://llvm.org/LICENSE.txt');
		expect(check('Apache-2.0 WITH LLVM-exception', 'GPL-2.0-only', 'modify').verdict).toBe('no');
		expect(check('GPL-2.0-only WITH Linux-syscall-note', 'MIT', 'link').parts[0]?.answer.condition?.key).toBe(
			'compat.condition.linuxSyscall',
		);
	});

	it('reads the + suffix as "or later"', () => {
		expect(check('GPL-2.0+', 'GPL-3.0-only').parts[0]?.licence).toBe('GPL-2.0-or-later');
		// MPL-2.0 already lets recipients take later versions (section 10.2).
		expect(check('MPL-2.0+', 'Apache-2.0').parts[0]?.licence).toBe('MPL-2.0');
		expect(() => check('MIT+', 'Apache-2.0')).toThrow(ExpressionError);
	});

	it.each([
		['Foo-1.0', 'compat.expression.unknownId', { id: 'Foo-1.0' }],
		['MIT AND foo', 'compat.expression.unknownId', { id: 'foo' }],
		['mit', 'compat.expression.didYouMean', { id: 'mit', suggestion: 'MIT' }],
		['Beerware', 'compat.expression.notInData', { id: 'Beerware' }],
		['MIT AND', 'compat.expression.invalid', {}],
	])('rejects %s, naming the problem', (expr, key, params) => {
		let error: unknown;
		try {
			check(expr, 'MIT');
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ExpressionError);
		expect((error as ExpressionError).ref.key).toBe(key);
		expect((error as ExpressionError).ref.params).toMatchObject(params);
		expect(englishText((error as ExpressionError).ref)).not.toMatch(/\{\{/);
		for (const value of Object.values(params)) expect((error as ExpressionError).message).toContain(value);
	});
});

describe('content/licences/compatibility.yaml', () => {
	const ids = new Set(licences.map((l) => l.id));
	const entries = parse(readFileSync(join(projectRoot, 'content/licences/compatibility.yaml'), 'utf8')) as unknown[];

	it('is valid, and every exception is used by the answers', () => {
		const { exceptions: list, problems } = checkExceptions(entries, ids);
		expect(problems).toEqual([]);
		for (const e of list)
			for (const i of e.inbound) for (const o of e.outbound) for (const use of e.uses) expect(answer(i, o, use).reason.key).toBe(e.reason);
	});

	it.each([
		[
			'an unknown licence',
			{ inbound: 'GPL-2', outbound: 'MIT', uses: 'all', verdict: 'no', reason: 'compat.reason.copyleftSame', sources: ['https://a.org/'] },
			'inbound',
		],
		[
			'a reason key that is not a string',
			{ inbound: 'MIT', outbound: 'GPL-3.0-only', uses: 'all', verdict: 'yes', reason: 'because', sources: ['https://a.org/'] },
			'reason',
		],
		[
			'a conditional without a condition',
			{
				inbound: 'MIT',
				outbound: 'GPL-3.0-only',
				uses: ['link'],
				verdict: 'conditional',
				reason: 'compat.reason.permissive',
				sources: ['https://a.org/'],
			},
			'condition',
		],
		[
			'no source',
			{ inbound: 'MIT', outbound: 'GPL-3.0-only', uses: ['link'], verdict: 'yes', reason: 'compat.reason.permissive', sources: [] },
			'sources',
		],
		[
			'an unknown use',
			{
				inbound: 'MIT',
				outbound: 'GPL-3.0-only',
				uses: ['sell'],
				verdict: 'yes',
				reason: 'compat.reason.permissive',
				sources: ['https://a.org/'],
			},
			'uses',
		],
	])('rejects %s, naming the file, the entry and the field', (_name, entry, field) => {
		const { problems } = checkExceptions([entry], ids, [7]);
		expect(problems.length).toBeGreaterThan(0);
		expect(problems[0]?.file).toBe('content/licences/compatibility.yaml');
		expect(problems[0]?.line).toBe(7);
		expect(problems.map((p) => p.message).join('\n')).toContain(`\`${field}`);
		expect(problems[0]?.message).toContain('Entry 1');
	});

	it('reports a broken file to the content checks with its line, and stops the build reading it', () => {
		const root = mkdtempSync(join(tmpdir(), 'compat-'));
		mkdirSync(join(root, 'content/licences'), { recursive: true });
		copyFileSync(join(projectRoot, 'content/licences/licences.yaml'), join(root, 'content/licences/licences.yaml'));
		const good =
			'- inbound: MIT\n  outbound: GPL-3.0-only\n  uses: [link]\n  verdict: yes\n  reason: compat.reason.permissive\n  sources: [https://a.org/]\n';
		writeFileSync(
			join(root, 'content/licences/compatibility.yaml'),
			`${good}- inbound: MIT\n  outbound: GPL-9\n  uses: all\n  verdict: maybe\n`,
		);
		const problems = exceptionProblems(root);
		expect(problems.map((p) => p.line)).toEqual(expect.arrayContaining([7]));
		expect(problems.map((p) => p.message).join('\n')).toMatch(/Entry 2 \(MIT → GPL-9\): `verdict`/);
		expect(() => readExceptions(root)).toThrow(/content\/licences\/compatibility\.yaml:7: Entry 2/);
	});

	it('rejects two answers for one cell', () => {
		const entry = {
			inbound: 'MIT',
			outbound: 'GPL-3.0-only',
			uses: ['link'],
			verdict: 'yes',
			reason: 'compat.reason.permissive',
			sources: ['https://a.org/'],
		};
		const { problems } = checkExceptions([entry, entry], ids);
		expect(problems.map((p) => p.message).join('\n')).toContain('already answered by entry 1');
	});
});
