import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { strToU8, type Zippable } from 'fflate';
import { withBase } from '../lib/base-path';
import { formatDate } from '../lib/format';
import { localizedTerm, readGlossary, readTermbase } from '../lib/glossary';
import { readContentFile } from '../lib/content-files';
import { locales, type LocaleKey } from '../lib/locales';
import { siteTitles } from '../lib/site';
import { fillPlaceholders, readUiStrings } from '../lib/ui-strings';
import { localeCode } from '../pdf/edition';

export interface PackContext {
	dist: string;
	root: string;
	/** The public origin (SITE_URL) and base, for the addresses the README and glossary give; '' without SITE_URL. */
	origin: string;
	base: string;
	/** The pack's date: the newest of its guides' editions. */
	date: Date;
}

const localePrefix = (locale: LocaleKey) => (locale === 'root' ? '' : `${locale}/`);

/**
 * Everything a reader of one language needs without a connection: that language's PDFs and
 * EPUBs (the files the build just made), the templates in that language where they are
 * translated and in English where not, the glossary as Markdown, and a README in the language.
 */
export function packFiles(locale: LocaleKey, ctx: PackContext): Zippable {
	const { lang } = locales[locale];
	const t = readUiStrings(lang, ctx.root);
	const downloads = join(ctx.dist, 'downloads');
	const code = localeCode(locale);
	const guides = readdirSync(downloads)
		.filter((f) => f.startsWith('unite-open-source-') && new RegExp(`-${code}\\.(pdf|epub)$`).test(f))
		.sort();
	if (!guides.some((f) => f.endsWith('.pdf')) || !guides.some((f) => f.endsWith('.epub'))) {
		throw new Error(`The offline pack in ${lang} found no PDF or no EPUB in ${downloads}: the PDF and EPUB steps must run first.`);
	}
	const englishTemplates = readdirSync(join(ctx.dist, 'templates'))
		.filter((f) => f.endsWith('.md'))
		.sort();
	const templateFile = (file: string) => {
		const own = join(ctx.dist, localePrefix(locale), 'templates', file);
		return existsSync(own) ? own : join(ctx.dist, 'templates', file);
	};
	const files: Zippable = {};
	// Chromium's PDFs still shrink by 45% in a zip (measured on the Arabic pack: 13.5 MB stored,
	// 7.5 MB deflated); EPUBs are zips already and are stored as they are.
	for (const f of guides) {
		files[`guides/${f}`] = [new Uint8Array(readFileSync(join(downloads, f))), { level: f.endsWith('.pdf') ? 6 : 0 }];
	}
	for (const f of englishTemplates) files[`templates/${f}`] = new Uint8Array(readFileSync(templateFile(f)));
	files['glossary.md'] = strToU8(glossaryMarkdown(locale, ctx));
	const address = (path: string) => (ctx.origin ? `${ctx.origin}${withBase(path, ctx.base)}` : undefined);
	const online = address(`/${localePrefix(locale)}`);
	const readme = [
		`# ${fillPlaceholders(t['offline.readmeTitle'], { site: siteTitles[lang] })}`,
		'',
		fillPlaceholders(t['offline.readmeIntro'], { date: formatDate(ctx.date, lang) }),
		'',
		`- \`guides/\`: ${t['offline.readmeGuides']}`,
		...guides.map((f) => `  - \`${basename(f)}\``),
		`- \`templates/\`: ${t['offline.readmeTemplates']}`,
		`- \`glossary.md\`: ${t['offline.readmeGlossary']}`,
		'',
		...(online ? [fillPlaceholders(t['offline.readmeOnline'], { address: `<${online}>` }), ''] : []),
		t['print.licence'],
		'',
	];
	files['README.md'] = strToU8(readme.join('\n'));
	return files;
}

/**
 * The glossary as one Markdown file in a language: the termbase's terms and definitions where
 * the language has them, the English entry (marked as such) where not, in the language's order.
 */
export function glossaryMarkdown(locale: LocaleKey, ctx: Pick<PackContext, 'root' | 'origin' | 'base'>): string {
	const { lang } = locales[locale];
	const t = readUiStrings(lang, ctx.root);
	const termbase = locale === 'root' ? undefined : readTermbase(locale, ctx.root);
	const page = `${localePrefix(locale)}reference/glossary.mdx`;
	const titleFrom = existsSync(join(ctx.root, 'content/docs', page)) ? page : 'reference/glossary.mdx';
	const title = String(readContentFile(ctx.root, titleFrom).frontmatter['title']);
	const collator = new Intl.Collator(lang);
	const terms = readGlossary(ctx.root)
		.map((term) => localizedTerm(term, termbase))
		.sort((a, b) => collator.compare(a.term, b.term));
	const entryUrl = (id: string) =>
		ctx.origin ? `${ctx.origin}${withBase(`/${localePrefix(locale)}reference/glossary/`, ctx.base)}#${id}` : '';
	const lines = [`# ${title}`, ''];
	for (const term of terms) {
		const heading = term.expansion ? `${term.term} (${term.expansion})` : term.term;
		lines.push(`## ${heading}${term.translated || locale === 'root' ? '' : ` (${t['print.inEnglish']})`}`, '', term.definition.trim(), '');
		if (entryUrl(term.id)) lines.push(`<${entryUrl(term.id)}>`, '');
	}
	return lines.join('\n');
}
