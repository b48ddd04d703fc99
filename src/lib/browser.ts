import { existsSync } from 'node:fs';
import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser } from 'playwright-core';

/** Environment variables that may name a Chrome or Chromium executable, in order of precedence. */
export const BROWSER_ENV_VARS = ['PDF_BROWSER', 'CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH'] as const;

/** Browsers installed by the system, tried after the one npm brings. */
const systemBrowsers = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

// Flags for a headless, offline run. No Lambda-style flags: they slowed printing 30x
// (docs/decisions/printing.md); the background-networking ones stop Chromium phoning home.
const launchArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];

export class BrowserNotFoundError extends Error {}

/** The candidates, in order: an environment variable, the npm-installed Chromium, system browsers. */
export async function browserCandidates(env: NodeJS.ProcessEnv = process.env): Promise<{ path: string; from: string }[]> {
	for (const name of BROWSER_ENV_VARS) {
		const value = env[name]?.trim();
		// A browser named explicitly is the only one tried: a typo should fail, not be worked round.
		if (value) return [{ path: value, from: `$${name}` }];
	}
	const found: { path: string; from: string }[] = [];
	// Imported statically: by build:done, Astro's config module runner no longer loads modules.
	try {
		found.push({ path: await sparticuz.executablePath(), from: '@sparticuz/chromium (npm)' });
	} catch {
		// Not installed or not supported on this platform (it ships Linux x64/arm64 only).
	}
	for (const path of systemBrowsers) if (existsSync(path)) found.push({ path, from: path });
	return found;
}

/** Launch the first browser that starts, or explain what to do. */
export async function launchBrowser(env: NodeJS.ProcessEnv = process.env): Promise<{ browser: Browser; from: string }> {
	const candidates = await browserCandidates(env);
	const failures: string[] = [];
	for (const { path, from } of candidates) {
		try {
			return { browser: await chromium.launch({ executablePath: path, args: launchArgs }), from };
		} catch (error) {
			failures.push(`  - ${from}: ${path}\n    ${String((error as Error).message).split('\n')[0]}`);
		}
	}
	throw new BrowserNotFoundError(
		[
			'Cannot print the guides to PDF: no Chrome or Chromium could be started.',
			failures.length ? `Tried:\n${failures.join('\n')}` : 'No browser was found.',
			'To fix this, do one of:',
			'  - run `npm install` again (on Linux x64 it brings Chromium through @sparticuz/chromium);',
			`  - install Chrome or Chromium and point ${BROWSER_ENV_VARS[0]} at it, e.g. ${BROWSER_ENV_VARS[0]}=/usr/bin/chromium (Debian: apt-get install chromium);`,
			'  - or build without PDFs for a quick preview: SKIP_PDF=1 npm run build.',
		].join('\n'),
	);
}
