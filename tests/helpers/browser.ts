import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../src/lib/browser';
import { serveDist } from '../../src/lib/serve-dist';

export interface Session {
	browser: Browser;
	origin: string;
	base: string;
	/** A page in a fresh context; every request to another host is recorded. */
	newPage: (options?: {
		width?: number;
		colorScheme?: 'light' | 'dark';
	}) => Promise<{ page: Page; context: BrowserContext; foreign: string[] }>;
	close: () => Promise<void>;
}

/** Serve a built site on 127.0.0.1 and drive it with the same Chromium the PDFs use. */
export async function openSite(dist: string, base = '/', { applyHeaders = true } = {}): Promise<Session> {
	// Served with the site's own security headers (dist/_headers), as a static host would.
	const server = await serveDist(dist, base, { applyHeaders });
	const { browser } = await launchBrowser();
	const contexts: BrowserContext[] = [];
	return {
		browser,
		origin: server.origin,
		base: base.replace(/\/$/, ''),
		async newPage({ width = 1280, colorScheme = 'light' } = {}) {
			const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
			contexts.push(context);
			const foreign: string[] = [];
			// The site must load nothing from any other host: no fonts, analytics or CDNs.
			await context.route('**/*', (route) => {
				const url = route.request().url();
				if (url.startsWith(server.origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
				foreign.push(url);
				return route.abort();
			});
			return { page: await context.newPage(), context, foreign };
		},
		async close() {
			await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
			await browser.close();
			await server.close();
		},
	};
}
