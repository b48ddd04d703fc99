/**
 * SPDX licence expressions such as `MIT AND (GPL-2.0-or-later OR Apache-2.0)`: every licence
 * joined by AND applies, so the weakest answer wins; of licences joined by OR the recipient
 * chooses one, so the best answer wins and the answer says which was chosen.
 */
import parse from 'spdx-expression-parse';
import type { ExceptionIndex } from './exceptions';
import { judge } from './judge';
import { cite } from './sources';
import type { Answer, CompatException, LicenceFacts, TextRef, Use, Verdict } from './types';
import { verdicts } from './types';

/** One licence of the expression that applies, with its exception (WITH) and its answer. */
export interface ExpressionPart {
	licence: string;
	exception?: string;
	answer: Answer;
	/** What the licence asks of those who pass the work on (the `require.*` vocabulary). */
	requires: readonly string[];
}

export interface ExpressionAnswer {
	expression: string;
	outbound: string;
	use: Use;
	verdict: Verdict;
	/** The licences whose terms you follow: every part of an AND, the chosen alternative of an OR. */
	parts: ExpressionPart[];
	/** How the verdict follows from the parts, one sentence per operator, outermost first. */
	explanation: TextRef[];
	sources: string[];
}

/**
 * An expression the checker cannot answer; `ref` names the interface string that says why, for the
 * reader's language (englishText gives the English). The message names the key and the values only,
 * so the browser's bundle carries no language file.
 */
export class ExpressionError extends Error {
	constructor(readonly ref: TextRef) {
		super(
			`${ref.key}: ${Object.entries(ref.params)
				.map(([k, v]) => `${k} “${v}”`)
				.join(', ')}`,
		);
		this.name = 'ExpressionError';
	}
}

/** Exceptions (WITH) whose effect the checker knows, with their texts. */
const knownExceptions: Record<string, { uses: readonly Use[]; condition: string; source: string }> = {
	'Classpath-exception-2.0': { uses: ['link'], condition: 'classpath', source: 'https://openjdk.org/legal/gplv2+ce.html' },
	'GCC-exception-3.1': { uses: ['link'], condition: 'gccRuntime', source: 'https://www.gnu.org/licenses/gcc-exception-3.1.html' },
	'LLVM-exception': { uses: ['link'], condition: 'llvm', source: 'https://llvm.org/LICENSE.txt' },
	'Linux-syscall-note': { uses: ['link'], condition: 'linuxSyscall', source: 'https://spdx.org/licenses/Linux-syscall-note.html' },
};

const maps = new WeakMap<readonly LicenceFacts[], ReadonlyMap<string, LicenceFacts>>();
/** The licences by id, built once per list: the checker answers after every keystroke. */
function byId(licences: readonly LicenceFacts[]): ReadonlyMap<string, LicenceFacts> {
	let map = maps.get(licences);
	if (!map) maps.set(licences, (map = new Map(licences.map((l) => [l.id, l]))));
	return map;
}

type Node = { license: string; plus?: true; exception?: string } | { left: Node; conjunction: 'and' | 'or'; right: Node };

const rank = (v: Verdict) => verdicts.length - verdicts.indexOf(v);

function text(node: Node, top = true): string {
	if ('license' in node) return `${node.license}${node.plus ? '+' : ''}${node.exception ? ` WITH ${node.exception}` : ''}`;
	const inner = `${text(node.left, false)} ${node.conjunction.toUpperCase()} ${text(node.right, false)}`;
	return top ? inner : `(${inner})`;
}

function parseExpression(expression: string, known: ReadonlyMap<string, LicenceFacts>): Node {
	try {
		return parse(expression.trim()) as Node;
	} catch (error) {
		const offset = Number(/offset (\d+)/.exec((error as Error).message)?.[1] ?? NaN);
		const word = Number.isNaN(offset) ? undefined : /^[A-Za-z0-9.+-]+/.exec(expression.trim().slice(offset))?.[0];
		if (word) {
			const suggestion = [...known.keys()].find((id) => id.toLowerCase() === word.toLowerCase());
			if (suggestion) throw new ExpressionError({ key: 'compat.expression.didYouMean', params: { id: word, suggestion } });
			throw new ExpressionError({ key: 'compat.expression.unknownId', params: { id: word } });
		}
		throw new ExpressionError({ key: 'compat.expression.invalid', params: { expression } });
	}
}

/** The answer for an expression as the inbound licence. Throws ExpressionError for what it cannot answer. */
export function judgeExpression(
	expression: string,
	outbound: LicenceFacts,
	use: Use,
	licences: readonly LicenceFacts[],
	exceptions: readonly CompatException[] | ExceptionIndex,
): ExpressionAnswer {
	const known = byId(licences);
	const tree = parseExpression(expression, known);
	const explanation: TextRef[] = [];

	const leaf = (node: { license: string; plus?: true; exception?: string }): ExpressionPart => {
		// `+` means "or any later version": the -or-later entry, or the licence itself where it already allows later versions.
		const id = node.plus && known.has(`${node.license}-or-later`) ? `${node.license}-or-later` : node.license;
		const found = known.get(id);
		const licence = node.plus && id === node.license && found?.later_versions.policy !== 'automatic' ? undefined : found;
		if (!licence) throw new ExpressionError({ key: 'compat.expression.notInData', params: { id: node.plus ? `${node.license}+` : id } });
		let answer = judge(licence, outbound, use, exceptions);
		if (node.exception) {
			const effect = knownExceptions[node.exception];
			const params = { inbound: id, outbound: outbound.id, exception: node.exception };
			if (!effect) explanation.push({ key: 'compat.expression.exceptionUnknown', params });
			else if (!effect.uses.includes(use) || answer.verdict === 'yes')
				explanation.push({ key: 'compat.expression.exceptionNoEffect', params });
			else
				answer = {
					...answer,
					verdict: 'conditional',
					reason: { key: 'compat.reason.exception', params },
					condition: { key: `compat.condition.${effect.condition}`, params },
					sources: cite(effect.source, ...answer.sources),
				};
		}
		return { licence: id, ...(node.exception ? { exception: node.exception } : {}), answer, requires: licence.requires };
	};

	const walk = (node: Node): { verdict: Verdict; parts: ExpressionPart[] } => {
		if ('license' in node) {
			const part = leaf(node);
			return { verdict: part.answer.verdict, parts: [part] };
		}
		const left = walk(node.left);
		const right = walk(node.right);
		if (node.conjunction === 'and') {
			const verdict = rank(left.verdict) <= rank(right.verdict) ? left.verdict : right.verdict;
			explanation.push({ key: 'compat.expression.and', params: { expression: text(node) } });
			return { verdict, parts: [...left.parts, ...right.parts] };
		}
		const leftWins = rank(left.verdict) >= rank(right.verdict);
		const [chosen, other] = leftWins ? [node.left, node.right] : [node.right, node.left];
		const best = leftWins ? left : right;
		explanation.push({ key: 'compat.expression.or', params: { chosen: text(chosen), other: text(other) } });
		return best;
	};

	const { verdict, parts } = walk(tree);
	return {
		expression: text(tree),
		outbound: outbound.id,
		use,
		verdict,
		parts,
		explanation: explanation.reverse(),
		sources: cite(...parts.flatMap((p) => p.answer.sources)),
	};
}
