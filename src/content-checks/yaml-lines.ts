import { cleanYamlMessage } from '../lib/content-files';
import { LineCounter, isMap, isSeq, parseDocument, type Document } from 'yaml';

/** A YAML file parsed with line numbers: its first syntax error, or its value and the line of each list item. */
export function parseYamlWithLines(text: string): {
	error?: { message: string; line: number | undefined };
	doc?: Document;
	itemLines: number[];
} {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
	const first = doc.errors[0];
	if (first) {
		return { error: { message: cleanYamlMessage(first.message), line: first.linePos?.[0]?.line }, itemLines: [] };
	}
	const itemLines = isSeq(doc.contents)
		? doc.contents.items.map((item) => lineCounter.linePos((isMap(item) ? item.range?.[0] : 0) ?? 0).line)
		: [];
	return { doc, itemLines };
}
