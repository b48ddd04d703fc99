// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import starlightSidebarTopics from 'starlight-sidebar-topics';
import { locales } from './src/lib/locales.ts';
import { sections } from './src/lib/guides.ts';
import { readSiteSettings, siteTitles } from './src/lib/site.ts';
import { glossaryAnchorExclusion } from './src/lib/glossary.ts';
import { runLast } from './src/lib/run-last.ts';
import { satteriBaseLinks } from './src/plugins/satteri-base-links.ts';
import { satteriFocusableTables } from './src/plugins/satteri-focusable-tables.ts';
import { contentChecks } from './src/content-checks/index.ts';
import { siteEvents } from './src/events/index.ts';
import { newsFeeds } from './src/feeds/index.ts';
import { offlinePacks } from './src/downloads/index.ts';
import { epubEditions } from './src/epub/index.ts';
import { pdfEditions } from './src/pdf/index.ts';
import { siteSearch } from './src/search/index.ts';
import { securityHeaders } from './src/security-headers/index.ts';
import { markdownPages } from './src/markdown-pages/index.ts';
import { siteMap } from './src/sitemap/index.ts';
import { cssPruning } from './src/css-pruning/index.ts';
import { siteTemplates } from './src/templates/index.ts';
import { licences } from './src/licences/index.ts';
import { licencePageTopics } from './src/licences/pages/paths.ts';

const settings = readSiteSettings(process.env);

export default defineConfig({
	site: settings.site,
	base: settings.base,
	trailingSlash: 'always',
	...(settings.cacheDir ? { cacheDir: settings.cacheDir } : {}),
	// Styles inline in each page: one request fewer before the first paint on a slow connection.
	build: { inlineStylesheets: 'always' },
	// No prefetching of linked pages on hover or tap (Starlight turns it on): its script is 1.1 KB
	// of every page's first visit, and it downloads pages a reader may never open, on their data
	// allowance (docs/decisions/layout.md).
	prefetch: false,
	// Content lives in a top-level content/ folder (docs/decisions/layout.md).
	srcDir: '.',
	vite: {
		// Scripts Astro processes are served as files, never inlined into pages: the
		// Content-Security-Policy then allows inline scripts only by the hashes of our components'
		// own (src/security-headers/). Other assets keep Vite's default inlining.
		build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
	},
	markdown: {
		// Runs before the links validator's plugin, which is appended to the same list.
		processor: satteri({ hastPlugins: [satteriBaseLinks(settings.base), satteriFocusableTables()] }),
	},
	integrations: [
		contentChecks(),
		// Before Starlight, which then leaves out its own sitemap.
		...siteMap({ base: settings.base }),
		starlight({
			title: siteTitles,
			description:
				'Practical guides on open source governance, licensing, communities, the public sector, open-sourcing a tool, and security, from the United Nations Unite Open Source initiative.',
			defaultLocale: 'root',
			locales,
			favicon: '/favicon.svg',
			lastUpdated: true,
			editLink: { baseUrl: `${settings.repoUrl}/edit/${settings.repoBranch}/` },
			social: [{ icon: 'github', label: 'GitHub', href: settings.repoUrl }],
			customCss: ['./src/styles/site.css'],
			// Long lines wrap instead of scrolling: readable on a phone and on paper, and no
			// scrollable box that a keyboard user cannot reach.
			expressiveCode: { defaultProps: { wrap: true } },
			routeMiddleware: [
				'./src/route-data.ts',
				'./src/search/route-middleware.ts',
				'./src/feeds/route-middleware.ts',
				'./src/glossary/route-middleware.ts',
				'./src/translations/route-middleware.ts',
				'./src/structured-data/route-middleware.ts',
				'./src/markdown-pages/route-middleware.ts',
			],
			components: {
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				Footer: './src/components/overrides/Footer.astro',
				Search: './src/search/Search.astro',
				PageTitle: './src/components/overrides/PageTitle.astro',
				Header: './src/components/overrides/Header.astro',
				SiteTitle: './src/components/overrides/SiteTitle.astro',
			},
			plugins: [
				starlightSidebarTopics(
					sections.map((s) => ({
						id: s.slug,
						label: s.label,
						icon: s.icon,
						link: `/${s.slug}/`,
						items: s.pages ? [...s.pages] : [{ autogenerate: { directory: s.slug } }],
					})),
					// The splash home page has no sidebar, so it belongs to no topic; the generated
					// licence pages belong to the reference section's.
					{ exclude: ['/', '/index', '/*/'], topics: licencePageTopics },
				),
				// Translations are added page by page; links into a not-yet-translated page reach
				// Starlight's English fallback, which is fine.
				starlightLinksValidator({ errorOnFallbackPages: false, exclude: glossaryAnchorExclusion() }),
			],
		}),
		siteSearch(),
		siteEvents(),
		newsFeeds(),
		siteTemplates(),
		licences(),
		// Before the PDF step, which removes the print editions the e-books are made from.
		epubEditions(),
		pdfEditions(),
		// After the PDFs and EPUBs it packs.
		offlinePacks(),
		// After the steps that write the files' sizes into the pages the twins are made from.
		markdownPages(),
		// Last, after the PDF step has filled in the pages: prune each page's unused component
		// styles, then hash the final pages' inline scripts.
		runLast(cssPruning(), securityHeaders()),
	],
});
