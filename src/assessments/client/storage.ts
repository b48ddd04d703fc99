import { pruneAnswers, readAnswers } from './exchange';
import type { Answers, ClientModel } from './model';

/**
 * Answers are kept in this browser's localStorage only, one entry per assessment, and never
 * sent anywhere. The key carries the format's version so that a later format can read or drop
 * old entries deliberately.
 */
export const storageKey = (id: string) => `kc-assessment:${id}:v1`;

/** What was saved for this assessment; nothing if there is nothing, or it no longer fits. */
export function loadAnswers(storage: Storage, model: ClientModel): Answers {
	const text = storage.getItem(storageKey(model.id));
	if (!text) return {};
	try {
		const raw: unknown = JSON.parse(text);
		if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
		const result = readAnswers(model, raw as Record<string, unknown>);
		return result.ok ? result.answers : {};
	} catch {
		return {};
	}
}

/** Save the answers, or remove the entry when none is left. Throws if the browser refuses. */
export function saveAnswers(storage: Storage, model: ClientModel, answers: Answers): void {
	const kept = pruneAnswers(model, answers);
	if (Object.keys(kept).length === 0) storage.removeItem(storageKey(model.id));
	else storage.setItem(storageKey(model.id), JSON.stringify(kept));
}

export function clearAnswers(storage: Storage, model: ClientModel): void {
	storage.removeItem(storageKey(model.id));
}
