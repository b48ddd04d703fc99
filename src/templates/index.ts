import type { AstroIntegration } from 'astro';

/** Templates: the CC0 files of content/templates/, shown by TemplateFile and served at /templates/<file> and, translated, at /<locale>/templates/<file>. */
export function siteTemplates(): AstroIntegration {
	return {
		name: 'unite-templates',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/[...locale]/templates/[file]', entrypoint: new URL('./file-route.ts', import.meta.url) });
			},
		},
	};
}
