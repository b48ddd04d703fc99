declare module 'spdx-expression-parse' {
	export type Leaf = { license: string; plus?: true; exception?: string };
	export type Node = Leaf | { left: Node; conjunction: 'and' | 'or'; right: Node };
	/** Parses an SPDX licence expression; throws an Error naming the offset of the first unknown token. */
	export default function parse(source: string): Node;
}
