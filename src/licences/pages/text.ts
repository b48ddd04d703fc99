import type { TextRef } from '../compatibility/types';

/**
 * The sentence an engine answer names, in the page's language (`strings` is `Astro.locals.t.all()`),
 * with its `{{placeholders}}` filled as the explorer's script fills them. The engine's keys are
 * compat.* keys of src/lib/ui-strings.ts, so an unknown one is a bug worth failing the build over.
 */
export function textOf(strings: Readonly<Record<string, unknown>>, ref: TextRef): string {
	const template = strings[ref.key];
	if (typeof template !== 'string')
		throw new Error(
			`The compatibility engine named "${ref.key}", which no file of content/i18n/ defines: add it to src/lib/ui-strings.ts and each language.`,
		);
	return template.replace(/\{\{(\w+)\}\}/g, (match, name: string) => ref.params?.[name] ?? match);
}
