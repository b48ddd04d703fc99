/**
 * `npm run review-dates`: pages whose `last_reviewed` is more than a year old. A warning, never a
 * failure: an old review date should prompt a review, not block a release.
 */
import { overdueReviews } from '../src/content-checks/review-dates';
import { contentFiles } from '../src/lib/content-files';

const overdue = overdueReviews(contentFiles());
if (overdue.length === 0) {
	console.log('Every page was reviewed within the last year.');
} else {
	console.warn(`${overdue.length} page(s) not reviewed for more than a year:`);
	for (const o of overdue) console.warn(`  ${o.file}: last_reviewed ${o.lastReviewed} (${o.ageDays} days ago)`);
	console.warn('Check each page against its sources, then update last_reviewed.');
}
