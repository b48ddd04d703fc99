import { z } from 'astro/zod';

/**
 * The questions of a self-assessment as content: content/assessments/<id>.yaml (English) and,
 * later, content/assessments/<locale>/<id>.yaml (translations keyed by the English ids). A
 * checklist asks done / not yet / not applicable per question; a maturity model asks which of
 * five levels describes each area.
 */

const kebab = (what: string) =>
	z
		.string()
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case kebab-case, e.g. release-process')
		.describe(`${what}: lower-case kebab-case, never changed once published (saved answers are keyed by it).`);

const plain = (what: string, min = 10) =>
	z
		.string()
		.trim()
		.min(min, `Write at least ${min} characters`)
		.refine((s) => !/[<>]|\]\(/.test(s), 'Write plain text: no HTML and no Markdown links (links go in `chapter`)')
		.describe(what);

/** `governance/writing-governance-md` or `governance/writing-governance-md#anchor`. */
const chapter = z
	.string()
	.regex(
		/^[a-z0-9-]+(\/[a-z0-9-]+)*(#[\p{Ll}\p{Lo}0-9-]+)?$/u,
		'Write the slug of an English page without slashes around it, with an optional #anchor, e.g. public-sector/setting-up-an-ospo#what-an-ospo-does',
	)
	.describe(
		'The chapter that explains this, as an English page slug with an optional #heading-anchor; the page links it in the reader’s language.',
	);

const licence = z
	.object({
		id: z
			.enum(['CC-BY-4.0', 'CC-BY-SA-4.0'])
			.describe('SPDX identifier of the licence of the questions: CC-BY-4.0 (ours) or CC-BY-SA-4.0 (derived from a CC BY-SA source).'),
		attribution: plain('The credit line shown on the page and in every export: who made the source, its title and version.'),
		source: z
			.url()
			.refine((u) => u.startsWith('https://'), 'Use an https:// address')
			.describe('Address of the source the questions derive from.'),
	})
	.strict()
	.describe('Licence of the questions and the credit it asks for.');

const basedOn = z
	.object({
		title: plain('Name of the established model, as its publisher writes it.', 3),
		url: z
			.url()
			.refine((u) => u.startsWith('https://'), 'Use an https:// address')
			.describe('Where the model is published.'),
		licence: z.string().min(2).describe('The model’s licence as an SPDX identifier, or "not stated" when it gives none.'),
		note: plain('What our text draws from it, in one or two sentences (which areas or levels).'),
	})
	.strict();

const question = z
	.object({
		id: kebab('Question id'),
		text: plain('The question, as one sentence a reader can answer yes or no.'),
		help: plain('Optional context under the question: what it means in practice.').optional(),
		evidence: plain('What a reader should be able to show for “done” (for the DPG Standard: what the nomination asks for).').optional(),
		chapter,
	})
	.strict();

const section = z
	.object({
		id: kebab('Section id'),
		title: plain('Section heading.', 3),
		questions: z.array(question).min(1).describe('The questions of the section, in order.'),
	})
	.strict();

export const maturityLevels = [0, 1, 2, 3, 4] as const;
export type MaturityLevelNumber = (typeof maturityLevels)[number];

const level = z
	.object({
		level: z.union(maturityLevels.map((n) => z.literal(n))).describe('The level number, 0 to 4, in order.'),
		name: plain('Short name of the level, e.g. "Ad hoc".', 3),
		text: plain('What an office at this level looks like, in one or two sentences.'),
		action: plain('The next concrete action for an office at this level, starting with a verb.'),
		chapter,
	})
	.strict();

const area = z
	.object({
		id: kebab('Area id'),
		title: plain('Area heading.', 3),
		question: plain('The question asked for the area.').optional(),
		levels: z
			.array(level)
			.length(5, 'Describe the five levels 0 to 4')
			.refine((ls) => ls.every((l, i) => l.level === i), 'List the levels in order: 0, 1, 2, 3, 4')
			.describe('Levels 0 to 4, in order.'),
	})
	.strict();

const unique =
	<T>(list: (d: T) => { id: string }[][], what: string) =>
	(d: T, ctx: z.RefinementCtx) => {
		const seen = new Set<string>();
		for (const { id } of list(d).flat()) {
			if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `The ${what} id "${id}" is used twice; give each its own id` });
			seen.add(id);
		}
	};

const common = {
	id: kebab('Assessment id, the file name without .yaml'),
	licence,
	based_on: z.array(basedOn).default([]).describe('Established models the text draws on, credited on the page.'),
};

const checklistFile = z
	.object({
		...common,
		kind: z.literal('checklist').describe('checklist: done / not yet / not applicable per question.'),
		sections: z.array(section).min(1).describe('Groups of questions, in page order.'),
	})
	.strict();

const maturityFile = z
	.object({
		...common,
		kind: z.literal('maturity').describe('maturity: one level out of five per area.'),
		areas: z.array(area).min(1).describe('The areas assessed, in page order.'),
	})
	.strict();

export const assessmentFileSchema = z
	.discriminatedUnion('kind', [checklistFile, maturityFile], { error: 'Write kind: checklist or kind: maturity' })
	.superRefine((d, ctx) => {
		if (d.kind === 'checklist') {
			unique<typeof d>((x) => [x.sections], 'section')(d, ctx);
			unique<typeof d>((x) => x.sections.map((s) => s.questions), 'question')(d, ctx);
		} else unique<typeof d>((x) => [x.areas], 'area')(d, ctx);
	});

export type AssessmentFile = z.infer<typeof assessmentFileSchema>;

/**
 * A translation: only the words, keyed by the English ids; anything missing is shown in English
 * and links always come from the English file.
 */
export const assessmentTranslationSchema = z
	.object({
		licence: z
			.object({ attribution: plain('The credit line, translated.') })
			.strict()
			.optional(),
		based_on: z.record(z.string(), plain('The note, translated.')).optional().describe('Notes keyed by the model’s url.'),
		sections: z
			.record(
				z.string(),
				z
					.object({
						title: plain('Section heading.', 2).optional(),
						questions: z
							.record(
								z.string(),
								z
									.object({
										text: plain('The question.', 4).optional(),
										help: plain('The help.', 4).optional(),
										evidence: plain('The evidence.', 4).optional(),
									})
									.strict(),
							)
							.optional(),
					})
					.strict(),
			)
			.optional()
			.describe('Checklists: sections keyed by the English section id.'),
		areas: z
			.record(
				z.string(),
				z
					.object({
						title: plain('Area heading.', 2).optional(),
						question: plain('The question.', 4).optional(),
						levels: z
							.partialRecord(
								z.enum(['0', '1', '2', '3', '4']),
								z
									.object({
										name: plain('Level name.', 2).optional(),
										text: plain('Level text.', 4).optional(),
										action: plain('Next action.', 4).optional(),
									})
									.strict(),
							)
							.optional(),
					})
					.strict(),
			)
			.optional()
			.describe('Maturity models: areas keyed by the English area id, levels by number.'),
	})
	.strict();

export type AssessmentTranslation = z.infer<typeof assessmentTranslationSchema>;
