/**
 * The release checklist's items, read from its chapter (open-sourcing/release-checklist): each
 * phase is a `##` heading whose list holds task items written `- [ ] **Action.** Owner: … Done
 * when: … See …`. The printed summary lists each phase and each action with its owner, for a team
 * to tick by hand; the chapter stays the one place the checklist is written.
 */
export const checklistSlug = 'open-sourcing/release-checklist';

export interface ChecklistPhase {
	title: string;
	items: { action: string; owner: string }[];
}

export function checklistPhases(body: string): ChecklistPhase[] {
	const phases: ChecklistPhase[] = [];
	let current: ChecklistPhase | undefined;
	// A task item may wrap over several lines; join each item's lines first.
	const items = body.replace(/\n {2,}(?=\S)/g, ' ').split('\n');
	for (const line of items) {
		const heading = /^##\s+(.+)$/.exec(line);
		if (heading) {
			current = { title: heading[1]!.trim(), items: [] };
			phases.push(current);
			continue;
		}
		const task = /^-\s+\[ \]\s+\*\*(.+?)\*\*\s*(.*)$/.exec(line);
		if (task && current) {
			// The owner is the text after the first label ("Owner:", "Responsable :"…) up to the next sentence.
			const owner = /^[^:：]+[:：]\s*([^.。]+)[.。]/.exec(task[2]!)?.[1]?.trim() ?? '';
			current.items.push({ action: task[1]!.trim().replace(/[.。]$/, ''), owner });
		}
	}
	return phases.filter((p) => p.items.length > 0);
}
