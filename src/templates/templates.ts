/**
 * The reusable templates of reference/templates: plain Markdown files in content/templates/,
 * dedicated to the public domain (CC0-1.0), shown on the page and served as downloads at
 * /templates/<file>.
 */
const files = import.meta.glob<string>('/content/templates/*.md', { query: '?raw', import: 'default', eager: true });

/** Template file name (e.g. `SECURITY.md`) to its text. */
export const templates: ReadonlyMap<string, string> = new Map(
	Object.entries(files).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
);

/** The text of a template; fails the build with the file name if it does not exist. */
export function templateText(file: string): string {
	const text = templates.get(file);
	if (text === undefined) {
		throw new Error(`Template "${file}" not found in content/templates/ (known: ${[...templates.keys()].join(', ')}).`);
	}
	return text;
}

/** Where a template is served, relative to the site's base. */
export const templatePath = (file: string): string => `/templates/${file}`;
