import type { APIRoute, GetStaticPaths } from 'astro';
import { templates, translatedTemplateFiles } from './templates';

/** /templates/<file>.md and /<locale>/templates/<file>.md: each template as a plain Markdown download. */
export const getStaticPaths = (() => [
	...[...templates].map(([file, text]) => ({ params: { locale: undefined, file }, props: { text } })),
	...translatedTemplateFiles.map(({ locale, file, text }) => ({ params: { locale, file }, props: { text } })),
]) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: string }> = ({ props }) =>
	new Response(props.text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
