import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The success criteria every scan checks: WCAG 2.2 levels A and AA (with 2.0 and 2.1's). */
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe-core's violations on the page as it is now, one line each (rule, impact, help, the first
 * three elements). Only violations are asked for, and axe runs in the page itself ("legacy
 * mode") rather than frame by frame with a blank page to merge the results: with passes and
 * the blank page, a scan took three times as long and the suite was over its time. That mode
 * would skip cross-origin frames, and the site has none; a page with a frame fails here, so
 * that the shortcut never hides one.
 */
export async function axeViolations(page: Page, { include }: { include?: string } = {}): Promise<string[]> {
	const frames = page.frames().length;
	if (frames > 1)
		throw new Error(
			`${page.url()} has ${frames - 1} frame(s): scan it without setLegacyMode(true) in tests/helpers/axe.ts, which skips cross-origin frames.`,
		);
	let builder = new AxeBuilder({ page })
		.withTags(wcag)
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] });
	if (include) builder = builder.include(include);
	const { violations } = await builder.analyze();
	return violations.map(
		(v) =>
			`${v.id} (${v.impact}) ${v.help} — ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(' | ')}`,
	);
}
