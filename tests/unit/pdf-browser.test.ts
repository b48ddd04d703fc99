import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError, browserCandidates, launchBrowser } from '../../src/lib/browser';

describe('the PDF browser', () => {
	it('uses only the browser an environment variable names', async () => {
		expect(await browserCandidates({ PDF_BROWSER: '/opt/chrome/chrome' })).toEqual([{ path: '/opt/chrome/chrome', from: '$PDF_BROWSER' }]);
	});

	it('fails with a message that says what to do when no browser can start', async () => {
		const error = await launchBrowser({ PDF_BROWSER: '/nonexistent/chromium' }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(BrowserNotFoundError);
		const message = (error as Error).message;
		expect(message).toContain('Cannot print the guides to PDF');
		expect(message).toContain('/nonexistent/chromium');
		expect(message).toContain('PDF_BROWSER=');
		expect(message).toContain('SKIP_PDF=1');
	});
});
