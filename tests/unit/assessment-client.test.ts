import { describe, expect, it } from 'vitest';
import { parseImport, pruneAnswers, toExport } from '../../src/assessments/client/exchange';
import { toMarkdown, type MarkdownStrings } from '../../src/assessments/client/markdown';
import type { Answers, ChecklistModel, MaturityModel } from '../../src/assessments/client/model';
import { checklistSummary, maturitySummary, progress } from '../../src/assessments/client/results';
import { clearAnswers, loadAnswers, saveAnswers, storageKey } from '../../src/assessments/client/storage';
import en from '../../content/i18n/en.json';

const checklist: ChecklistModel = {
	kind: 'checklist',
	id: 'dpg-readiness',
	title: 'Digital public good readiness',
	groups: [
		{
			id: 'licence',
			title: 'Licence',
			items: [
				{ id: 'open-licence', text: 'An approved open licence', href: 'https://kc.example.org/licensing/choosing/' },
				{ id: 'ownership', text: 'Clear ownership <of> the code', href: 'https://kc.example.org/governance/#owner' },
			],
		},
		{ id: 'privacy', title: 'Privacy', items: [{ id: 'pii', text: 'Personal data is protected' }] },
	],
};

const maturity: MaturityModel = {
	kind: 'maturity',
	id: 'ospo-maturity',
	title: 'OSPO maturity',
	areas: ['policy', 'release', 'skills'].map((id) => ({
		id,
		title: id[0]!.toUpperCase() + id.slice(1),
		levels: [0, 1, 2, 3, 4].map((level) => ({
			level,
			name: `L${level}`,
			action: level < 4 ? `${id} step ${level}→${level + 1}` : '',
			href: `https://kc.example.org/${id}/#l${level}`,
		})),
	})),
};

/** A Storage over a Map, as localStorage behaves. */
function memoryStorage(): Storage & { map: Map<string, string> } {
	const map = new Map<string, string>();
	return {
		map,
		get length() {
			return map.size;
		},
		clear: () => map.clear(),
		getItem: (k) => map.get(k) ?? null,
		key: (i) => [...map.keys()][i] ?? null,
		removeItem: (k) => void map.delete(k),
		setItem: (k, v) => void map.set(k, String(v)),
	};
}

const strings: MarkdownStrings = {
	source: en['assessment.mdSource'],
	counts: en['assessment.counts'],
	notApplicable: en['assessment.notApplicable'],
	level: en['assessment.level'],
	notAssessed: en['assessment.notAssessed'],
	nextActions: en['assessment.nextActions'],
	nextAction: en['assessment.nextAction'],
	levels: en['assessment.levelsHeading'],
	licence: 'Questions: test (CC-BY-SA-4.0)',
};
const ctx = { url: 'https://kc.example.org/tools/dpg-readiness/', date: '3 December 2026' };

describe('storage', () => {
	it('keeps answers under one versioned key per assessment, and only answers', () => {
		const storage = memoryStorage();
		saveAnswers(storage, checklist, { 'open-licence': { state: 'done', note: 'MIT' }, pii: { note: '' } });
		expect([...storage.map.keys()]).toEqual(['kc-assessment:dpg-readiness:v1']);
		expect(JSON.parse(storage.map.get(storageKey('dpg-readiness'))!)).toEqual({ 'open-licence': { state: 'done', note: 'MIT' } });
		expect(loadAnswers(storage, checklist)).toEqual({ 'open-licence': { state: 'done', note: 'MIT' } });
		clearAnswers(storage, checklist);
		expect(storage.map.size).toBe(0);
	});

	it('starts empty when what is stored is not JSON or no longer fits the questions', () => {
		const storage = memoryStorage();
		storage.setItem(storageKey('dpg-readiness'), '{not json');
		expect(loadAnswers(storage, checklist)).toEqual({});
		storage.setItem(storageKey('dpg-readiness'), JSON.stringify({ 'open-licence': { state: 'maybe' } }));
		expect(loadAnswers(storage, checklist)).toEqual({});
		// A question since removed is dropped, the others kept.
		storage.setItem(storageKey('dpg-readiness'), JSON.stringify({ gone: { state: 'done' }, pii: { state: 'not-yet' } }));
		expect(loadAnswers(storage, checklist)).toEqual({ pii: { state: 'not-yet' } });
	});

	it('removes the entry when the last answer is taken back', () => {
		const storage = memoryStorage();
		saveAnswers(storage, checklist, { pii: { state: 'done' } });
		saveAnswers(storage, checklist, {});
		expect(storage.map.size).toBe(0);
	});
});

