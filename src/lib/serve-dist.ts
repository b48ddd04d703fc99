import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers-file';

/**
 * Serve a built site on 127.0.0.1 under its base path, so Chromium loads the print editions
 * with their CSS and fonts exactly as a reader's browser would. With `applyHeaders`, responses
 * carry the headers of dist/_headers, as Netlify or Cloudflare Pages would send them; with
 * `compress`, text is gzipped as every static host does, so that timings (Lighthouse in
 * `npm run bench`) see the bytes a reader's browser would receive.
 */
export async function serveDist(
	dir: string,
	base: string,
	{ applyHeaders = false, compress = false } = {},
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
	const gzip = compress ? compression() : undefined;
	const server: Server = createServer((req, res) => {
		if (gzip) gzip(req as Parameters<typeof gzip>[0], res as Parameters<typeof gzip>[1], () => serve(req, res));
		else serve(req, res);
	});
	const serve = (req: Parameters<typeof files>[0], res: Parameters<typeof files>[1]) => {
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
	};
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
