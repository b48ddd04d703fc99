import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Slugger from 'github-slugger';
import { parse } from 'yaml';
import { readContentFile } from '../lib/content-files';
import { locales, type Lang, type LocaleKey } from '../lib/locales';
import { checklistSlug } from '../pdf/checklist';
import {
	assessmentFileSchema,
	assessmentTranslationSchema,
	type AssessmentFile,
	type AssessmentTranslation,
	type MaturityLevelNumber,
} from './schema';
import { formatIssues } from './issues';

/**
 * The self-assessments of the tools section, as one model whatever their source: the release
 * checklist chapter (read at build time, in the page's language) or a YAML file in
 * content/assessments/. The Assessment component renders this model and its script saves answers
 * keyed by item id, so ids must not change with the language or with small edits elsewhere.
 */

export const assessmentIds = ['open-sourcing-readiness', 'ospo-maturity', 'dpg-readiness'] as const;
export type AssessmentId = (typeof assessmentIds)[number];

/** Where the questions come from, under what licence, with the credit the licence asks for. */
export interface AssessmentLicence {
	/** SPDX identifier: CC-BY-4.0 for our own questions, CC-BY-SA-4.0 for the DPG checklist. */
	id: string;
	/** The credit line, shown on the page and in every export. */
	attribution: string;
	/** The address of the source the questions derive from (or of our own chapter). */
	source: string;
}

/** One question of a checklist: answered done / not yet / not applicable, with a note. */
export interface AssessmentItem {
	/** Stable across languages and releases; the key of the saved answer. */
	id: string;
	/** The question or action, plain text. */
	text: string;
	/** Context shown under the question, plain text (readiness: the owner sentence as the chapter writes it). */
	help?: string;
	/** What shows the item is done, plain text (readiness: the "Done when" sentence as the chapter writes it). */
	evidence?: string;
	/** Root-relative link, without the base path, to the chapter that explains the item: `/fr/open-sourcing/decide-and-plan/#x`. */
	href: string;
}

export interface AssessmentGroup {
	id: string;
	title: string;
	/** Root-relative link (no base path) to where the group is explained, if anywhere. */
	href?: string;
	items: AssessmentItem[];
}

export interface MaturityLevel {
	level: MaturityLevelNumber;
	/** Short name of the level: "Ad hoc", "Managed"… */
	name: string;
	/** What an office at this level looks like, plain text. */
	text: string;
	/** The next action for an office at this level, plain text. */
	action: string;
	/** Root-relative link (no base path) to the chapter that explains the action. */
	href: string;
}

export interface MaturityArea {
	id: string;
	title: string;
	/** The question asked for the area, plain text. */
	help?: string;
	/** Levels 0 to 4, in order. */
	levels: MaturityLevel[];
}

interface AssessmentBase {
	id: AssessmentId;
	/** BCP-47 tag of the language the model was read in (items missing in it are in English). */
	lang: Lang;
	licence: AssessmentLicence;
	/** Established models a text draws on, credited on the page. */
	basedOn: { title: string; url: string; licence: string; note: string }[];
}

export interface ChecklistAssessment extends AssessmentBase {
	kind: 'checklist';
	groups: AssessmentGroup[];
}

export interface MaturityAssessment extends AssessmentBase {
	kind: 'maturity';
	areas: MaturityArea[];
}

export type Assessment = ChecklistAssessment | MaturityAssessment;

/** Every item id of an assessment (checklist items, or maturity area ids), in page order. */
export function answerIds(a: Assessment): string[] {
	return a.kind === 'checklist' ? a.groups.flatMap((g) => g.items.map((i) => i.id)) : a.areas.map((x) => x.id);
}

/** `fr`, `zh-cn`, `root`… for a BCP-47 tag, a locale key or undefined (English). */
export function toLocale(langOrLocale: string | undefined): LocaleKey {
	if (!langOrLocale || langOrLocale === 'root') return 'root';
	const key = Object.entries(locales).find(
		([k, l]) => k === langOrLocale.toLowerCase() || l.lang.toLowerCase() === langOrLocale.toLowerCase(),
	)?.[0];
	if (!key) throw new Error(`Unknown language "${langOrLocale}" for an assessment. Known: ${Object.keys(locales).join(', ')}.`);
	return key as LocaleKey;
}

