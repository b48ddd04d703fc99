import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uses } from '../../src/licences/compatibility';
import { apiCompatibilitySchema } from '../../src/licences/compatibility/schema';
import { readLicences } from '../../src/licences/data';
import { licenceSchema } from '../../src/licences/schema';
import { projectRoot } from '../helpers/astro-build';
import { builds } from '../helpers/builds';

const dist = builds.root.outDir;
const json = (path: string): unknown => JSON.parse(readFileSync(join(dist, path), 'utf8'));

describe('the licence JSON API of the built site', () => {
	const data = readLicences(projectRoot);

	it('/api/licences.json lists every licence of the data, each valid against the licence schema', () => {
		const served = json('api/licences.json') as unknown[];
		expect(served.map((l) => (l as { id: string }).id)).toEqual(data.map((l) => l.id));
		for (const l of served) expect(licenceSchema.safeParse(l).success).toBe(true);
	});

	it('/api/licence-compatibility.json answers every ordered pair for every use, as its schema documents', () => {
		const parsed = apiCompatibilitySchema.safeParse(json('api/licence-compatibility.json'));
		expect(parsed.success, parsed.error?.message).toBe(true);
		const answers = parsed.data!;
		expect(answers).toHaveLength(data.length * data.length * uses.length);
		const cell = (inbound: string, outbound: string, use: string) =>
			answers.find((a) => a.inbound === inbound && a.outbound === outbound && a.use === use);
		// The well-known one-way pair, in English, with its source.
		expect(cell('Apache-2.0', 'GPL-3.0-only', 'modify')?.verdict).toBe('yes');
		expect(cell('GPL-3.0-only', 'Apache-2.0', 'modify')?.verdict).toBe('no');
		const eupl = cell('EUPL-1.2', 'GPL-3.0-only', 'modify');
		expect(eupl?.condition).toMatch(/^Only for a work/);
		expect(eupl?.disagreement?.sources.length).toBeGreaterThan(0);
	});
});
