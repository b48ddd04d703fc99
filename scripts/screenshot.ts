/**
 * `npm run screenshot -- [--dist DIR] [--base /kc] [--out DIR] [--screen] PATH[@WIDTH][:dark] …`
 *
 * Screenshots of pages of a built site, to look at what a change did: for example
 * `npm run screenshot -- /ar/licensing/@375 /licensing/@1366:dark`. Full-page PNGs are written to
 * --out (default tests/.tmp/shots) and their paths printed; `--screen` takes only the first screen
 * (900 px high, 812 at widths under 500: a phone) instead of the full page. Builds nothing: build first.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../src/lib/browser';
import { serveDist } from '../src/lib/serve-dist';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		dist: { type: 'string', default: 'dist' },
		base: { type: 'string', default: '/' },
		out: { type: 'string', default: 'tests/.tmp/shots' },
		screen: { type: 'boolean', default: false },
	},
});
if (positionals.length === 0) {
	console.error('Name at least one page, e.g. npm run screenshot -- /licensing/@375 /ar/@1366:dark');
	process.exit(2);
}
mkdirSync(values.out, { recursive: true });
const server = await serveDist(values.dist, values.base, { applyHeaders: true });
const { browser } = await launchBrowser();
try {
	for (const spec of positionals) {
		const m = /^([^@:]+)(?:@(\d+))?(?::(dark|light))?$/.exec(spec);
		if (!m) throw new Error(`"${spec}": write PATH[@WIDTH][:dark], e.g. /licensing/@375:dark`);
		const [, path, width = '1366', theme = 'light'] = m;
		const context = await browser.newContext({
			viewport: { width: Number(width), height: Number(width) < 500 ? 812 : 900 },
			colorScheme: theme as 'light' | 'dark',
		});
		const page = await context.newPage();
		await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		await page.goto(`${server.origin}${values.base.replace(/\/$/, '')}${path}`);
		const file = join(values.out, `${path!.replace(/\W+/g, '_') || 'home'}-${width}-${theme}.png`);
		await page.screenshot({ path: file, fullPage: !values.screen });
		console.log(file);
		await context.close();
	}
} finally {
	await browser.close();
	await server.close();
}
