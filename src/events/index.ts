import type { AstroIntegration } from 'astro';

/**
 * Events: data in content/events/ (schema in events.ts), shown by EventList and EventDetails in
 * the events pages, and served as iCalendar files: /events/<id>.ics and /events/all-events.ics.
 */
export function siteEvents(): AstroIntegration {
	return {
		name: 'unite-events',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/events/[id].ics', entrypoint: new URL('./calendar-route.ts', import.meta.url) });
			},
		},
	};
}
