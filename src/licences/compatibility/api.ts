import { englishText } from './english';
import { allAnswers } from './judge';
import type { ApiAnswer } from './schema';
import type { CompatException, LicenceFacts } from './types';

/** The answers as the JSON API serves them: English sentences in place of the interface-string keys. */
export function apiAnswers(licences: readonly LicenceFacts[], exceptions: readonly CompatException[]): ApiAnswer[] {
	return allAnswers(licences, exceptions).map((a) => ({
		inbound: a.inbound,
		outbound: a.outbound,
		use: a.use,
		verdict: a.verdict,
		reason: englishText(a.reason),
		condition: a.condition ? englishText(a.condition) : null,
		sources: a.sources,
		...(a.disagreement ? { disagreement: { note: englishText(a.disagreement.note), sources: a.disagreement.sources } } : {}),
	}));
}
