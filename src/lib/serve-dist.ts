import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers-file';

/**
 * Serve a built site on 127.0.0.1 under its base path, so Chromium loads the print editions
 * with their CSS and fonts exactly as a reader's browser would. With `applyHeaders`, responses
 * carry the headers of dist/_headers, as Netlify or Cloudflare Pages would send them.
 */
export async function serveDist(
	dir: string,
	base: string,
	{ applyHeaders = false } = {},
): Promise<{ origin: string; close: () => Promise<void> }> {
	const prefix = base === '/' ? '' : base.replace(/\/$/, '');
	const rules = applyHeaders ? parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')) : [];
	const files = sirv(dir, {
		dev: false,
		etag: false,
		dotfiles: false,
		setHeaders: (res, pathname) => {
			for (const [k, v] of Object.entries(headersFor(rules, pathname))) res.setHeader(k, v);
		},
	});
	const server: Server = createServer((req, res) => {
		const url = req.url ?? '/';
		if (prefix && !url.startsWith(`${prefix}/`)) {
			res.statusCode = 404;
			res.end();
			return;
		}
		req.url = url.slice(prefix.length) || '/';
		files(req, res, () => {
			res.statusCode = 404;
			res.end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
