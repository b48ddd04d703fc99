import { describe, expect, it } from 'vitest';
import { reportUrl } from '../../src/feedback/report-url';

describe('report a problem', () => {
	it('opens the correction form with the page, its language and the build commit filled in', () => {
		const url = new URL(
			reportUrl({
				repoUrl: 'https://github.com/unite-open-source/knowledge-centre',
				page: 'https://kc.example.org/ar/licensing/',
				language: 'العربية',
				commit: 'abc123',
			}),
		);
		expect(url.origin + url.pathname).toBe('https://github.com/unite-open-source/knowledge-centre/issues/new');
		expect(Object.fromEntries(url.searchParams)).toEqual({
			template: 'content-correction.yml',
			page: 'https://kc.example.org/ar/licensing/',
			language: 'العربية',
			build: 'abc123',
		});
	});

	it('leaves the commit out when the build does not know it', () => {
		expect(
			new URL(reportUrl({ repoUrl: 'https://x.example/r', page: '/', language: 'English', commit: undefined })).searchParams.has('build'),
		).toBe(false);
	});
});
