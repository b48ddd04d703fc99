import { translatedLocales, type LocaleKey } from '../lib/locales';

/**
 * The reusable templates of reference/templates: plain Markdown files in content/templates/,
 * dedicated to the public domain (CC0-1.0), shown on the page and served as downloads at
 * /templates/<file>; their translations in content/templates/<locale>/ at /<locale>/templates/<file>.
 */
const files = import.meta.glob<string>('/content/templates/**/*.md', { query: '?raw', import: 'default', eager: true });

/** `fr/SECURITY.md` or `SECURITY.md` (English) to its text. */
const byPath = new Map(Object.entries(files).map(([path, text]) => [path.slice('/content/templates/'.length), text]));

/** English template file name (e.g. `SECURITY.md`) to its text. */
export const templates: ReadonlyMap<string, string> = new Map([...byPath].filter(([path]) => !path.includes('/')));

/** Each translated template: its language, file name and text. */
export const translatedTemplateFiles = [...byPath]
	.filter(([path]) => path.includes('/'))
	.map(([path, text]) => {
		const [locale, file] = path.split('/') as [string, string];
		return { locale: locale as Exclude<LocaleKey, 'root'>, file, text };
	})
	.filter((t) => (translatedLocales as string[]).includes(t.locale) && templates.has(t.file));

/** The text of a template; fails the build with the file name if it does not exist. */
export function templateText(file: string): string {
	const text = templates.get(file);
	if (text === undefined) {
		throw new Error(`Template "${file}" not found in content/templates/ (known: ${[...templates.keys()].join(', ')}).`);
	}
	return text;
}

/** The translation of a template into a language, if there is one. */
export const translatedTemplateText = (file: string, locale: LocaleKey): string | undefined =>
	locale === 'root' ? undefined : byPath.get(`${locale}/${file}`);

/** Where a template is served, relative to the site's base: `/templates/<file>` or `/<locale>/templates/<file>`. */
export const templatePath = (file: string, locale: LocaleKey = 'root'): string =>
	locale === 'root' ? `/templates/${file}` : `/${locale}/templates/${file}`;
