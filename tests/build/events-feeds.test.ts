import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/lib/locales';
import { projectRoot } from '../helpers/astro-build';
import { builds } from '../helpers/builds';
import { htmlLangDir, page } from '../helpers/dist';

const dist = builds.root.outDir;
const eventIds = readdirSync(join(projectRoot, 'content/events'))
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => f.replace('.yaml', ''));
const prefixes = Object.entries(locales).map(([key, l]) => ({ lang: l.lang, prefix: key === 'root' ? '' : `/${key}` }));

describe('events', () => {
	it.each(prefixes)('every event page, the list and the proposal page exist in $lang', ({ prefix, lang }) => {
		for (const path of ['/events/', '/events/propose-an-event/', ...eventIds.map((id) => `/events/${id}/`)]) {
			expect(htmlLangDir(page(dist, `${prefix}${path}`)).lang, `${prefix}${path}`).toBe(lang);
		}
	});

	it.each(eventIds)('%s has a calendar file with its start, end and time zone, linked from its page', (id) => {
		const data = parse(readFileSync(join(projectRoot, 'content/events', `${id}.yaml`), 'utf8')) as {
			start: string;
			end: string;
			timezone: string;
			all_day?: boolean;
			title: string;
		};
		const ics = readFileSync(join(dist, 'events', `${id}.ics`), 'utf8');
		const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
		const event = new ICAL.Event(vevent);
		expect(event.summary).toBe(data.title);
		if (data.all_day) {
			expect(event.startDate.toString()).toBe(data.start);
		} else {
			expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe(data.timezone);
			expect(event.startDate.toString()).toBe(data.start.slice(0, 19));
			expect(event.endDate.toString()).toBe(data.end.slice(0, 19));
		}
		expect(page(dist, `/events/${id}/`)).toContain(`href="/events/${id}.ics"`);
	});

	it('has one calendar with every event', () => {
		const cal = new ICAL.Component(ICAL.parse(readFileSync(join(dist, 'events/all-events.ics'), 'utf8')));
		expect(cal.getAllSubcomponents('vevent')).toHaveLength(eventIds.length);
	});

	it.each(eventIds)('%s carries schema.org Event data', (id) => {
		const html = page(dist, `/events/${id}/`);
		// The page also carries its breadcrumb trail (src/structured-data/): find the event's own.
		const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
			(m) => JSON.parse(m[1]!) as Record<string, unknown>,
		);
		expect(scripts.find((s) => s['@type'] === 'Event')).toMatchObject({ '@context': 'https://schema.org', '@type': 'Event' });
	});
});

describe('news feeds', () => {
	it.each(prefixes)('the $lang feed is well-formed RSS with chapters and events, linked from every page', ({ prefix, lang }) => {
		const xml = readFileSync(join(dist, prefix, 'rss.xml'), 'utf8');
		expect(XMLValidator.validate(xml)).toBe(true);
		const feed = new XMLParser().parse(xml) as { rss: { channel: { language: string; item: { link: string; category: string }[] } } };
		expect(feed.rss.channel.language).toBe(lang);
		const items = [feed.rss.channel.item].flat();
		expect(items.filter((i) => i.category === 'event')).toHaveLength(eventIds.length);
		expect(items.every((i) => i.link.startsWith(`https://kc.example.org${prefix}/`))).toBe(true);
		expect(page(dist, `${prefix}/about/`)).toContain(`type="application/rss+xml"`);
	});
});
