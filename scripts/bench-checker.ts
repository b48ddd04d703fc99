/**
 * The compatibility checker's speed: judgeExpression, as the explorer's script runs it after each
 * input, for every licence of the data as a one-licence expression against every outbound licence
 * and use, and for a set of compound expressions against every outbound licence. Prints the
 * median and the slowest answer in milliseconds (the budget is 50 ms after input).
 */
import { judgeExpression, indexExceptions, uses } from '../src/licences/compatibility';
import { readExceptions } from '../src/licences/compatibility/read';
import { readLicences } from '../src/licences/data';

const compound = [
	'MIT AND (GPL-2.0-or-later OR Apache-2.0)',
	'GPL-2.0-only WITH Classpath-exception-2.0',
	'(MIT OR Apache-2.0) AND BSD-3-Clause AND (LGPL-2.1-or-later OR MPL-2.0)',
	'Apache-2.0 WITH LLVM-exception',
];

export function checkerBench(root: string): void {
	const licences = readLicences(root);
	// The browser indexes the exceptions once, when the data arrives; so does the bench.
	const exceptions = indexExceptions(readExceptions(root));
	const time = (expr: string, outbound: (typeof licences)[number], use: (typeof uses)[number]) => {
		const started = performance.now();
		judgeExpression(expr, outbound, use, licences, exceptions);
		return performance.now() - started;
	};
	// One untimed pass, as the browser's first answer follows the data's download.
	for (const o of licences) judgeExpression('MIT', o, 'modify', licences, exceptions);
	const single: number[] = [];
	for (const i of licences) for (const o of licences) for (const use of uses) single.push(time(i.id, o, use));
	const many: number[] = [];
	for (const expr of compound) for (const o of licences) for (const use of uses) many.push(time(expr, o, use));
	const stats = (ms: number[]) => {
		const sorted = [...ms].sort((a, b) => a - b);
		const over = ms.filter((x) => x > 50).length;
		return `median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(3)} ms, 99th percentile ${sorted[Math.floor(sorted.length * 0.99)]!.toFixed(3)} ms, max ${sorted.at(-1)!.toFixed(3)} ms over ${ms.length} answers (${over} over 50 ms)`;
	};
	console.log(`\nLicence checker (judgeExpression, ${licences.length} licences; budget 50 ms after input):`);
	console.log(`  one licence, every pair and use: ${stats(single)}`);
	console.log(`  compound expressions:            ${stats(many)}`);
}
