import type { OurStringKey } from '../lib/ui-strings';

/**
 * The interface strings the assessment script writes itself (progress, result, messages, the
 * Markdown report), handed to it in the page's language as one data attribute.
 */
export const clientStringKeys = [
	'assessment.progress',
	'assessment.restored',
	'assessment.counts',
	'assessment.stillToDo',
	'assessment.levelsHeading',
	'assessment.notAssessed',
	'assessment.nextActions',
	'assessment.nextActionsNone',
	'assessment.nextAction',
	'assessment.level',
	'assessment.notApplicable',
	'assessment.explainedIn',
	'assessment.copied',
	'assessment.copyFailed',
	'assessment.downloaded',
	'assessment.imported',
	'assessment.importSkipped',
	'assessment.importNotJson',
	'assessment.importNotExport',
	'assessment.importOther',
	'assessment.importVersion',
	'assessment.importBadAnswer',
	'assessment.clearConfirm',
	'assessment.cleared',
	'assessment.storageFailed',
	'assessment.mdSource',
	'assessment.mdLicence',
] as const satisfies readonly OurStringKey[];

export type ClientStrings = Record<(typeof clientStringKeys)[number], string>;
