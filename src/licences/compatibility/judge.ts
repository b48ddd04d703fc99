import { findException, type ExceptionIndex } from './exceptions';
import { aggregate, combine, network, type Ruling } from './rules';
import type { Answer, CompatException, LicenceFacts, Use } from './types';
import { uses } from './types';

const exceptionOf = (exceptions: readonly CompatException[] | ExceptionIndex, inbound: string, outbound: string, use: Use) =>
	exceptions instanceof Map
		? (exceptions as ExceptionIndex).get(`${inbound}|${outbound}|${use}`)
		: findException(exceptions as readonly CompatException[], inbound, outbound, use);

/**
 * May material under `inbound` go into a work distributed under `outbound`, for `use`? A recorded
 * exception (content/licences/compatibility.yaml) answers first; the rules answer the rest.
 */
export function judge(
	inbound: LicenceFacts,
	outbound: LicenceFacts,
	use: Use,
	exceptions: readonly CompatException[] | ExceptionIndex,
): Answer {
	if (!exceptions)
		throw new Error(
			'judge() needs the recorded exceptions: readExceptions() in the build, the `exceptions` of the checker data in the browser.',
		);
	const params = { inbound: inbound.id, outbound: outbound.id };
	const recorded = exceptionOf(exceptions, inbound.id, outbound.id, use);
	let ruling: Ruling;
	if (recorded) {
		ruling = {
			verdict: recorded.verdict,
			reason: { key: recorded.reason, params },
			condition: recorded.condition ? { key: recorded.condition, params } : null,
			sources: recorded.sources,
			...(recorded.disagreement
				? { disagreement: { note: { key: recorded.disagreement.note, params }, sources: recorded.disagreement.sources } }
				: {}),
		};
	} else {
		const pair = { inbound, outbound };
		if (use === 'aggregate') ruling = aggregate(pair);
		else if (use === 'network') ruling = network(pair, () => judge(inbound, outbound, 'modify', exceptions));
		else ruling = combine(pair, use);
	}
	const { verdict, reason, condition, sources, disagreement } = ruling;
	return {
		inbound: inbound.id,
		outbound: outbound.id,
		use,
		verdict,
		reason,
		condition,
		sources,
		...(disagreement ? { disagreement } : {}),
	};
}

/** Every ordered pair of licences (a licence with itself included) for every use: n × n × 4 answers. */
export function allAnswers(licences: readonly LicenceFacts[], exceptions: readonly CompatException[] | ExceptionIndex): Answer[] {
	const answers: Answer[] = [];
	for (const inbound of licences)
		for (const outbound of licences) for (const use of uses) answers.push(judge(inbound, outbound, use, exceptions));
	return answers;
}
