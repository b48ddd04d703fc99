import type { ContentFile } from '../lib/content-files';
import { readGlossary, readTermbase, termsUsedIn, type TermLike, type TermTranslation } from '../lib/glossary';

/**
 * Glossary terms a translation may have rendered in other words than the termbase's: the term's
 * English form is in the English page, but none of the termbase's forms (term, expansion,
 * aliases) is in the translation. A warning for the translator to check, never a failure: the
 * termbase form may rightly be absent (a pronoun, a rephrased sentence).
 */
export interface TermWarning {
	file: string;
	id: string;
	english: string;
	expected: string;
}

export function termbaseWarnings(
	english: ContentFile,
	translation: ContentFile,
	glossary: readonly TermLike[],
	termbase: Record<string, TermTranslation>,
): TermWarning[] {
	const englishText = `${String(english.frontmatter['title'] ?? '')}\n${english.body}`;
	const translatedText = `${String(translation.frontmatter['title'] ?? '')}\n${translation.body}`;
	// A lower-case alias ("foundation") counts only as written: capitalized, it is usually a name.
	const used = glossary.filter((term) => termsUsedIn(englishText, [term], { lowerCaseAliasesAsWritten: true }).length > 0);
	return used.flatMap((term) => {
		const t = termbase[term.id];
		if (!t) return [];
		const forms = { id: term.id, term: t.term, expansion: t.expansion, aliases: t.aliases };
		if (termsUsedIn(translatedText, [forms]).length > 0) return [];
		// The English form kept as is (an acronym such as SPDX or DCO) also counts.
		if (termsUsedIn(translatedText, [{ id: term.id, term: term.term, aliases: [] }]).length > 0 && /^[A-Z0-9.\-/]+$/.test(term.term))
			return [];
		return [{ file: translation.repoPath, id: term.id, english: term.term, expected: t.term }];
	});
}

/** The termbase warnings of every translated page. */
export function allTermbaseWarnings(files: ContentFile[], root: string): TermWarning[] {
	const glossary = readGlossary(root);
	const english = new Map(files.filter((f) => f.locale === 'root').map((f) => [f.slug, f]));
	const termbases = new Map<string, Record<string, TermTranslation>>();
	return files
		.filter((f) => f.locale !== 'root' && english.has(f.slug))
		.flatMap((f) => {
			if (!termbases.has(f.locale)) termbases.set(f.locale, readTermbase(f.locale, root));
			return termbaseWarnings(english.get(f.slug)!, f, glossary, termbases.get(f.locale)!);
		});
}