/** The ids Astro gives a page's headings, in order (the same slugger, counting every heading). */
export function headingIds(body: string): string[] {
	const slugger = new Slugger();
	return outsideCode(body)
		.map((line) => /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line)?.[1])
		.filter((h) => h !== undefined)
		.map((h) => slugger.slug(headingText(h)));
}

/** The lines of a Markdown body that are not inside a fenced code block. */
function outsideCode(body: string): string[] {
	let fence: string | undefined;
	return body.split('\n').filter((line) => {
		const mark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
		if (mark && (!fence || mark.startsWith(fence))) {
			fence = fence ? undefined : mark;
			return false;
		}
		return !fence;
	});
}

/** A heading's text as the page shows it: link text kept, code and emphasis marks dropped. */
const headingText = (md: string) =>
	md
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[`*]+/g, '')
		.trim();

const headingCache = new Map<string, string[] | undefined>();
/** The heading ids of a page in a language (`root` for English), or undefined if it has no such page. */
function pageHeadings(root: string, locale: LocaleKey, slug: string): string[] | undefined {
	const key = `${root}\0${locale}\0${slug}`;
	if (!headingCache.has(key)) {
		const base = locale === 'root' ? slug : `${locale}/${slug}`;
		const path = [`${base}.mdx`, `${base}/index.mdx`, `${base}.md`].find((p) => existsSync(join(root, 'content', 'docs', p)));
		headingCache.set(key, path ? headingIds(readContentFile(root, path).body) : undefined);
	}
	return headingCache.get(key);
}

/**
 * A root-relative link in the reader's language: `/fr/x/#id` for `/x/#anchor` on a French page.
 * Starlight serves every page under every locale (with a notice where it is untranslated), so the
 * page always exists; a translated page has translated heading ids, so the anchor becomes the id
 * of the heading at the same place, or is dropped when the translation's headings do not match.
 */
export function localizeHref(href: string, locale: LocaleKey, root = process.cwd()): string {
	if (locale === 'root' || !href.startsWith('/') || href.startsWith(`/${locale}/`)) return href;
	const [path, anchor] = href.split('#') as [string, string | undefined];
	if (!anchor) return `/${locale}${path}`;
	const slug = path.replace(/^\/|\/$/g, '');
	const english = pageHeadings(root, 'root', slug);
	const translated = pageHeadings(root, locale, slug);
	if (!translated) return `/${locale}${href}`;
	const at = english?.indexOf(anchor) ?? -1;
	return at >= 0 && english!.length === translated.length ? `/${locale}${path}#${translated[at]}` : `/${locale}${path}`;
}

/** `governance/writing-governance-md#anchor` → `/governance/writing-governance-md/#anchor`, in the reader's language. */
export function chapterHref(chapter: string, locale: LocaleKey, root = process.cwd()): string {
	const [slug, anchor] = chapter.split('#') as [string, string | undefined];
	return localizeHref(`/${slug}/${anchor ? `#${anchor}` : ''}`, locale, root);
}

/** Markdown inline text as plain text: link text kept, emphasis and code marks dropped. */
export function plainText(md: string): string {
	return md
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`]+/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Read an assessment in a language (BCP-47 tag or locale key), falling back to English item by item. */
export function readAssessment(id: AssessmentId, lang: string | undefined, root = process.cwd()): Assessment {
	const locale = toLocale(lang);
	if (id === 'open-sourcing-readiness') return readinessAssessment(locale, root);
	return yamlAssessment(id, locale, root);
}

// --- The release checklist chapter -------------------------------------------------------------

/** One task item as the chapter writes it, before ids and links are settled. */
interface RawItem {
	action: string;
	help?: string;
	evidence?: string;
	link?: string;
}
interface RawPhase {
	title: string;
	anchor: string;
	items: RawItem[];
}

/**
 * The chapter's phases with each item's parts. An item reads `**Action.** Owner: … Done when: …
 * See [chapter](/link/)…` in every language with that language's labels, so the parts are found
 * by position: the first sentence after the action names the owner, the second says when it is
 * done, and the first link is the chapter that explains it. Same rules as checklistPhases.
 */
export function readinessPhases(body: string): RawPhase[] {
	const slugger = new Slugger();
	const phases: RawPhase[] = [];
	let current: RawPhase | undefined;
	for (const line of outsideCode(body.replace(/\n {2,}(?=\S)/g, ' '))) {
		const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
		if (heading) {
			// Every heading counts, as the heading-id plugin counts them, so that anchors match.
			const anchor = slugger.slug(headingText(heading[2]!));
			current = heading[1] === '##' ? { title: plainText(heading[2]!), anchor, items: [] } : current;
			if (heading[1] === '##') phases.push(current!);
			continue;
		}
		const task = /^-\s+\[ \]\s+\*\*(.+?)\*\*\s*(.*)$/.exec(line);
		if (!task || !current) continue;
		const rest = task[2]!.replace(/^[.。]\s*/, '');
		// Sentences end with a full stop (or 。) followed by a space or the end; labels end with a colon.
		const sentences = rest.match(/[^.。]*?[:：][^。]*?(?:[.。](?=\s|$)|。)/g) ?? [];
		const item: RawItem = { action: plainText(task[1]!).replace(/[.。]$/, '') };
		if (sentences[0]) item.help = plainText(sentences[0]);
		if (sentences[1]) item.evidence = plainText(sentences[1]);
		const link = /\]\((\/[^)\s]*)\)/.exec(rest)?.[1];
		if (link) item.link = link;
		current.items.push(item);
	}
	return phases.filter((p) => p.items.length > 0);
}

/**
 * Item ids are a slug of the English action (`name-at-least-two-maintainers-and-record-their-time`),
 * not a position: an item added or moved in the chapter then leaves every other saved answer on
 * its own item. A reworded action gets a new id and starts unanswered, which is the safe failure.
 * Translated items take the id of the English item at the same place in the same phase.
 */
export function itemId(englishAction: string): string {
	return englishAction
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

function readinessAssessment(locale: LocaleKey, root: string): ChecklistAssessment {
	const english = readinessPhases(readContentFile(root, `${checklistSlug}.mdx`).body);
	const translatedPath = `${locale}/${checklistSlug}.mdx`;
	const translated =
		locale !== 'root' && existsSync(join(root, 'content', 'docs', translatedPath))
			? readinessPhases(readContentFile(root, translatedPath).body)
			: undefined;
	// A translation that is behind the English (a phase with another number of items) is not
	// matched item by item: that phase is shown in English, where its links still lead.
	const sameShape = (i: number) => translated?.[i] !== undefined && translated[i]!.items.length === english[i]!.items.length;
	const ids = new Set<string>();
	const groups = english.map((phase, p): AssessmentGroup => {
		const local = translated && translated.length === english.length && sameShape(p) ? translated[p]! : phase;
		// A translated phase links to its own heading; an English one to the translated heading at its place.
		const groupHref =
			local === phase ? localizeHref(`/${checklistSlug}/#${phase.anchor}`, locale, root) : `/${locale}/${checklistSlug}/#${local.anchor}`;
		return {
			id: `phase-${p + 1}`,
			title: local.title,
			href: groupHref,
			items: phase.items.map((en, i) => {
				const item = local.items[i]!;
				const id = itemId(en.action);
				if (ids.has(id))
					throw new Error(
						`content/docs/${checklistSlug}.mdx: two checklist items have the action "${en.action}"; each action must be unique.`,
					);
				ids.add(id);
				const out: AssessmentItem = { id, text: item.action, href: localizeHref(item.link ?? en.link ?? groupHref, locale, root) };
				if (item.help) out.help = item.help;
				if (item.evidence) out.evidence = item.evidence;
				return out;
			}),
		};
	});
	return {
		id: 'open-sourcing-readiness',
		kind: 'checklist',
		lang: locales[locale].lang,
		licence: {
			id: 'CC-BY-4.0',
			attribution: 'Unite Open Source Knowledge Centre, release checklist',
			source: localizeHref(`/${checklistSlug}/`, locale, root),
		},
		basedOn: [],
		groups,
	};
}

