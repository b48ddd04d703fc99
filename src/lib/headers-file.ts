import { createHash } from 'node:crypto';
import { inlineScripts } from './html-files';
import { escapeRegExp } from './regexp';

/** One block of a Netlify/Cloudflare `_headers` file: a path pattern and its headers. */
export interface HeaderRule {
	pattern: string;
	headers: [string, string][];
}

/** Parse a `_headers` file: a path line, then indented `Name: value` lines; `#` starts a comment. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const rule = rules.at(-1);
		const colon = line.indexOf(':');
		if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not under a path or has no "Name: value"`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/** Whether a URL path matches a `_headers` pattern (`*` matches any run of characters). */
export function matchesPattern(pattern: string, path: string): boolean {
	const re = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`);
	return re.test(path);
}

/** The headers that apply to a path: every matching rule, later rules adding to earlier ones. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const rule of rules) if (matchesPattern(rule.pattern, path)) for (const [k, v] of rule.headers) out[k] = v;
	return out;
}

/** The CSP source expression that allows one inline script. */
export const cspHash = (script: string): string => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/** CSP source expressions for the inline scripts of an HTML page. */
export function inlineScriptHashes(html: string): string[] {
	return inlineScripts(html).map(cspHash);
}
