import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ContentFile } from '../lib/content-files';
import { translatedLocales } from '../lib/locales';

/**
 * Parity between a translation and its English page: the facts a translator must carry over
 * unchanged. A translation differs from its English page, and fails the check, when:
 * - frontmatter facts differ: audience, the sources' addresses, the sidebar order, the template,
 *   whether the page is searchable, a guide's edition, the key facts' ids and sources;
 * - the set of internal link targets or of external addresses differs;
 * - the numbers differ (dates, years, article numbers, versions, counts), compared as digits
 *   after normalizing digit grouping and Arabic-Indic digits;
 * - the number of headings at each level, of tables, of each MDX component, or the content of
 *   the code blocks differs.
 * A deliberate difference is allowed only by an entry in content/translations/parity-exceptions.yaml
 * that names the page, the check and the reason. (docs/decisions/languages.md)
 */
export const checks = ['frontmatter', 'links', 'addresses', 'numbers', 'headings', 'tables', 'components', 'code'] as const;
export type ParityCheck = (typeof checks)[number];

export interface ParityDifference {
	check: ParityCheck;
	message: string;
}

export const exceptionsFile = 'content/translations/parity-exceptions.yaml';

export interface ParityException {
	page: string;
	check: ParityCheck;
	reason: string;
}

export function readExceptions(root: string): ParityException[] {
	const file = join(root, exceptionsFile);
	return existsSync(file) ? ((parse(readFileSync(file, 'utf8')) as ParityException[] | null) ?? []) : [];
}

/** The body without fenced code blocks (compared separately) and without import lines. */
const prose = (body: string) => body.replace(/```[\s\S]*?```/g, ' ').replace(/^import .*$/gm, ' ');

const codeBlocks = (body: string) => [...body.matchAll(/```[^\n]*\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());

/** Root-relative link targets without the locale prefix, and external addresses. */
function linkTargets(body: string): { internal: string[]; external: string[] } {
	const targets = [
		...[...prose(body).matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!),
		...[...prose(body).matchAll(/\bhref=["']([^"']+)["']/g)].map((m) => m[1]!),
	];
	const locale = new RegExp(`^/(${translatedLocales.join('|')})(?=/)`);
	return {
		internal: [...new Set(targets.filter((t) => t.startsWith('/') && !t.startsWith('//')).map((t) => t.replace(locale, '')))].sort(),
		external: [...new Set(targets.filter((t) => /^https?:\/\//.test(t)))].sort(),
	};
}

/** Digits normalized: Arabic-Indic and Eastern Arabic-Indic digits become 0–9. */
const westernDigits = (s: string) =>
	s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));

/**
 * The numbers of a text, as digit strings. Link targets, tag attributes and code are left out;
 * grouping separators (1,000 · 1 000 · 1.000 · 1 000) and decimal marks are dropped, so 1,5 and
 * 1.5 or 6,000 and 6 000 compare equal; a Chinese month number (12月) is left out. Each number
 * counts once: a translation may repeat one.
 */
export function numbersOf(body: string): string[] {
	const text = westernDigits(
		prose(body)
			.replace(/`[^`]*`/g, ' ')
			.replace(/\]\([^)]*\)/g, ']')
			.replace(/<[^>]*>/g, ' ')
			.replace(/https?:\/\/\S+/g, ' ')
			// Chinese writes the month as a number (12月) where other languages write its name.
			.replace(/\d+(?=\s*月)/g, ' '),
	);
	const found = new Set<string>();
	for (const m of text.matchAll(/\d+(?:[.,\u00a0\u202f\u2009 ]\d+)*/g)) found.add(m[0].replace(/[^\d]/g, ''));
	return [...found].sort();
}

