import { z } from 'astro/zod';
import {
	copyleftScopes,
	fsfStatuses,
	gplCompatibilities,
	laterVersionPolicies,
	licenceClauseKinds,
	licenceFamilies,
	licenceLimitations,
	licencePermissions,
	licenceRequirements,
	patentGrants,
	type CopyleftScope,
	type LicenceFamily,
} from '../lib/vocabularies';

/** A source of a fact: an https address at the steward, the OSI, the FSF, SPDX or the DPG Alliance. */
const sourceUrl = z
	.url({ message: 'Write a full address, e.g. https://opensource.org/license/mit' })
	.refine((u) => u.startsWith('https://'), { message: 'Source addresses must use https://' });

/** A content slug such as `licensing/licence-families` (guide/chapter, no slashes around). */
const chapterSlug = z
	.string()
	.regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'Write the page slug without slashes around it, e.g. licensing/licence-families')
	.describe('Slug of the chapter that explains the licence or its family, e.g. licensing/licence-families.');

/** A list of enum values, each at most once. */
const uniqueList = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
	z
		.array(z.enum(values))
		.refine((list) => new Set(list).size === list.length, { message: `List each ${what} once.` })
		.describe(`Any of: ${values.join(', ')}.`);

const spdxId = z
	.string()
	.regex(/^[A-Za-z0-9.+-]+$/, 'Write the SPDX identifier exactly as on https://spdx.org/licenses/, e.g. GPL-3.0-or-later');

export const osiStatusSchema = z
	.object({
		approved: z.boolean().describe('Whether the Open Source Initiative lists the licence as approved.'),
		date: z
			.string()
			.regex(/^\d{4}(-\d{2}-\d{2})?$/, 'Write the approval date as YYYY-MM-DD, or the year alone (YYYY)')
			.optional()
			.describe('When the OSI approved it, where its page says so.'),
		note: z.string().min(5).optional().describe('A short note on the OSI status, shown in the quick reference.'),
		source: sourceUrl.describe('The OSI page of the licence, or the OSI licence list for licences it has not approved.'),
	})
	.strict();

export const fsfStatusSchema = z
	.object({
		status: z.enum(fsfStatuses).describe(`How the FSF licence list classes it: ${fsfStatuses.join(', ')}.`),
		gpl_compatible: z
			.enum(gplCompatibilities)
			.describe(
				'Which section of the FSF list it is in: yes (GPL-compatible), no (GPL-incompatible), v3-only (compatible with GPLv3 but not GPLv2), not-listed.',
			),
		note: z.string().min(5).optional().describe('What the FSF adds, in our words (a relicensing route, a caveat).'),
		source: sourceUrl.describe('The entry on https://www.gnu.org/licenses/license-list.html (with its #anchor) or the list itself.'),
	})
	.strict();

export const dpgStatusSchema = z
	.object({
		accepted: z.boolean().describe('Whether indicator 2 of the Digital Public Goods Standard accepts the licence.'),
		note: z.string().min(5).optional().describe('For what kind of work (software, content, data) and on what ground.'),
		source: sourceUrl.describe('The DPG Standard or the DPG Alliance list of approved licences.'),
	})
	.strict();

export const laterVersionsSchema = z
	.object({
		policy: z
			.enum(laterVersionPolicies)
			.describe(
				'fixed: only this version; or-later-option: the licensor may add "or any later version"; automatic: recipients may take a later version (also for -or-later identifiers).',
			),
		note: z.string().min(5).optional().describe('The clause that says so, in our words.'),
	})
	.strict();

export const licenceClauseSchema = z
	.object({
		kind: z.enum(licenceClauseKinds).describe(`What the clause does: ${licenceClauseKinds.join(', ')}.`),
		licences: z.array(spdxId).min(1).describe('SPDX identifiers, each an entry of licences.yaml, that the clause names or allows.'),
		text: z.string().min(20).describe('What the clause allows, in our own words (English).'),
		source: sourceUrl.describe('The licence text (with its section anchor where there is one) or the steward’s explanation.'),
	})
	.strict();

/** Which copyleft scopes fit each family; `copyleft_scope` must be one of these. */
export const scopesOfFamily: Record<LicenceFamily, readonly CopyleftScope[]> = {
	permissive: ['none'],
	'public-domain': ['none'],
	'weak-copyleft': ['file', 'library', 'module'],
	'strong-copyleft': ['work'],
	'network-copyleft': ['network'],
	content: ['none', 'work'],
	data: ['none', 'work'],
	hardware: ['none', 'module', 'work'],
	'non-open': copyleftScopes,
};

