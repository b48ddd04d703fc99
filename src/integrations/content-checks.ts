import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { invalidReviewDates, overdueReviews } from '../lib/review-dates';
import { orphanTranslations } from '../lib/translation-status';

/**
 * Checks on the content folder that the content schema cannot make: a translation must have an
 * English page to translate (an error), review dates must be real dates (an error: YAML would
 * silently turn 2026-13-45 into a date in 2027), and pages should be reviewed at least once a year
 * (a warning, so that an old date never blocks a release).
 */
export function contentChecks(): AstroIntegration {
	return {
		name: 'unite-content-checks',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const orphans = orphanTranslations(fileURLToPath(config.root));
				if (orphans.length > 0) {
					throw new Error(
						orphans
							.map((f) => {
								const english = f.slice(f.indexOf('/') + 1);
								return `content/docs/${f}: this translation has no English page content/docs/${english}. Translations must use the same path as the English page they translate: create the English page first, or rename the file.`;
							})
							.join('\n'),
					);
				}
				const docsDir = join(fileURLToPath(config.root), 'content', 'docs');
				const badDates = invalidReviewDates(docsDir);
				if (badDates.length > 0) {
					throw new Error(
						badDates
							.map(
								(d) =>
									`${d.file}: last_reviewed "${d.value}" is not a real date. Write the day of the review as YYYY-MM-DD, for example 2026-11-22.`,
							)
							.join('\n'),
					);
				}
				const overdue = overdueReviews(docsDir);
				if (overdue.length > 0) {
					logger.warn(`${overdue.length} page(s) not reviewed for more than a year (run \`npm run review-dates\`):`);
					for (const o of overdue) logger.warn(`  ${o.file}: last_reviewed ${o.lastReviewed} (${o.ageDays} days ago)`);
				}
			},
		},
	};
}