// --- YAML assessments --------------------------------------------------------------------------

/** content/assessments/<id>.yaml, or content/assessments/<locale>/<id>.yaml for a translation. */
export const assessmentPath = (id: string, locale: LocaleKey = 'root') =>
	locale === 'root' ? `content/assessments/${id}.yaml` : `content/assessments/${locale}/${id}.yaml`;

/** Parse and validate an assessment file; bad data throws naming the file, the field and the fix. */
export function readAssessmentFile(root: string, id: string): AssessmentFile {
	const path = assessmentPath(id);
	const { value, text } = parseYamlFile(root, path);
	const result = assessmentFileSchema.safeParse(value, { error: missingField });
	if (!result.success) throw new Error(formatIssues(path, result.error.issues, text));
	if (result.data.id !== id) throw new Error(`${path}: id is "${result.data.id}"; write id: ${id} (the file name).`);
	return result.data;
}

function readTranslation(root: string, id: string, locale: LocaleKey): AssessmentTranslation | undefined {
	if (locale === 'root') return undefined;
	const path = assessmentPath(id, locale);
	if (!existsSync(join(root, path))) return undefined;
	const { value, text } = parseYamlFile(root, path);
	const result = assessmentTranslationSchema.safeParse(value, { error: missingField });
	if (!result.success) throw new Error(formatIssues(path, result.error.issues, text));
	return result.data;
}

