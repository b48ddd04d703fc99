import { describe, expect, it } from 'vitest';
import SourceList from '../../src/components/SourceList.astro';
import PdfDownload from '../../src/pdf/PdfDownload.astro';
import { fileMetaAttr } from '../../src/downloads/file-meta';
import { container, localsFor } from './helpers';

describe('SourceList', () => {
	it('lists each source as a link under the localized heading, in the order given', async () => {
		const html = await (
			await container()
		).renderToString(SourceList, {
			props: {
				sources: [
					{ title: 'SPDX License List', url: 'https://spdx.org/licenses/' },
					{ title: 'REUSE', url: 'https://reuse.software/' },
				],
			},
			locals: localsFor('ar'),
		});
		expect(html).toMatch(/<h2 id="sources-heading"[^>]*>المصادر<\/h2>/);
		expect(html.indexOf('https://spdx.org/licenses/')).toBeLessThan(html.indexOf('https://reuse.software/'));
		// Titles are often in Latin script on an Arabic page: each link finds its own direction.
		expect(html).toMatch(/<a href="https:\/\/spdx\.org\/licenses\/" dir="auto"[^>]*>SPDX License List<\/a>/);
	});
});

describe('PdfDownload', () => {
	it('links the guide’s PDF in the page’s language and leaves the placeholder the PDF step fills', async () => {
		const html = await (
			await container()
		).renderToString(PdfDownload, { props: { guide: 'licensing', locale: 'ar' }, locals: localsFor('ar') });
		expect(html).toContain('href="/downloads/unite-open-source-licensing-ar.pdf"');
		expect(html).toContain('hreflang="ar"');
		expect(html).toContain(`${fileMetaAttr.file}="downloads/unite-open-source-licensing-ar.pdf"`);
		expect(html).toContain(`${fileMetaAttr.lang}="ar"`);
		expect(html).toMatch(new RegExp(`${fileMetaAttr.pageLabel}="[^"]*NNN[^"]*"`));
	});
});
