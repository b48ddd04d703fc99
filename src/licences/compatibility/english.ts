import en from '../../../content/i18n/en.json' with { type: 'json' };
import type { TextRef } from './types';

const strings = en as Record<string, string>;

/** The English sentence of an interface-string reference, placeholders filled (the JSON API's `condition`). */
export function englishText(ref: TextRef): string {
	const text = strings[ref.key];
	if (text === undefined) throw new Error(`content/i18n/en.json has no string "${ref.key}".`);
	return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => ref.params[name] ?? whole);
}