describe('JSON export and import', () => {
	const answers: Answers = {
		pii: { state: 'not-applicable' },
		'open-licence': { state: 'done', note: 'Apache-2.0' },
		stale: { state: 'done' },
	};

	it('exports the documented shape, in question order, without ids the assessment lacks', () => {
		const file = toExport(checklist, answers, 'fr', new Date('2026-12-03T10:00:00Z'));
		expect(file).toEqual({
			assessment: 'dpg-readiness',
			version: 1,
			language: 'fr',
			exported: '2026-12-03T10:00:00.000Z',
			answers: { 'open-licence': { state: 'done', note: 'Apache-2.0' }, pii: { state: 'not-applicable' } },
		});
		expect(Object.keys(file.answers)).toEqual(['open-licence', 'pii']);
	});

	it('imports its own export back unchanged', () => {
		const text = JSON.stringify(toExport(maturity, { release: { level: 2, note: 'n' }, policy: { level: 0 } }, 'ar', new Date()));
		expect(parseImport(maturity, text)).toEqual({
			ok: true,
			answers: { policy: { level: 0 }, release: { level: 2, note: 'n' } },
			skipped: [],
		});
	});

	it('skips and lists answers to questions the assessment no longer has', () => {
		const text = JSON.stringify({ assessment: 'dpg-readiness', version: 1, answers: { pii: { state: 'done' }, old: { state: 'done' } } });
		expect(parseImport(checklist, text)).toEqual({ ok: true, answers: { pii: { state: 'done' } }, skipped: ['old'] });
	});

	it.each([
		['not JSON', '<html>', { code: 'notJson' }],
		['JSON that is no export', '[1, 2]', { code: 'notExport' }],
		['an export without answers', '{"assessment": "dpg-readiness", "version": 1}', { code: 'notExport' }],
		[
			'another assessment',
			'{"assessment": "ospo-maturity", "version": 1, "answers": {}}',
			{ code: 'otherAssessment', found: 'ospo-maturity' },
		],
		['a later format', '{"assessment": "dpg-readiness", "version": 2, "answers": {}}', { code: 'version', found: '2' }],
		[
			'an unknown state',
			'{"assessment": "dpg-readiness", "version": 1, "answers": {"pii": {"state": "yes"}}}',
			{ code: 'badAnswer', id: 'pii', field: 'state' },
		],
		[
			'a level on a checklist',
			'{"assessment": "dpg-readiness", "version": 1, "answers": {"pii": {"level": 2}}}',
			{ code: 'badAnswer', id: 'pii', field: 'level' },
		],
		[
			'a note that is not text',
			'{"assessment": "dpg-readiness", "version": 1, "answers": {"pii": {"note": 5}}}',
			{ code: 'badAnswer', id: 'pii', field: 'note' },
		],
		[
			'an answer that is not an object',
			'{"assessment": "dpg-readiness", "version": 1, "answers": {"pii": "done"}}',
			{ code: 'badAnswer', id: 'pii', field: 'answer' },
		],
	])('refuses %s, saying why', (_, text, error) => {
		expect(parseImport(checklist, text)).toEqual({ ok: false, error });
	});

	it('refuses a maturity level the area does not have', () => {
		const text = '{"assessment": "ospo-maturity", "version": 1, "answers": {"policy": {"level": 7}}}';
		expect(parseImport(maturity, text)).toEqual({ ok: false, error: { code: 'badAnswer', id: 'policy', field: 'level' } });
	});

	it('prunes empty answers and notes of spaces only stay out of the saved form', () => {
		expect(pruneAnswers(checklist, { pii: {}, 'open-licence': { note: '' } })).toEqual({});
	});
});

describe('progress and result', () => {
	it('counts answered questions; a note alone does not answer one', () => {
		expect(progress(checklist, { pii: { note: 'ask legal' }, ownership: { state: 'not-yet' } })).toEqual({ answered: 1, total: 3 });
		expect(progress(maturity, { skills: { level: 0 } })).toEqual({ answered: 1, total: 3 });
	});

	it('sums a checklist per section and lists what is not done yet', () => {
		const s = checklistSummary(checklist, { 'open-licence': { state: 'done' }, ownership: { state: 'not-yet' } });
		expect(s.total).toEqual({ done: 1, notYet: 1, notApplicable: 0, unanswered: 1 });
		expect(s.groups.map((g) => g.counts.unanswered)).toEqual([0, 1]);
		expect(s.notYet.map((i) => i.id)).toEqual(['ownership']);
	});

	it('names the next actions of the weakest assessed areas first, at most three, none beyond the top level', () => {
		const s = maturitySummary(maturity, { policy: { level: 2 }, release: { level: 1 }, skills: { level: 4 } });
		expect(s.next.map((n) => n.action)).toEqual(['release step 1→2', 'policy step 2→3']);
		expect(s.next[0]).toMatchObject({ area: 'Release', from: 1, to: 2, href: 'https://kc.example.org/release/#l1' });
		expect(maturitySummary(maturity, {}).next).toEqual([]);
		expect(maturitySummary(maturity, {}).unanswered).toBe(3);
	});
});

describe('Markdown report', () => {
	it('is a task list per section: done and not applicable ticked, notes and absolute links kept', () => {
		const md = toMarkdown(
			checklist,
			{ 'open-licence': { state: 'done', note: 'MIT\nsee LICENSE' }, pii: { state: 'not-applicable' } },
			strings,
			ctx,
		);
		expect(md).toBe(
			[
				'# Digital public good readiness',
				'',
				'Self-assessment from <https://kc.example.org/tools/dpg-readiness/>, exported on 3 December 2026.',
				'',
				'Done: 1 · Not yet: 0 · Not applicable: 1 · Not answered: 1',
				'',
				'## Licence',
				'',
				'- [x] An approved open licence — MIT',
				'  see LICENSE (<https://kc.example.org/licensing/choosing/>)',
				'- [ ] Clear ownership &lt;of> the code (<https://kc.example.org/governance/#owner>)',
				'',
				'## Privacy',
				'',
				'- [x] Personal data is protected — *Not applicable*',
				'',
				'---',
				'',
				'Questions: test (CC-BY-SA-4.0)',
				'',
			].join('\n'),
		);
	});

	it('lists a maturity assessment’s next actions as tasks, then the level of each area', () => {
		const md = toMarkdown(maturity, { policy: { level: 1, note: 'draft policy' } }, strings, ctx);
		expect(md).toContain(
			'## Your next three actions\n\n- [ ] policy step 1→2 — Policy: from level 1 to level 2 (<https://kc.example.org/policy/#l1>)\n',
		);
		expect(md).toContain('- **Policy**: Level 1: L1 — draft policy\n- **Release**: Not assessed yet\n- **Skills**: Not assessed yet');
	});
});