const headingCounts = (body: string) => {
	const counts: Record<string, number> = {};
	for (const m of prose(body).matchAll(/^(#{2,6})\s/gm)) counts[`h${m[1]!.length}`] = (counts[`h${m[1]!.length}`] ?? 0) + 1;
	return counts;
};

const tableCount = (body: string) => prose(body).match(/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/gm)?.length ?? 0;

const componentCounts = (body: string) => {
	const counts: Record<string, number> = {};
	for (const m of prose(body).matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) counts[m[1]!] = (counts[m[1]!] ?? 0) + 1;
	return counts;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const list = (xs: string[]) => (xs.length ? xs.join(', ') : 'none');

function setDiff(check: ParityCheck, what: string, english: string[], translated: string[]): ParityDifference[] {
	const missing = english.filter((x) => !translated.includes(x));
	const extra = translated.filter((x) => !english.includes(x));
	if (!missing.length && !extra.length) return [];
	return [
		{
			check,
			message: `${what}: ${missing.length ? `missing ${list(missing)}` : ''}${missing.length && extra.length ? '; ' : ''}${extra.length ? `not in the English page ${list(extra)}` : ''}`,
		},
	];
}

/** The frontmatter facts a translation must keep. */
function frontmatterFacts(f: ContentFile) {
	const fm = f.frontmatter as Record<string, unknown> & {
		sources?: { url: string }[];
		key_facts?: { id: string; source: string }[];
		sidebar?: { order?: number };
	};
	return {
		audience: [...((fm['audience'] as string[] | undefined) ?? [])].sort(),
		sources: (fm.sources ?? []).map((s) => s.url).sort(),
		order: fm.sidebar?.order,
		template: fm['template'],
		pagefind: fm['pagefind'],
		edition: fm['edition'],
		keyFacts: (fm.key_facts ?? []).map((k) => `${k.id} ${k.source}`).sort(),
	};
}

/** Every difference between a translation and its English page. */
export function parityDifferences(english: ContentFile, translation: ContentFile): ParityDifference[] {
	const out: ParityDifference[] = [];
	const e = frontmatterFacts(english);
	const t = frontmatterFacts(translation);
	for (const key of Object.keys(e) as (keyof typeof e)[]) {
		if (key === 'sources' || key === 'keyFacts')
			out.push(
				...setDiff('frontmatter', `frontmatter ${key === 'sources' ? 'sources (addresses)' : 'key facts (id and source)'}`, e[key], t[key]),
			);
		else if (!same(e[key], t[key]))
			out.push({
				check: 'frontmatter',
				message: `frontmatter ${key}: English ${JSON.stringify(e[key])}, translation ${JSON.stringify(t[key])}`,
			});
	}
	const el = linkTargets(english.body);
	const tl = linkTargets(translation.body);
	out.push(...setDiff('links', 'internal links', el.internal, tl.internal));
	out.push(...setDiff('addresses', 'external addresses', el.external, tl.external));
	out.push(...setDiff('numbers', 'numbers', numbersOf(english.body), numbersOf(translation.body)));
	if (!same(headingCounts(english.body), headingCounts(translation.body))) {
		out.push({
			check: 'headings',
			message: `headings per level: English ${JSON.stringify(headingCounts(english.body))}, translation ${JSON.stringify(headingCounts(translation.body))}`,
		});
	}
	if (tableCount(english.body) !== tableCount(translation.body)) {
		out.push({ check: 'tables', message: `tables: English ${tableCount(english.body)}, translation ${tableCount(translation.body)}` });
	}
	if (!same(componentCounts(english.body), componentCounts(translation.body))) {
		out.push({
			check: 'components',
			message: `components: English ${JSON.stringify(componentCounts(english.body))}, translation ${JSON.stringify(componentCounts(translation.body))}`,
		});
	}
	const ec = codeBlocks(english.body);
	const tc = codeBlocks(translation.body);
	if (!same(ec, tc))
		out.push({ check: 'code', message: `code blocks differ (${ec.length} in English, ${tc.length} in the translation, or their content)` });
	return out;
}

/** Every translation's differences, less those an exception explains. */
export function parityReport(files: ContentFile[], exceptions: ParityException[]): { file: string; differences: ParityDifference[] }[] {
	const english = new Map(files.filter((f) => f.locale === 'root').map((f) => [f.slug, f]));
	return files
		.filter((f) => f.locale !== 'root' && english.has(f.slug))
		.map((f) => ({
			file: f.repoPath,
			differences: parityDifferences(english.get(f.slug)!, f).filter(
				(d) => !exceptions.some((x) => x.page === f.id && x.check === d.check),
			),
		}))
		.filter((r) => r.differences.length > 0);
}
