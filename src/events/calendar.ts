import ical, { ICalCalendarMethod } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { eventEnd, eventStart, type EventData } from './events';

export interface CalendarEvent {
	id: string;
	data: EventData;
	/** Public address of the event's page, when the site has one (SITE_URL). */
	url: string | undefined;
}

/**
 * An iCalendar (RFC 5545) file for one or more events. Timed events are written in the venue's
 * time zone, with a VTIMEZONE block so calendar apps convert them correctly; all-day events
 * as dates.
 */
export function calendarFor(name: string, events: CalendarEvent[], host: string): string {
	const cal = ical({ name, prodId: { company: 'United Nations', product: 'Unite Open Source Knowledge Centre', language: 'EN' } });
	cal.method(ICalCalendarMethod.PUBLISH);
	cal.timezone({ name: null, generator: (tz) => tzlib_get_ical_block(tz)[0] ?? null });
	for (const { id, data, url } of events) {
		const location = data.format === 'virtual' ? 'Online' : [data.venue, data.city, data.country].filter(Boolean).join(', ');
		cal.createEvent({
			id: `${id}@${host}`,
			summary: data.title,
			description: url ? `${data.summary}\n\n${url}` : data.summary,
			...(url ? { url } : {}),
			location,
			allDay: data.all_day,
			timezone: data.all_day ? null : data.timezone,
			start: data.all_day ? new Date(`${data.start}T00:00:00Z`) : wallClock(eventStart(data), data.timezone),
			// RFC 5545 all-day ends are exclusive: the day after the last day.
			end: data.all_day ? new Date(Date.parse(`${data.end}T00:00:00Z`) + 86_400_000) : wallClock(eventEnd(data), data.timezone),
			stamp: eventStart(data),
		});
	}
	return cal.toString();
}

/**
 * ical-generator writes a zoned time from the Date's UTC fields, so hand it a Date whose UTC
 * fields read as the wall-clock time in `timeZone` (09:00 in New York, not 13:00).
 */
export function wallClock(instant: Date, timeZone: string): Date {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-GB', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
		})
			.formatToParts(instant)
			.map((p) => [p.type, Number(p.value)]),
	) as Record<string, number>;
	return new Date(Date.UTC(parts['year']!, parts['month']! - 1, parts['day']!, parts['hour']!, parts['minute']!, parts['second']!));
}
