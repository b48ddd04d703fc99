import { answerIds, states, type Answer, type Answers, type ClientModel, type State } from './model';

/**
 * The JSON a reader exports and may import again later, in the same browser or another:
 *
 *   {
 *     "assessment": "dpg-readiness",          the assessment's id
 *     "version": 1,                           this format's version
 *     "language": "fr",                       the page's language when exported
 *     "exported": "2026-12-03T14:00:00.000Z", when
 *     "answers": {
 *       "<question id>": { "state": "done" | "not-yet" | "not-applicable", "note": "…" },
 *       "<area id>": { "level": 0–4, "note": "…" }      (maturity assessments)
 *     }
 *   }
 *
 * Ids are the questions' stable ids, so a file made in one language imports on the page in any
 * other. The same answers object is what localStorage keeps.
 */
export const exportVersion = 1;

export interface ExportFile {
	assessment: string;
	version: number;
	language: string;
	exported: string;
	answers: Answers;
}

export function toExport(model: ClientModel, answers: Answers, language: string, now: Date): ExportFile {
	return { assessment: model.id, version: exportVersion, language, exported: now.toISOString(), answers: pruneAnswers(model, answers) };
}

/** The answers in question order, without empty ones or ids the assessment no longer has. */
export function pruneAnswers(model: ClientModel, answers: Answers): Answers {
	const out: Answers = {};
	for (const id of answerIds(model)) {
		const a = answers[id];
		if (!a) continue;
		const kept: Answer = {};
		if (a.state !== undefined) kept.state = a.state;
		if (a.level !== undefined) kept.level = a.level;
		if (a.note?.trim()) kept.note = a.note;
		if (Object.keys(kept).length > 0) out[id] = kept;
	}
	return out;
}

/** Why a file was refused; the page turns each into a sentence in the reader's language. */
export type ImportError =
	| { code: 'notJson' }
	| { code: 'notExport' }
	| { code: 'otherAssessment'; found: string }
	| { code: 'version'; found: string }
	| { code: 'badAnswer'; id: string; field: 'state' | 'level' | 'note' | 'answer' };

export type ImportResult = { ok: true; answers: Answers; skipped: string[] } | { ok: false; error: ImportError };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Read an exported file's text. Anything malformed refuses the whole file, naming what is wrong,
 * rather than importing half of it; answers for ids this assessment does not have (a question
 * since removed) are skipped and listed.
 */
export function parseImport(model: ClientModel, text: string): ImportResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, error: { code: 'notJson' } };
	}
	if (!isRecord(data) || typeof data['assessment'] !== 'string' || !isRecord(data['answers']))
		return { ok: false, error: { code: 'notExport' } };
	if (data['assessment'] !== model.id) return { ok: false, error: { code: 'otherAssessment', found: data['assessment'] } };
	if (data['version'] !== exportVersion) return { ok: false, error: { code: 'version', found: String(data['version']) } };
	return readAnswers(model, data['answers']);
}

/** Check an answers object field by field (an import, or what localStorage held). */
export function readAnswers(model: ClientModel, raw: Record<string, unknown>): ImportResult {
	const known = new Set(answerIds(model));
	const levels = model.kind === 'maturity' ? new Map(model.areas.map((a) => [a.id, new Set(a.levels.map((l) => l.level))])) : undefined;
	const answers: Answers = {};
	const skipped: string[] = [];
	for (const [id, value] of Object.entries(raw)) {
		if (!known.has(id)) {
			skipped.push(id);
			continue;
		}
		if (!isRecord(value)) return { ok: false, error: { code: 'badAnswer', id, field: 'answer' } };
		const answer: Answer = {};
		const { state, level, note } = value;
		if (model.kind === 'checklist') {
			if (state !== undefined) {
				if (!states.includes(state as State)) return { ok: false, error: { code: 'badAnswer', id, field: 'state' } };
				answer.state = state as State;
			}
			if (level !== undefined) return { ok: false, error: { code: 'badAnswer', id, field: 'level' } };
		} else {
			if (level !== undefined) {
				if (typeof level !== 'number' || !levels?.get(id)?.has(level))
					return { ok: false, error: { code: 'badAnswer', id, field: 'level' } };
				answer.level = level;
			}
			if (state !== undefined) return { ok: false, error: { code: 'badAnswer', id, field: 'state' } };
		}
		if (note !== undefined) {
			if (typeof note !== 'string') return { ok: false, error: { code: 'badAnswer', id, field: 'note' } };
			if (note !== '') answer.note = note;
		}
		answers[id] = answer;
	}
	return { ok: true, answers, skipped };
}
