import type { Licence } from '../schema';

/** The ways a work can take in material under another licence. */
export const uses = ['modify', 'link', 'aggregate', 'network'] as const;
export type Use = (typeof uses)[number];

export const verdicts = ['yes', 'conditional', 'no'] as const;
export type Verdict = (typeof verdicts)[number];

/**
 * A sentence named by its interface-string key (content/i18n/<lang>.json), with the values of its
 * `{{placeholders}}`: the engine always gives the two licences' ids, and more where the sentence needs them.
 */
export interface TextRef {
	key: string;
	params: Record<string, string>;
}

/** May material under `inbound` go into a work distributed under `outbound`, for this use? */
export interface Answer {
	inbound: string;
	outbound: string;
	use: Use;
	verdict: Verdict;
	reason: TextRef;
	condition: TextRef | null;
	/** At least one address backing the answer. */
	sources: string[];
	/** Where published positions differ: what the other side says, with its sources. */
	disagreement?: { note: TextRef; sources: string[] };
}

/**
 * What the engine reads of a licence: the fields of src/licences/schema.ts it bases its rules on.
 * The browser's checker can ship just these.
 */
export type LicenceFacts = Pick<
	Licence,
	'id' | 'short_name' | 'family' | 'copyleft_scope' | 'requires' | 'forbids' | 'fsf' | 'later_versions' | 'clauses' | 'text_url'
>;

/** An answer recorded by hand in content/licences/compatibility.yaml, where the rules alone would be wrong or too vague. */
export interface CompatException {
	inbound: string[];
	outbound: string[];
	uses: Use[];
	verdict: Verdict;
	reason: string;
	condition?: string | undefined;
	sources: string[];
	disagreement?: { note: string; sources: string[] } | undefined;
}
