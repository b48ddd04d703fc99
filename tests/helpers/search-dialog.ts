import type { Page } from 'playwright-core';

/**
 * Search the way a reader does: open the dialog (Ctrl+K), type the query into its field, and
 * wait until the dialog has answered that query. Returns the result links' addresses in order.
 */
export async function searchInDialog(page: Page, query: string): Promise<string[]> {
	const dialog = page.locator('dialog[open]');
	if ((await dialog.count()) === 0) {
		await page.locator('button[data-open-search]').click();
		await dialog.waitFor();
	}
	const input = page.locator('dialog[open] input.kc-search-input');
	await input.waitFor();
	await input.fill(query);
	// The interface marks the query it has answered: wait for this one, not the previous.
	await page.waitForFunction(
		(q) => {
			const ui = document.querySelector<HTMLElement>('#kc-search-ui');
			return ui?.dataset['state'] === 'done' && ui.dataset['query'] === q.trim();
		},
		query,
		{ timeout: 15_000 },
	);
	return page.locator('#kc-search-ui a.kc-result-title').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}
