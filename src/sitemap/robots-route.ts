import type { APIRoute } from 'astro';

/** robots.txt: allow everything and point crawlers at the sitemap (src/sitemap/index.ts). */
export const GET: APIRoute = ({ site }) => {
	// The sitemap exists only with a public address (SITE_URL).
	const sitemap = site && new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`, site);
	return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap.href}\n` : ''}`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