/** Zod says "expected string, received undefined"; a contributor needs to hear that a field is missing. */
const missingField = (issue: { input?: unknown; code?: string }) =>
	issue.input === undefined && issue.code === 'invalid_type' ? 'This field is missing' : undefined;

function parseYamlFile(root: string, path: string): { value: unknown; text: string } {
	const full = join(root, path);
	if (!existsSync(full)) throw new Error(`${path} is missing: the assessment's questions are read from it.`);
	const text = readFileSync(full, 'utf8');
	try {
		return { value: parse(text), text };
	} catch (e) {
		throw new Error(`${path}: the YAML does not parse: ${(e as Error).message.split('\n')[0]}`);
	}
}

function yamlAssessment(id: Exclude<AssessmentId, 'open-sourcing-readiness'>, locale: LocaleKey, root: string): Assessment {
	const data = readAssessmentFile(root, id);
	const t = readTranslation(root, id, locale);
	const base: AssessmentBase = {
		id,
		lang: locales[locale].lang,
		licence: { id: data.licence.id, attribution: t?.licence?.attribution ?? data.licence.attribution, source: data.licence.source },
		basedOn: data.based_on.map((b) => ({ ...b, note: t?.based_on?.[b.url] ?? b.note })),
	};
	if (data.kind === 'checklist') {
		return {
			...base,
			kind: 'checklist',
			groups: data.sections.map((s) => {
				const ts = t?.sections?.[s.id];
				return {
					id: s.id,
					title: ts?.title ?? s.title,
					items: s.questions.map((q) => {
						const tq = ts?.questions?.[q.id];
						const item: AssessmentItem = { id: q.id, text: tq?.text ?? q.text, href: chapterHref(q.chapter, locale, root) };
						const help = tq?.help ?? q.help;
						const evidence = tq?.evidence ?? q.evidence;
						if (help) item.help = help;
						if (evidence) item.evidence = evidence;
						return item;
					}),
				};
			}),
		};
	}
	return {
		...base,
		kind: 'maturity',
		areas: data.areas.map((a) => {
			const ta = t?.areas?.[a.id];
			const area: MaturityArea = {
				id: a.id,
				title: ta?.title ?? a.title,
				levels: a.levels.map((l) => {
					const tl = ta?.levels?.[`${l.level}`];
					return {
						level: l.level,
						name: tl?.name ?? l.name,
						text: tl?.text ?? l.text,
						action: tl?.action ?? l.action,
						href: chapterHref(l.chapter, locale, root),
					};
				}),
			};
			const help = ta?.question ?? a.question;
			if (help) area.help = help;
			return area;
		}),
	};
}
