import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentFiles } from '../lib/content-files';
import { bodyProblems, frontmatterProblems } from './active-content';
import { dataProblems } from './data-checks';
import { blankFields, duplicateSlugs, frontmatterSyntax, orphans, reviewDates, translationRevisions } from './page-checks';
import { contentError } from './problems';
import { frontmatterFieldProblems } from './schema-checks';
import { overdueReviews } from './review-dates';
import { allTermbaseWarnings } from '../translations/termbase-check';
import { templateProblems } from '../templates/translations';
import { assessmentProblems } from '../assessments/checks';
import { licenceProblems } from '../licences/data';
import { exceptionProblems } from '../licences/compatibility/read';

/**
 * Checks on the content that the schemas cannot make, run before Astro reads the content so that
 * a broken or hostile edit fails at once with a message naming the file and line and saying what
 * to fix, every problem at once, and no stack trace:
 * - syntax errors in frontmatter, MDX and the data files (glossary, licences, events, interface
 *   strings, search aliases);
 * - anything dropped or replaced silently: two pages with one address, two entries with one id;
 * - the licence data against SPDX (ids, names, OSI approval, deprecation) and itself (licences/data.ts);
 * - our frontmatter fields against their schema, with the line of each field (schema-checks.ts);
 * - empty titles, descriptions and summaries; review dates that are impossible or in the future;
 * - translations (pages and templates) without an English original, or without the English
 *   commit they follow;
 * - active or foreign content: scripts, frames, event handlers, `javascript:` links, images and
 *   media from other hosts (active-content.ts).
 * Pages not reviewed for a year, and translations that may not use the termbase's terms, only
 * warn, so they never block a release.
 */
export function contentChecks(): AstroIntegration {
	return {
		name: 'unite-content-checks',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const root = fileURLToPath(config.root);
				const files = contentFiles(root);
				const parsed = files.filter((f) => !f.yamlError && f.frontmatterText !== undefined);
				const problems = [
					...frontmatterSyntax(files),
					...dataProblems(root),
					...licenceProblems(root),
					...exceptionProblems(root),
					...duplicateSlugs(parsed),
					...frontmatterFieldProblems(parsed),
					...blankFields(parsed),
					...reviewDates(parsed),
					...orphans(files),
					...translationRevisions(parsed, root),
					...templateProblems(root),
					...assessmentProblems(root, parsed),
					...frontmatterProblems(parsed),
					...bodyProblems(files),
				];
				if (problems.length > 0) throw contentError(problems);
				const terms = allTermbaseWarnings(parsed, root);
				if (terms.length > 0) {
					const pages = new Set(terms.map((w) => w.file)).size;
					logger.warn(
						`${terms.length} glossary term(s) in ${pages} translated page(s) may not use the termbase's rendering; \`npm run translations -- --terms\` lists them.`,
					);
				}
				const overdue = overdueReviews(parsed);
				if (overdue.length > 0) {
					logger.warn(`${overdue.length} page(s) not reviewed for more than a year (run \`npm run review-dates\`):`);
					for (const o of overdue) logger.warn(`  ${o.file}: last_reviewed ${o.lastReviewed} (${o.ageDays} days ago)`);
				}
			},
		},
	};
}
