import {
	answerIds,
	isAnswered,
	type Answers,
	type ChecklistItem,
	type ChecklistModel,
	type ClientModel,
	type MaturityModel,
} from './model';

/** How many questions (or areas) have an answer. */
export function progress(model: ClientModel, answers: Answers): { answered: number; total: number } {
	const ids = answerIds(model);
	return { answered: ids.filter((id) => isAnswered(model, answers[id])).length, total: ids.length };
}

export interface Counts {
	done: number;
	notYet: number;
	notApplicable: number;
	unanswered: number;
}

export interface ChecklistSummary {
	total: Counts;
	groups: { id: string; title: string; counts: Counts }[];
	/** Items answered "not yet", in checklist order: the work left. */
	notYet: ChecklistItem[];
}

function count(items: ChecklistItem[], answers: Answers): Counts {
	const c: Counts = { done: 0, notYet: 0, notApplicable: 0, unanswered: 0 };
	for (const item of items) {
		const state = answers[item.id]?.state;
		if (state === 'done') c.done++;
		else if (state === 'not-yet') c.notYet++;
		else if (state === 'not-applicable') c.notApplicable++;
		else c.unanswered++;
	}
	return c;
}

export function checklistSummary(model: ChecklistModel, answers: Answers): ChecklistSummary {
	const all = model.groups.flatMap((g) => g.items);
	return {
		total: count(all, answers),
		groups: model.groups.map((g) => ({ id: g.id, title: g.title, counts: count(g.items, answers) })),
		notYet: all.filter((i) => answers[i.id]?.state === 'not-yet'),
	};
}

export interface NextAction {
	areaId: string;
	area: string;
	/** The level the area is at now, and the one the action leads to. */
	from: number;
	to: number;
	action: string;
	href?: string;
}

export interface MaturitySummary {
	areas: { id: string; title: string; level?: number; name?: string }[];
	/** The next step in each area, weakest areas first (ties in the areas' order). */
	next: NextAction[];
	unanswered: number;
}

/**
 * Levels per area and the next actions. An area at level L moves up with the action written for
 * level L; an area already at its top level has none. Areas not yet assessed suggest nothing:
 * the reader has not said where they stand.
 */
export function maturitySummary(model: MaturityModel, answers: Answers, limit = 3): MaturitySummary {
	const areas = model.areas.map((a) => {
		const level = answers[a.id]?.level;
		const at = a.levels.find((l) => l.level === level);
		return at ? { id: a.id, title: a.title, level: at.level, name: at.name } : { id: a.id, title: a.title };
	});
	const candidates: NextAction[] = [];
	for (const a of model.areas) {
		const level = answers[a.id]?.level;
		if (level === undefined) continue;
		const at = a.levels.find((l) => l.level === level);
		const top = Math.max(...a.levels.map((l) => l.level));
		if (!at || level >= top || !at.action) continue;
		const next: NextAction = { areaId: a.id, area: a.title, from: level, to: level + 1, action: at.action };
		if (at.href) next.href = at.href;
		candidates.push(next);
	}
	// A stable sort keeps the areas' own order among areas at the same level.
	candidates.sort((x, y) => x.from - y.from);
	return { areas, next: candidates.slice(0, limit), unanswered: areas.filter((a) => a.level === undefined).length };
}
