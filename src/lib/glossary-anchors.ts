import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * The glossary renders its terms from content/glossary/terms.yaml, so the links validator, which
 * only sees Markdown headings, cannot know their anchors. This tells it which links to a glossary
 * term are valid: those whose anchor is the `id` of a term. Any other anchor is still reported.
 */
export function glossaryAnchorExclusion(termsFile: string): (context: { link: string }) => boolean {
	const ids = new Set((parse(readFileSync(termsFile, 'utf8')) as { id: string }[]).map((t) => t.id));
	return ({ link }) => {
		const match = /\/reference\/glossary\/#([^/?#]+)$/.exec(link);
		return match !== null && ids.has(match[1]!);
	};
}
