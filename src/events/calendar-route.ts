import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { withBase } from '../lib/base-path';
import { calendarFor } from './calendar';

/** /events/<id>.ics for each event, and /events/all-events.ics with every event. */
export const getStaticPaths = (async () => {
	const events = await getCollection('events');
	return [...events.map((e) => ({ params: { id: e.id } })), { params: { id: 'all-events' } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	// Without a public address (SITE_URL), events carry no URL; their UIDs use a fixed domain.
	const url = (id: string) => (site ? new URL(withBase(`/events/${id}/`, import.meta.env.BASE_URL), site).href : undefined);
	const all = await getCollection('events');
	const chosen = params['id'] === 'all-events' ? all : all.filter((e) => e.id === params['id']);
	const ics = calendarFor(
		params['id'] === 'all-events' ? 'Unite Open Source events' : chosen[0]!.data.title,
		chosen.map((e) => ({ id: e.id, data: e.data, url: url(e.id) })),
		site?.host ?? 'knowledge-centre.unite-open-source',
	);
	return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
