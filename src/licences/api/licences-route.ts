import type { APIRoute } from 'astro';
import { readLicences } from '../data';

/** /api/licences.json: every licence of content/licences/licences.yaml with its attributes and sources, as validated. */
export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(readLicences(), null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
