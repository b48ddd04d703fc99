import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro-build';
import { builds } from '../helpers/builds';
import { page } from '../helpers/dist';

const dist = builds.root.outDir;
const files = readdirSync(join(projectRoot, 'content/templates')).filter((f) => f.endsWith('.md'));

describe('templates', () => {
	it.each(files)('%s is served unchanged from the built site and linked from the templates page', (file) => {
		const served = readFileSync(join(dist, 'templates', file), 'utf8');
		expect(served).toBe(readFileSync(join(projectRoot, 'content/templates', file), 'utf8'));
		expect(page(dist, '/reference/templates/')).toContain(`href="/templates/${file}"`);
	});
});
