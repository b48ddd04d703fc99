/**
 * What the browser knows of an assessment, read from the server-rendered form (read-form.ts):
 * the questions with their absolute links, and the reader's answers keyed by question or area
 * id. The pure modules beside this one (progress, exchange, markdown, storage) work on these
 * shapes only, so they are tested without a page.
 */
export const states = ['done', 'not-yet', 'not-applicable'] as const;
export type State = (typeof states)[number];

export interface ChecklistItem {
	id: string;
	text: string;
	/** Absolute address of the chapter that explains the item. */
	href?: string;
}

export interface ChecklistModel {
	kind: 'checklist';
	id: string;
	title: string;
	groups: { id: string; title: string; items: ChecklistItem[] }[];
}

export interface MaturityLevel {
	level: number;
	name: string;
	/** What to do to reach the next level from this one; empty at the top level. */
	action: string;
	href?: string;
}

export interface MaturityModel {
	kind: 'maturity';
	id: string;
	title: string;
	areas: { id: string; title: string; levels: MaturityLevel[] }[];
}

export type ClientModel = ChecklistModel | MaturityModel;

/** One answer: a state for a checklist question, a level for a maturity area; a note for either. */
export interface Answer {
	state?: State;
	level?: number;
	note?: string;
}
export type Answers = Record<string, Answer>;

/** Ids of the questions (checklist) or areas (maturity) the reader can answer. */
export function answerIds(model: ClientModel): string[] {
	return model.kind === 'checklist' ? model.groups.flatMap((g) => g.items.map((i) => i.id)) : model.areas.map((a) => a.id);
}

/** Whether an answer says something: a state or level chosen, or a note written. */
export function isAnswered(model: ClientModel, answer: Answer | undefined): boolean {
	return model.kind === 'checklist' ? answer?.state !== undefined : answer?.level !== undefined;
}
