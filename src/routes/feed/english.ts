import type { APIRoute } from 'astro';
import { feedFor } from '../feed';

/** /rss.xml: the English feed. */
export const GET: APIRoute = ({ site }) => feedFor('root', site ?? new URL('http://localhost:4321'));
