import type { APIRoute } from 'astro';
import { readLicences } from '../data';
import { apiAnswers } from '../compatibility/api';
import { readExceptions } from '../compatibility/read';

/** /api/licence-compatibility.json: every ordered pair of licences for every use (schema in compatibility/schema.ts). */
export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(apiAnswers(readLicences(), readExceptions()))}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
