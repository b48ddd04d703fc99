// No imports: the explorer's script in the browser uses it too.

/**
 * A source address shown short but telling apart two pages of one publisher: the host, then the
 * anchor or the last part of the path, two parts when the last is a version number
 * (`gnu.org#Expat`, `opensource.org/mit`, `opendatacommons.org/odbl/1-0`). Untranslated: it names
 * the publisher's page.
 */
export function sourceLabel(url: string): string {
	const u = new URL(url);
	const host = u.hostname.replace(/^www\./, '');
	if (u.hash) return `${host}${u.hash}`;
	const parts = u.pathname.split('/').filter(Boolean);
	const tail = parts.slice(/^[\d.-]+$/.test(parts.at(-1) ?? '') ? -2 : -1);
	return tail.length ? `${host}/${tail.join('/')}` : host;
}
