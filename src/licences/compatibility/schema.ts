import { z } from 'astro/zod';
import { compatConditions, compatNotes, compatReasons } from './strings';
import { uses, verdicts } from './types';

const httpsUrl = z
	.url({ message: 'Write a full address, e.g. https://www.gnu.org/licenses/gpl-faq.html' })
	.refine((u) => u.startsWith('https://'), { message: 'Source addresses must use https://' });

const spdxIds = z
	.union([z.string(), z.array(z.string()).min(1)])
	.transform((v) => (Array.isArray(v) ? v : [v]))
	.describe('One SPDX identifier or a list of them, each an entry of content/licences/licences.yaml.');

const key = (prefix: string, names: readonly string[]) =>
	z
		.enum(names.map((n) => `${prefix}.${n}`) as [string, ...string[]])
		.describe(`An interface-string key: ${prefix}.<name>, one of ${names.join(', ')} (English text in content/i18n/en.json).`);

/** One recorded exception of content/licences/compatibility.yaml. */
export const compatExceptionSchema = z
	.object({
		inbound: spdxIds.describe('The licence of the material you take in: an SPDX identifier or a list of them.'),
		outbound: spdxIds.describe('The licence of the work you distribute: an SPDX identifier or a list of them.'),
		uses: z
			.union([z.literal('all'), z.array(z.enum(uses)).min(1)])
			.transform((v) => (v === 'all' ? [...uses] : v))
			.describe(`The uses the answer is for: all, or a list of ${uses.join(', ')}.`),
		verdict: z.enum(verdicts).describe(`The answer: ${verdicts.join(', ')}.`),
		reason: key('compat.reason', compatReasons),
		condition: key('compat.condition', compatConditions).optional(),
		sources: z.array(httpsUrl).min(1).describe('At least one address backing the answer: the licence text, the steward, the FSF.'),
		disagreement: z
			.object({
				note: key('compat.note', compatNotes),
				sources: z.array(httpsUrl).min(1).describe('The addresses of the other position.'),
			})
			.strict()
			.optional()
			.describe('Where published positions differ: the other side, with its sources.'),
	})
	.strict()
	.superRefine((e, ctx) => {
		if (e.verdict === 'conditional' && !e.condition)
			ctx.addIssue({ code: 'custom', path: ['condition'], message: 'A conditional answer names its condition.' });
	});

/** One answer of /api/licence-compatibility.json. */
export const apiAnswerSchema = z
	.object({
		inbound: z.string().describe('SPDX identifier of the licence of the material you take in.'),
		outbound: z.string().describe('SPDX identifier of the licence of the work you distribute.'),
		use: z.enum(uses),
		verdict: z.enum(verdicts),
		reason: z.string().min(10).describe('Why, in English.'),
		condition: z
			.string()
			.min(10)
			.nullable()
			.describe('What you must do for the answer to hold, in English; null when nothing beyond the answer.'),
		sources: z.array(httpsUrl).min(1),
		disagreement: z
			.object({ note: z.string().min(10), sources: z.array(httpsUrl).min(1) })
			.strict()
			.optional()
			.describe('Where published positions differ: the other side, in English, with its sources.'),
	})
	.strict();

export const apiCompatibilitySchema = z.array(apiAnswerSchema);

/** The JSON API's answer, as served (English text in place of the string keys). */
export type ApiAnswer = z.infer<typeof apiAnswerSchema>;
