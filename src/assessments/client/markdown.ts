import { fill } from './fill';
import type { Answers, ChecklistModel, ClientModel, MaturityModel } from './model';
import { checklistSummary, maturitySummary } from './results';

/** The interface strings the Markdown report uses, in the page's language. */
export interface MarkdownStrings {
	/** `{{url}}`, `{{date}}` */
	source: string;
	/** `{{done}}`, `{{notYet}}`, `{{notApplicable}}`, `{{unanswered}}` */
	counts: string;
	notApplicable: string;
	/** `{{level}}`, `{{name}}` */
	level: string;
	notAssessed: string;
	nextActions: string;
	/** `{{area}}`, `{{from}}`, `{{to}}` */
	nextAction: string;
	levels: string;
	/** The questions' credit line, already filled in; ends the report. */
	licence?: string;
}

export interface ReportContext {
	/** The assessment page's absolute address. */
	url: string;
	/** The date, already formatted for the page's language. */
	date: string;
}

// Text and notes go into list items: a line break would end the item, and a `<` would open HTML.
const inline = (text: string) =>
	text
		.trim()
		.replace(/</g, '&lt;')
		.replace(/\r?\n\s*/g, '\n  ');
const link = (href: string | undefined) => (href ? ` (<${href}>)` : '');
const note = (text: string | undefined) => (text?.trim() ? ` — ${inline(text)}` : '');

/**
 * A report to paste into an issue tracker or a document: a task list per section, ticked where
 * done or not applicable, with each answer's note and the absolute link to the chapter that
 * explains the task; for a maturity assessment, the next actions as tasks and the level per area.
 */
export function toMarkdown(model: ClientModel, answers: Answers, s: MarkdownStrings, ctx: ReportContext): string {
	const head = [`# ${inline(model.title)}`, '', fill(s.source, { url: `<${ctx.url}>`, date: ctx.date }), ''];
	const body = model.kind === 'checklist' ? checklist(model, answers, s) : maturity(model, answers, s);
	const foot = s.licence ? ['', '---', '', s.licence] : [];
	return (
		[...head, ...body, ...foot]
			.join('\n')
			.replace(/\n{3,}/g, '\n\n')
			.trimEnd() + '\n'
	);
}

function checklist(model: ChecklistModel, answers: Answers, s: MarkdownStrings): string[] {
	const summary = checklistSummary(model, answers);
	const lines = [fill(s.counts, { ...summary.total }), ''];
	for (const group of model.groups) {
		lines.push(`## ${inline(group.title)}`, '');
		for (const item of group.items) {
			const a = answers[item.id];
			const ticked = a?.state === 'done' || a?.state === 'not-applicable';
			const na = a?.state === 'not-applicable' ? ` — *${s.notApplicable}*` : '';
			lines.push(`- [${ticked ? 'x' : ' '}] ${inline(item.text)}${na}${note(a?.note)}${link(item.href)}`);
		}
		lines.push('');
	}
	return lines;
}

function maturity(model: MaturityModel, answers: Answers, s: MarkdownStrings): string[] {
	const summary = maturitySummary(model, answers);
	const lines: string[] = [];
	if (summary.next.length > 0) {
		lines.push(`## ${s.nextActions}`, '');
		for (const n of summary.next)
			lines.push(`- [ ] ${inline(n.action)} — ${fill(s.nextAction, { area: n.area, from: n.from, to: n.to })}${link(n.href)}`);
		lines.push('');
	}
	lines.push(`## ${s.levels}`, '');
	for (const area of summary.areas) {
		const at = area.level === undefined ? s.notAssessed : fill(s.level, { level: area.level, name: area.name ?? '' });
		lines.push(`- **${inline(area.title)}**: ${at}${note(answers[area.id]?.note)}`);
	}
	return lines;
}
