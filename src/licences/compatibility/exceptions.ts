import type { CompatException, Use } from './types';

/** Recorded exceptions keyed by `inbound|outbound|use`. */
export type ExceptionIndex = ReadonlyMap<string, CompatException>;

const key = (inbound: string, outbound: string, use: Use) => `${inbound}|${outbound}|${use}`;
const indexes = new WeakMap<readonly CompatException[], ExceptionIndex>();

/** One lookup per pair and use; an exception listed later for the same cell replaces an earlier one (the schema check forbids that). */
export function indexExceptions(list: readonly CompatException[]): ExceptionIndex {
	const known = indexes.get(list);
	if (known) return known;
	const index = new Map<string, CompatException>();
	for (const e of list) for (const i of e.inbound) for (const o of e.outbound) for (const u of e.uses) index.set(key(i, o, u), e);
	indexes.set(list, index);
	return index;
}

export function findException(list: readonly CompatException[], inbound: string, outbound: string, use: Use): CompatException | undefined {
	return indexExceptions(list).get(key(inbound, outbound, use));
}
