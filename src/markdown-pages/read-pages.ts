import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readBuiltPage, type BuiltPage } from './page-markdown';
import type { ReadRequest } from './read-worker';

type Reply = { id: number; page: BuiltPage; error?: undefined } | { id: number; error: string };

export interface PageReader {
	/** How many threads read pages: one per core, or none (the build's own thread) where Node cannot run the workers. */
	threads: number;
	read: (html: string, where: string, address: string) => Promise<BuiltPage>;
	close: () => Promise<void>;
}

/**
 * Reads built pages into Markdown (readBuiltPage) on one worker thread per core: converting
 * 948 pages took 44 s on one core, most of it HTML to Markdown in unified's utilities. The
 * workers need Node's TypeScript type stripping (Node 22.18 and later, the project's Node 24);
 * without it the pages are read on the build's own thread, with the same result.
 */
export function pageReader(threads = availableParallelism()): PageReader {
	if (!process.features.typescript || threads < 2) {
		return { threads: 0, read: async (html, where, address) => readBuiltPage(html, where, address), close: async () => {} };
	}
	let closing = false;
	const pending = new Map<number, { resolve: (page: BuiltPage) => void; reject: (error: Error) => void }>();
	const workers = Array.from({ length: threads }, () => {
		const worker = new Worker(new URL('./read-worker.ts', import.meta.url));
		worker.on('message', (reply: Reply) => {
			const job = pending.get(reply.id)!;
			pending.delete(reply.id);
			if (reply.error !== undefined) job.reject(new Error(reply.error));
			else job.resolve(reply.page);
		});
		const failAll = (error: Error) => {
			for (const job of pending.values()) job.reject(error);
			pending.clear();
		};
		worker.on('error', failAll);
		worker.on('exit', (code) => {
			if (!closing) failAll(new Error(`A thread reading pages into Markdown stopped (exit code ${code}).`));
		});
		return worker;
	});
	// Each page goes to the worker with the fewest pages waiting: a compatibility matrix takes a
	// hundred times as long as a chapter.
	const waiting = workers.map(() => 0);
	let next = 0;
	return {
		threads,
		read: (html, where, address) =>
			new Promise((resolve, reject) => {
				const id = next++;
				const w = waiting.indexOf(Math.min(...waiting));
				waiting[w]!++;
				const done = () => waiting[w]!--;
				pending.set(id, {
					resolve: (page) => (done(), resolve(page)),
					reject: (error) => (done(), reject(error)),
				});
				workers[w]!.postMessage({ id, html, where, address } satisfies ReadRequest);
			}),
		close: async () => {
			closing = true;
			await Promise.all(workers.map((w) => w.terminate()));
		},
	};
}
