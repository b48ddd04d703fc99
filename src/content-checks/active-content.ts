import { markdownToHast, mdxToHast, type HastNode } from 'satteri';
import type { ContentFile } from '../lib/content-files';
import type { Problem } from './problems';

/**
 * What a page's Markdown may contain. A reviewer cannot read every line of generated HTML, so the
 * build refuses anything that would run code or load something from another host in a reader's
 * browser: scripts, frames, plug-ins, inline event handlers, `javascript:` and `data:` links, and
 * images, media, fonts or stylesheets from elsewhere. Links to other sites stay allowed.
 * (docs/decisions/security.md)
 */

/** Elements that run code, embed other documents or change how the page loads. */
const forbiddenElements = new Set([
	'script',
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'base',
	'meta',
	'link',
	'style',
	'form',
	'portal',
]);
/** Attributes that make the browser fetch something for the page itself. */
const fetchingAttributes = new Set(['src', 'srcset', 'poster', 'data', 'background', 'formaction', 'imagesrcset']);
/** Where a `javascript:` or `data:` address would be followed. */
const linkAttributes = new Set(['href', 'xlink:href', 'action']);
/** Modules an MDX page may import components from. */
export const allowedImports = [
	'@astrojs/starlight/components',
	'~/components',
	// Components with a global stylesheet each have a module of their own (src/components/index.ts).
	'~/components/assessment',
	'~/components/licence-explorer',
	'~/components/compatibility-matrix',
];

const isForeign = (url: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim()) && !/^\/\/?$/.test(url.trim());
const scheme = (url: string) => /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();

type Attr = { name: string; value: unknown };

