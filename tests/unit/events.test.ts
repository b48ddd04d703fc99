import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { calendarFor } from '../../src/events/calendar';
import { eventJsonLd, eventSchema, formatEventDates, splitByTime } from '../../src/events/events';

const virtual = {
	title: 'A virtual side event',
	summary: 'A ninety-minute panel on open source for the work of the United Nations.',
	start: '2021-09-23T09:00:00-04:00',
	end: '2021-09-23T10:30:00-04:00',
	timezone: 'America/New_York',
	format: 'virtual',
	region: 'Global',
	organizers: ['OICT'],
	languages: ['en'],
	sources: [{ title: 'Event report', url: 'https://example.org/report' }],
};
const allDay = {
	...virtual,
	title: 'Ten days of camps',
	all_day: true,
	start: '2016-07-08',
	end: '2016-07-17',
	format: 'in-person',
	city: 'New York',
	country: 'United States',
	region: 'Americas',
};

const issues = (input: unknown) => {
	const r = eventSchema.safeParse(input);
	return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('event schema', () => {
	it('accepts a timed and an all-day event', () => {
		expect(issues(virtual)).toEqual([]);
		expect(issues(allDay)).toEqual([]);
	});

	it.each([
		['an end before the start', { end: '2021-09-23T08:00:00-04:00' }, /^end: The end .* is before the start/],
		['an unknown format', { format: 'webinar' }, /^format:/],
		['a missing time zone offset', { start: '2021-09-23T09:00:00' }, /^start: .*UTC offset/],
		['an unknown time zone name', { timezone: 'New York' }, /^timezone: Use an IANA time zone/],
		['an unquoted YAML date', { start: new Date('2021-09-23T13:00:00Z') }, /^start: Put the date in quotes/],
		['a malformed address', { code_of_conduct: 'www.example.org/coc' }, /^code_of_conduct:/],
		['a plain-http address', { registration: 'http://example.org/register' }, /^registration:/],
		['an in-person event without a city', { format: 'in-person' }, /^city: In-person and hybrid events need a city/],
	])('rejects %s, naming the field', (_name, change, message) => {
		expect(issues({ ...virtual, ...change })).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
	});

	it('sorts upcoming events first-soonest and past events by year, newest first', () => {
		const events = [
			{ id: 'a', data: eventSchema.parse(allDay) },
			{ id: 'b', data: eventSchema.parse(virtual) },
			{ id: 'c', data: eventSchema.parse({ ...virtual, start: '2027-03-01T10:00:00+01:00', end: '2027-03-01T12:00:00+01:00' }) },
		];
		const { upcoming, pastByYear } = splitByTime(events, new Date('2026-11-22T00:00:00Z'));
		expect(upcoming.map((e) => e.id)).toEqual(['c']);
		expect([...pastByYear.keys()]).toEqual([2021, 2016]);
	});
});

describe('iCalendar files', () => {
	const ics = calendarFor(
		'Test',
		[
			{ id: 'side-event', data: eventSchema.parse(virtual), url: 'https://kc.example.org/events/side-event/' },
			{ id: 'camps', data: eventSchema.parse(allDay), url: 'https://kc.example.org/events/camps/' },
		],
		'kc.example.org',
	);
	const comp = new ICAL.Component(ICAL.parse(ics));
	const [timed, days] = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

	it('parse, with the venue’s time zone and the right instants', () => {
		expect(comp.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('America/New_York');
		expect(timed!.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('America/New_York');
		expect(timed!.component.getFirstProperty('dtend')!.getParameter('tzid')).toBe('America/New_York');
		expect(timed!.startDate.toString()).toBe('2021-09-23T09:00:00');
		expect(timed!.endDate.toString()).toBe('2021-09-23T10:30:00');
		expect(timed!.summary).toBe('A virtual side event');
	});

	it('write all-day events as dates, with the exclusive end RFC 5545 expects', () => {
		expect(days!.startDate.isDate).toBe(true);
		expect(days!.startDate.toString()).toBe('2016-07-08');
		expect(days!.endDate.toString()).toBe('2016-07-18');
		expect(days!.location).toBe('New York, United States');
	});
});

describe('event dates and structured data', () => {
	it('write dates in the reader’s language and the venue’s time zone', () => {
		// Day first, as the United Nations writes dates in English; the venue's offset from UTC.
		expect(formatEventDates(eventSchema.parse(virtual), 'en')).toMatch(/^23 September 2021, 0?9:00–10:30 (GMT-4|EDT)$/);
		expect(formatEventDates(eventSchema.parse(allDay), 'en')).toMatch(/^8\s–\s17 July 2016$/);
		expect(formatEventDates(eventSchema.parse(allDay), 'fr')).toMatch(/8.*17 juillet 2016/);
		expect(formatEventDates(eventSchema.parse(virtual), 'ar')).toMatch(/\p{Script=Arabic}/u);
	});

	it('describe an event for search engines (schema.org Event)', () => {
		const ld = eventJsonLd(eventSchema.parse(virtual), 'https://kc.example.org/events/x/');
		expect(ld).toMatchObject({
			'@type': 'Event',
			startDate: virtual.start,
			eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
			location: { '@type': 'VirtualLocation' },
		});
	});
});
