import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import en from '../../content/i18n/en.json';
import ar from '../../content/i18n/ar.json';

const strings: Record<string, Record<string, string>> = { en, ar };

/**
 * Starlight's `Astro.locals.t` for a language, from our interface-string files: `{name}`
 * placeholders are filled from the values, as Starlight's i18next does.
 */
export function localsFor(lang: 'en' | 'ar'): App.Locals {
	const t = (key: string, values: Record<string, string | number> = {}) => {
		const text = strings[lang]![key] ?? strings['en']![key];
		if (text === undefined) throw new Error(`No interface string "${key}"`);
		return text.replace(/\{\{?(\w+)\}?\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
	};
	// The components under test read only `t`; Starlight's route data is not needed.
	return { t } as unknown as App.Locals;
}

export const container = () => AstroContainer.create();