/** The attributes of an element or an MDX JSX element, with string values where they are literal. */
function attributesOf(node: HastNode): Attr[] {
	const n = node as { type: string; properties?: Record<string, unknown>; attributes?: { type: string; name?: string; value?: unknown }[] };
	if (n.type === 'element')
		return Object.entries(n.properties ?? {}).map(([name, value]) => ({
			name: hastName(name),
			value: Array.isArray(value) ? value.join(' ') : value,
		}));
	return (n.attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute').map((a) => ({ name: a.name ?? '', value: a.value }));
}

/** hast property names (`onClick`, `srcSet`, `xLinkHref`) back to HTML attribute names. */
const hastName = (name: string) => (name === 'xLinkHref' ? 'xlink:href' : name.toLowerCase());

function checkNode(node: HastNode, problem: (line: number | undefined, message: string, fix: string) => void) {
	const n = node as { type: string; tagName?: string; name?: string | null; value?: string; position?: { start: { line: number } } };
	const line = n.position?.start.line;
	const tag = (n.type === 'element' ? n.tagName : n.type.startsWith('mdxJsx') ? n.name : undefined) ?? undefined;
	if (n.type === 'mdxjsEsm') {
		for (const m of (n.value ?? '').matchAll(/^\s*import\s[\s\S]*?from\s+['"]([^'"]+)['"]/gm)) {
			if (!allowedImports.includes(m[1]!)) {
				problem(
					line,
					`Importing from "${m[1]}" is not allowed in content.`,
					`Import components only from ${allowedImports.map((a) => `"${a}"`).join(' or ')}.`,
				);
			}
		}
		if (/^\s*export\s/m.test(n.value ?? ''))
			problem(line, 'An `export` statement is not allowed in content.', 'Remove it; pages carry data in their frontmatter.');
	}
	if (n.type === 'raw' || n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') {
		if (/<\s*(script|iframe|object|embed|style)\b/i.test(n.value ?? '') || /\bon[a-z]+\s*=/i.test(n.value ?? '')) {
			problem(line, 'This passage would put a script, frame or event handler into the page.', 'Remove it.');
		}
	}
	if (!tag) return;
	const name = tag.toLowerCase();
	if (forbiddenElements.has(name)) {
		problem(
			line,
			`A <${name}> element is not allowed in content.`,
			name === 'script'
				? 'Scripts come only from the site’s own components: remove it.'
				: 'Remove it; if a page needs it, propose a component for it.',
		);
	}
	for (const { name: attr, value } of attributesOf(node)) {
		if (/^on[a-z]+$/i.test(attr))
			problem(line, `The event handler ${attr}="…" is not allowed in content.`, 'Remove it: content cannot run code.');
		if (typeof value !== 'string') {
			if (
				(linkAttributes.has(attr) || fetchingAttributes.has(attr)) &&
				value !== undefined &&
				value !== null &&
				typeof value !== 'boolean'
			) {
				problem(line, `The ${attr} of <${tag}> is computed by an expression.`, 'Write the address as a plain quoted string.');
			}
			continue;
		}
		const s = scheme(value);
		if (s === 'javascript' || s === 'vbscript') problem(line, `A ${s}: address is not allowed in content.`, 'Link to a page instead.');
		if (s === 'data' && linkAttributes.has(attr))
			problem(line, 'A data: address is not allowed in a link.', 'Put the file in the repository and link to it.');
		if (fetchingAttributes.has(attr) && value.split(',').some((part) => isForeign(part.trim().split(/\s+/)[0] ?? ''))) {
			problem(
				line,
				`<${tag}> loads ${value} from another site, which would be fetched on every visit.`,
				'Images and media live in the repository: save the file under public/ and use its path from the site root.',
			);
		}
		if (attr === 'style' && /url\s*\(/i.test(value))
			problem(
				line,
				'A style attribute that loads a file is not allowed in content.',
				'Remove the url(); styles come from the site’s stylesheet.',
			);
	}
}

function walk(node: HastNode, visit: (n: HastNode) => void) {
	visit(node);
	for (const child of (node as { children?: HastNode[] }).children ?? []) walk(child, visit);
}

/** Syntax errors and active or foreign content in the bodies of the pages. */
export function bodyProblems(files: ContentFile[]): Problem[] {
	const problems: Problem[] = [];
	for (const f of files) {
		const offset = f.bodyLine - 1;
		const add = (line: number | undefined, message: string, fix: string) =>
			problems.push({ file: f.repoPath, line: line === undefined ? undefined : line + offset, message, fix });
		let tree: HastNode;
		try {
			tree = f.path.endsWith('.mdx') ? mdxToHast(f.body) : markdownToHast(f.body);
		} catch (error) {
			const message = String((error as Error).message);
			const at = /^(\d+):(\d+)/.exec(message);
			add(
				at ? Number(at[1]) : undefined,
				`The page is not valid MDX: ${message.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '').replace(/\s*\([a-z-]+:[a-z-]+\)$/, '')}.`,
				'In MDX, < starts a tag and { starts an expression: close the tag, or write &lt; or \\{ for the character itself.',
			);
			continue;
		}
		walk(tree, (n) => checkNode(n, add));
	}
	return problems;
}

/** Frontmatter that adds something to the page's head or hero from elsewhere. */
export function frontmatterProblems(files: ContentFile[]): Problem[] {
	const problems: Problem[] = [];
	for (const f of files) {
		const head = f.frontmatter['head'];
		if (Array.isArray(head) && head.length > 0) {
			problems.push({
				file: f.repoPath,
				message: 'The frontmatter field `head` is not allowed in content.',
				fix: 'Remove it: the site adds what every page’s head needs.',
			});
		}
		const hero = f.frontmatter['hero'] as { image?: Record<string, unknown> } | undefined;
		for (const value of Object.values(hero?.image ?? {})) {
			if (typeof value === 'string' && isForeign(value)) {
				problems.push({
					file: f.repoPath,
					message: `The hero image ${value} is on another site.`,
					fix: 'Save the image in the repository and use its path.',
				});
			}
		}
	}
	return problems;
}
