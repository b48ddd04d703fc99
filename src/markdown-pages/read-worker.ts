import { parentPort } from 'node:worker_threads';
import { readBuiltPage } from './page-markdown.ts';

/**
 * A worker thread of read-pages.ts: reads the built pages it is sent (readBuiltPage) and sends
 * back what it read, or the error that names the page. Node runs this file itself, stripping
 * its types, so it and what it imports name their .ts files.
 */
export interface ReadRequest {
	id: number;
	html: string;
	where: string;
	address: string;
}

parentPort!.on('message', ({ id, html, where, address }: ReadRequest) => {
	try {
		parentPort!.postMessage({ id, page: readBuiltPage(html, where, address) });
	} catch (error) {
		parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
});
