// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import starlightSidebarTopics from 'starlight-sidebar-topics';
import { locales } from './src/lib/locales.ts';
import { aboutPages, sections } from './src/lib/guides.ts';
import { readSiteSettings, siteTitles } from './src/lib/site.ts';
import { glossaryAnchorExclusion } from './src/lib/glossary-anchors.ts';
import { satteriBaseLinks } from './src/plugins/satteri-base-links.ts';
import { satteriFocusableTables } from './src/plugins/satteri-focusable-tables.ts';
import { siteRoutes } from './src/integrations/site-routes.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { pdfGuides } from './src/integrations/pdf/index.ts';
import { runLast } from './src/integrations/run-last.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';

const settings = readSiteSettings(process.env);

export default defineConfig({
	site: settings.site,
	base: settings.base,
	trailingSlash: 'always',
	// Content lives in a top-level content/ folder (DESIGN.md, "Layout").
	srcDir: '.',
	markdown: {
		// Runs before the links validator's plugin, which is appended to the same list.
		processor: satteri({ hastPlugins: [satteriBaseLinks(settings.base), satteriFocusableTables()] }),
	},
	integrations: [
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
			routeMiddleware: './src/route-data.ts',
			components: {
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				Footer: './src/components/overrides/Footer.astro',
				Search: './src/components/overrides/Search.astro',
			},
			plugins: [
				starlightSidebarTopics(
					sections.map((s) => ({
						id: s.slug,
						label: s.label,
						icon: s.icon,
						link: `/${s.slug}/`,
						items:
							s.slug === 'about'
								? [
										'about',
										'partnerships/member-states',
										'partnerships/open-source-your-tool',
										'downloads',
										'accessibility',
										'translation-status',
									]
								: [{ autogenerate: { directory: s.slug } }],
					})),
					// The splash home page has no sidebar, so it belongs to no topic.
					{ exclude: ['/', '/index', '/*/'] },
				),
				// Translations are added page by page; links into a not-yet-translated page reach
				// Starlight's English fallback, which is fine.
				starlightLinksValidator({ errorOnFallbackPages: false, exclude: glossaryAnchorExclusion('content/glossary/terms.yaml') }),
			],
		}),
		contentChecks(),
		siteRoutes(),
		// After the build: print the guides to PDF, then hash the final pages' inline scripts.
		runLast(pdfGuides(), securityHeaders()),
	],
});