/** One licence of content/licences/licences.yaml. */
export const licenceSchema = z
	.object({
		id: spdxId.describe('SPDX licence identifier, exactly as on https://spdx.org/licenses/.'),
		name: z.string().min(3).describe('Full name, exactly as the SPDX licence list gives it.'),
		short_name: z.string().min(2).describe('What people usually call it.'),
		quick_reference: z
			.boolean()
			.default(false)
			.describe('true for the fifteen rows of the licence quick reference (content/docs/reference/licence-quick-reference.mdx).'),
		family: z.enum(licenceFamilies).describe(`Licence family, explained in the family chapter: ${licenceFamilies.join(', ')}.`),
		copyleft_scope: z
			.enum(copyleftScopes)
			.describe(`What the reciprocal obligation covers: ${copyleftScopes.join(', ')} (none for licences without one).`),
		summary: z
			.string()
			.trim()
			.min(40)
			.max(500)
			.refine((s) => (s.match(/[.!?](\s|$)/g) ?? []).length <= 3, { message: 'Keep the summary to one to three sentences.' })
			.describe('One to three plain sentences in our own words (English): what the licence is for and what it asks.'),
		permits: uniqueList(licencePermissions, 'permission').describe(`What it lets everyone do: ${licencePermissions.join(', ')}.`),
		requires: uniqueList(licenceRequirements, 'condition').describe(
			`What it asks of those who pass the work on: ${licenceRequirements.join(', ')}.`,
		),
		forbids: uniqueList(licenceLimitations, 'limitation').describe(
			`What it leaves out or does not allow: ${licenceLimitations.join(', ')}.`,
		),
		obligations: z
			.array(z.string().min(5))
			.min(1)
			.max(5)
			.describe('One to five main obligations when you redistribute (the quick reference shows them).'),
		patent_grant: z.enum(patentGrants).describe('yes: express patent licence; no: none stated; excluded: the licence says it grants none.'),
		patent_note: z.string().min(5).optional().describe('A short qualification of the patent grant (termination, scope).'),
		osi: osiStatusSchema.describe('Open Source Initiative approval.'),
		fsf: fsfStatusSchema.describe('The Free Software Foundation’s classification.'),
		spdx_deprecated: z.boolean().describe('Whether SPDX lists the identifier as deprecated.'),
		dpg: dpgStatusSchema.describe('Acceptance under indicator 2 of the Digital Public Goods Standard.'),
		later_versions: laterVersionsSchema.describe('Whether later versions of the licence can apply.'),
		clauses: z
			.array(licenceClauseSchema)
			.default([])
			.describe('The licence’s own clauses on combining with or relicensing under other licences.'),
		text_url: z.url().describe('The official licence text at its steward.'),
		chapter: chapterSlug,
		sources: z.array(sourceUrl).default([]).describe('Other sources for the facts above (the licence text, the steward’s FAQ).'),
	})
	.strict()
	.superRefine((l, ctx) => {
		const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
		const scopes = scopesOfFamily[l.family];
		if (!scopes.includes(l.copyleft_scope))
			issue('copyleft_scope', `A ${l.family} licence has copyleft_scope ${scopes.join(' or ')}, not ${l.copyleft_scope}.`);
		if (l.id.endsWith('-only') && l.later_versions.policy !== 'fixed')
			issue('later_versions', `An -only identifier means this version only: set later_versions.policy to fixed.`);
		if (l.id.endsWith('-or-later') && l.later_versions.policy !== 'automatic')
			issue('later_versions', `An -or-later identifier lets recipients take later versions: set later_versions.policy to automatic.`);
		if (l.family === 'non-open' && l.osi.approved)
			issue('osi', 'A non-open licence cannot be OSI-approved: set osi.approved to false, or choose another family.');
		const sameLicence = l.requires.includes('same-licence');
		if (sameLicence && l.copyleft_scope === 'none')
			issue('copyleft_scope', 'The licence requires the same licence for changes (requires: same-licence): name what that covers.');
		if (!sameLicence && l.copyleft_scope !== 'none')
			issue('requires', `A licence with copyleft_scope ${l.copyleft_scope} requires same-licence.`);
		if (l.copyleft_scope === 'network' && !l.requires.includes('network-disclosure'))
			issue('requires', 'A licence with copyleft_scope network requires network-disclosure.');
		for (const both of l.permits.filter((p) => (l.forbids as readonly string[]).includes(p)))
			issue('forbids', `"${both}" is both in permits and in forbids; keep it in one.`);
		if (l.patent_grant === 'yes' && !l.permits.includes('patent-use'))
			issue('permits', 'The licence grants a patent licence (patent_grant: yes): add patent-use to permits.');
		if (l.patent_grant !== 'yes' && l.permits.includes('patent-use'))
			issue('permits', `patent_grant is ${l.patent_grant}, so patent-use cannot be in permits.`);
	});

export type Licence = z.infer<typeof licenceSchema>;
export type LicenceClause = z.infer<typeof licenceClauseSchema>;

/** A licence's explanatory text in another language (content/licences/translations/<locale>.yaml, keyed by SPDX id). */
export const licenceTranslationSchema = z
	.object({
		obligations: z.array(z.string().min(5)).min(1).max(5).describe('The main obligations, translated, in the order of the English.'),
		patent_note: z.string().optional().describe('The patent note, translated.'),
		osi_note: z.string().optional().describe('The OSI note, translated.'),
	})
	.strict();

export const licenceTranslationsSchema = z.record(z.string(), licenceTranslationSchema);
