import type { OurStringKey } from '../lib/ui-strings';

const marker = '\uE000';

/**
 * An interface string with one value of another language in it ("Level 2: Managed" with an
 * untranslated name), split around that value so that the value can be marked with its own
 * language and direction.
 */
export function splitAround(
	t: App.Locals['t'],
	key: OurStringKey,
	values: Record<string, string | number>,
	name: string,
): { before: string; after: string } {
	const [before = '', after = ''] = t(key, { ...values, [name]: marker }).split(marker);
	return { before, after };
}
