import { states, type Answers, type ChecklistItem, type ClientModel, type MaturityLevel, type State } from './model';

/**
 * The form the component rendered is the one description of the assessment in the page: the
 * script reads the questions, links and levels back from it rather than from a second copy of
 * the data, and reads and writes answers through its radio buttons and text areas.
 */
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const href = (el: Element | null) => (el instanceof HTMLAnchorElement ? el.href : undefined);

export function readModel(root: HTMLElement): ClientModel {
	const id = root.dataset['assessment']!;
	const title = root.dataset['title'] ?? '';
	if (root.dataset['kind'] === 'maturity')
		return {
			kind: 'maturity',
			id,
			title,
			areas: [...root.querySelectorAll<HTMLElement>('fieldset[data-area]')].map((area) => ({
				id: area.dataset['area']!,
				title: text(area.querySelector('.kc-area-title')),
				levels: [...area.querySelectorAll<HTMLElement>('.kc-level')].map((l) => {
					const level: MaturityLevel = {
						level: Number(l.dataset['level']),
						name: l.dataset['name'] ?? '',
						action: text(l.querySelector('.kc-level-action-text')),
					};
					const link = href(l.querySelector('.kc-level-action a'));
					if (link) level.href = link;
					return level;
				}),
			})),
		};
	return {
		kind: 'checklist',
		id,
		title,
		groups: [...root.querySelectorAll<HTMLElement>('[data-group]')].map((group) => ({
			id: group.dataset['group']!,
			title: text(group.querySelector('h2')),
			items: [...group.querySelectorAll<HTMLElement>('fieldset[data-item]')].map((q) => {
				const item: ChecklistItem = { id: q.dataset['item']!, text: text(q.querySelector('legend')) };
				const link = href(q.querySelector('.kc-q-link a'));
				if (link) item.href = link;
				return item;
			}),
		})),
	};
}

/** Each question's (or area's) fieldset, by answer id. */
export function fieldsets(root: HTMLElement): Map<string, HTMLFieldSetElement> {
	return new Map(
		[...root.querySelectorAll<HTMLFieldSetElement>('fieldset[data-item], fieldset[data-area]')].map((f) => [
			f.dataset['item'] ?? f.dataset['area']!,
			f,
		]),
	);
}

/** The answers as the form shows them. */
export function readAnswersFromForm(model: ClientModel, sets: Map<string, HTMLFieldSetElement>): Answers {
	const answers: Answers = {};
	for (const [id, set] of sets) {
		const checked = set.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value;
		const note = set.querySelector('textarea')?.value ?? '';
		const answer: Answers[string] = {};
		if (checked !== undefined) {
			if (model.kind === 'maturity') answer.level = Number(checked);
			else if (states.includes(checked as State)) answer.state = checked as State;
		}
		if (note.trim()) answer.note = note;
		if (Object.keys(answer).length > 0) answers[id] = answer;
	}
	return answers;
}

/** Show the answers in the form; questions without one are left blank. */
export function writeAnswersToForm(model: ClientModel, sets: Map<string, HTMLFieldSetElement>, answers: Answers): void {
	for (const [id, set] of sets) {
		const a = answers[id];
		const value = model.kind === 'maturity' ? (a?.level === undefined ? undefined : String(a.level)) : a?.state;
		for (const radio of set.querySelectorAll<HTMLInputElement>('input[type=radio]')) radio.checked = radio.value === value;
		const area = set.querySelector('textarea');
		if (area) area.value = a?.note ?? '';
	}
}
