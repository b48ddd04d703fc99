import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translatedTemplates } from '../../src/templates/translations';
import { projectRoot } from '../helpers/astro-build';
import { builds } from '../helpers/builds';
import { page } from '../helpers/dist';

const dist = builds.root.outDir;
const files = readdirSync(join(projectRoot, 'content/templates')).filter((f) => f.endsWith('.md'));
const translations = translatedTemplates(projectRoot).map((t) => [`${t.locale}/${t.file}`, t] as const);

describe('templates', () => {
	it.each(files)('%s is served unchanged from the built site and linked from the templates page', (file) => {
		const served = readFileSync(join(dist, 'templates', file), 'utf8');
		expect(served).toBe(readFileSync(join(projectRoot, 'content/templates', file), 'utf8'));
		expect(page(dist, '/reference/templates/')).toContain(`href="/templates/${file}"`);
	});

	it.each(translations)('%s is served unchanged and shown on its language’s templates page beside the English original', (_name, t) => {
		expect(readFileSync(join(dist, t.locale, 'templates', t.file), 'utf8')).toBe(t.text);
		const html = page(dist, `/${t.locale}/reference/templates/`);
		expect(html).toContain(`href="/${t.locale}/templates/${t.file}"`);
		expect(html).toMatch(new RegExp(`href="/templates/${t.file.replace('.', '\\.')}"[^>]*hreflang="en"`));
		// The page shows the translation's own heading, not the English one.
		const heading = /^# (.+)$/m.exec(t.text)![1]!;
		expect(html.replace(/<[^>]+>/g, '')).toContain(heading.replace(/&/g, '&amp;'));
	});
});
