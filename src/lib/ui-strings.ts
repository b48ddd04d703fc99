import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { audiences, copyleftScopes, eventFormats, eventRegions, licenceFamilies, pageKinds } from './vocabularies';

/**
 * Our own interface strings, on top of Starlight's. Every language file in content/i18n/ must
 * define each of them (a test checks this), so no reader sees an English label on a translated page.
 */
export const ourStringKeys = [
	'sources.heading',
	'sources.intro',
	'audience.label',
	...audiences.map((a) => `audience.${a}` as const),
	'lastReviewed.label',
	'notFound.title',
	'notFound.home',
	'footer.licence',
	'footer.report',
	'pageActions.view',
	'pageActions.copy',
	'pageActions.copied',
	'pageActions.failed',
	'markdown.heading',
	'markdown.intro',
	'markdown.index',
	'markdown.full',
	'glossary.also',
	'glossary.readMore',
	'glossary.index',
	'glossary.termTitle',
	'licences.caption',
	'licences.id',
	'licences.name',
	'licences.family',
	'licences.obligations',
	'licences.patent',
	'licences.osi',
	'licences.yes',
	'licences.no',
	'licences.excluded',
	'licences.officialText',
	...licenceFamilies.map((f) => `family.${f}` as const),
	...copyleftScopes.map((s) => `scope.${s}` as const),
	'print.contents',
	'print.whoFor',
	'print.edition',
	'print.inEnglish',
	'print.untranslatedNote',
	'print.glossary',
	'print.links',
	'print.onlineAt',
	'print.page',
	'print.publisher',
	'pdf.download',
	'pdf.checklist',
	'search.anyValue',
	'search.showingFor',
	'search.inEnglish',
	'pdf.pageCount',
	'print.licenceAppendix',
	'print.editionNumber',
	'print.backTitle',
	'print.licence',
	'print.citeAs',
	'print.citation',
	'print.latest',
	'print.seePage',
	'templates.download',
	'templates.englishOriginal',
	'templates.notTranslated',
	'templates.outdated',
	'templates.sections',
	'templates.showFull',
	'translation.outdated',
	'translation.englishPage',
	'translation.page',
	'translation.current',
	'translation.outdatedShort',
	'translation.missing',
	'translation.summary',
	'translation.pagesShare',
	'translation.wordsShare',
	'downloads.language',
	'offline.heading',
	'offline.intro',
	'offline.readmeTitle',
	'offline.readmeIntro',
	'offline.readmeGuides',
	'offline.readmeTemplates',
	'offline.readmeGlossary',
	'offline.readmeOnline',
	'filter.guide',
	'filter.audience',
	'filter.type',
	...pageKinds.map((k) => `type.${k}` as const),
	'events.upcoming',
	'events.past',
	'events.noUpcoming',
	'events.when',
	'events.format',
	'events.where',
	'events.region',
	'events.organizers',
	'events.partners',
	'events.speakers',
	'events.participants',
	'events.participantsExpected',
	'events.participantsReported',
	'events.languages',
	'events.codeOfConduct',
	'events.register',
	'events.recording',
	'events.addToCalendar',
	'events.allCalendar',
	'events.online',
	'events.feed',
	...eventFormats.map((f) => `format.${f}` as const),
	'events.speakerName',
	'events.speakerRole',
	'events.speakerOrganization',
	...Object.values(eventRegions).map((r) => `region.${r}` as const),
	// The self-assessments of the tools section (src/assessments/).
	'assessment.done',
	'assessment.notYet',
	'assessment.notApplicable',
	'assessment.note',
	'assessment.evidence',
	'assessment.explainedIn',
	'assessment.level',
	'assessment.nextStep',
	'assessment.noScript',
	'assessment.privacy',
	'assessment.progressLabel',
	'assessment.progress',
	'assessment.restored',
	'assessment.resultHeading',
	'assessment.counts',
	'assessment.stillToDo',
	'assessment.levelsHeading',
	'assessment.notAssessed',
	'assessment.nextActions',
	'assessment.nextActionsNone',
	'assessment.nextAction',
	'assessment.toolsHeading',
	'assessment.toolsIntro',
	'assessment.downloadMarkdown',
	'assessment.copyMarkdown',
	'assessment.downloadJson',
	'assessment.importJson',
	'assessment.print',
	'assessment.clear',
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
] as const;

/**
 * Starlight's own strings that we reword (Starlight's wording said nothing of what the reader
 * sees instead); each language file defines them.
 */
export const starlightOverrideKeys = ['i18n.untranslatedContent'] as const;

/** One of our interface-string keys. */
export type OurStringKey = (typeof ourStringKeys)[number];

/** The search dialog's strings, named as Pagefind's interface names them (src/search/ui.ts). */
export const pagefindStringKeys = [
	'pagefind.clear_search',
	'pagefind.load_more',
	'pagefind.search_label',
	'pagefind.filters_label',
	'pagefind.zero_results',
	'pagefind.many_results',
	'pagefind.one_result',
	'pagefind.alt_search',
	'pagefind.search_suggestion',
	'pagefind.searching',
] as const;

export const uiStringsSchema = z.object(
	Object.fromEntries([...ourStringKeys, ...pagefindStringKeys, ...starlightOverrideKeys].map((k) => [k, z.string().min(1)])) as Record<
		OurStringKey | (typeof pagefindStringKeys)[number] | (typeof starlightOverrideKeys)[number],
		z.ZodString
	>,
);

/**
 * A language's interface strings read from content/i18n/ outside Astro's content layer (steps
 * that run after the build), checked against the same schema the site validates them with.
 */
export function readUiStrings(lang: string, root = process.cwd()): z.infer<typeof uiStringsSchema> {
	const file = join(root, 'content/i18n', `${lang}.json`);
	const parsed = uiStringsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
	if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
	return parsed.data;
}

/** Fill `{{name}}` placeholders as Starlight's i18next does. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
	return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}
