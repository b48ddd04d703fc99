import type { APIRoute, GetStaticPaths } from 'astro';
import { templates } from './templates';

/** /templates/<file>.md: each template as a plain Markdown download. */
export const getStaticPaths = (() => [...templates.keys()].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
	new Response(templates.get(params['file']!)!, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
