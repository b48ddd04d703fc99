import { dateLocale } from '../lib/format';
import { z } from 'astro/zod';
import { eventFormats, eventRegions, type EventRegion } from '../lib/vocabularies';

/** An ISO 8601 date-time that states its offset from UTC: 2021-09-23T09:00:00-04:00 or …Z. */
const isoDateTimeWithZone = z
	.string()
	.regex(
		/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
		'Write an ISO 8601 date and time with its UTC offset, e.g. 2021-09-23T09:00:00-04:00',
	);
/** A calendar date, for events that last whole days. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Write a date as YYYY-MM-DD');

/**
 * YAML turns an unquoted date into a timestamp and drops the offset the author wrote, so a
 * missing time zone could not be caught. Dates must therefore be quoted strings.
 */
const quotedDate = z.unknown().transform((v, ctx) => {
	if (typeof v === 'string') return v;
	ctx.addIssue({
		code: 'custom',
		message:
			'Put the date in quotes so its time zone is kept, e.g. start: "2021-09-23T09:00:00-04:00" (or "2016-07-08" for all-day events)',
	});
	return z.NEVER;
});

const person = z
	.object({
		name: z.string().min(2).describe('Full name, as the person uses it.'),
		role: z.string().min(2).describe('Job title at the time of the event.'),
		organization: z.string().min(2).describe('Organization at the time of the event.'),
		part: z.enum(['keynote', 'panellist', 'moderator', 'speaker', 'opening']).default('speaker').describe('What they did at the event.'),
	})
	.strict();

const httpsUrl = z.url({ protocol: /^https$/, error: 'Use a full https:// address' });

function isValidTimeZone(tz: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: tz });
		return true;
	} catch {
		return false;
	}
}

/** One event (content/events/<slug>.yaml). Its page, content/docs/events/<slug>.mdx, holds the story. */
export const eventSchema = z
	.object({
		title: z.string().min(5).describe('The event’s name as its organizers published it.'),
		summary: z.string().min(30).describe('One or two sentences for the events list, feeds and calendars.'),
		all_day: z.boolean().default(false).describe('True when only dates are known: start and end are then YYYY-MM-DD.'),
		start: quotedDate.describe('Start: ISO 8601 date-time with UTC offset, or a date when all_day is true. In quotes.'),
		end: quotedDate.describe('End, in the same form as start; inclusive for all-day events. In quotes.'),
		timezone: z
			.string()
			.refine(isValidTimeZone, 'Use an IANA time zone name, e.g. America/New_York or Europe/Geneva')
			.describe('IANA time zone of the venue (or of the organizers, for virtual events).'),
		format: z.enum(eventFormats).describe('in-person, virtual or hybrid.'),
		venue: z.string().optional().describe('Building or platform, e.g. "United Nations Headquarters".'),
		city: z.string().optional().describe('City, for in-person and hybrid events.'),
		country: z.string().optional().describe('Country, for in-person and hybrid events.'),
		region: z
			.enum(Object.keys(eventRegions) as [EventRegion, ...EventRegion[]])
			.describe('Region, following the UN regional groupings; Global for online events open to all.'),
		organizers: z.array(z.string().min(2)).min(1).describe('Who organized the event.'),
		partners: z.array(z.string().min(2)).default([]).describe('Partner communities and organizations.'),
		speakers: z.array(person).default([]).describe('Speakers as the programme listed them.'),
		participants: z
			.object({ count: z.number().int().positive(), kind: z.enum(['expected', 'reported']) })
			.strict()
			.optional()
			.describe('Number of participants, and whether it was expected beforehand or reported afterwards.'),
		languages: z
			.array(z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'Use language codes such as en, fr, zh-CN'))
			.min(1)
			.describe('Languages of the sessions.'),
		code_of_conduct: httpsUrl.optional().describe('The code of conduct that applied. Required for upcoming events.'),
		registration: httpsUrl.optional().describe('Where to register, if registration is open.'),
		recording: httpsUrl.optional().describe('Where to watch a recording, if one was published.'),
		sources: z
			.array(z.object({ title: z.string().min(3), url: httpsUrl }).strict())
			.min(1)
			.describe('Where the facts about the event come from.'),
		translations: z
			.partialRecord(
				z.enum(['fr', 'es', 'ru', 'zh-cn', 'ar']),
				z
					.object({
						title: z
							.string()
							.min(3)
							.optional()
							.describe('The event’s name in the language, if its organizers published one or it is descriptive.'),
						summary: z.string().min(20).describe('The summary, translated.'),
					})
					.strict(),
			)
			.default({})
			.describe('The title and summary in the other languages, keyed by locale (fr, es, ru, zh-cn, ar).'),
	})
	.strict()
	.superRefine((e, ctx) => {
		const form = e.all_day ? isoDate : isoDateTimeWithZone;
		for (const key of ['start', 'end'] as const) {
			const r = form.safeParse(e[key]);
			if (!r.success)
				ctx.addIssue({ code: 'custom', path: [key], message: r.error.issues[0]!.message + (e.all_day ? ' (all_day is true)' : '') });
		}
		if (eventStart(e) > eventEnd(e))
			ctx.addIssue({ code: 'custom', path: ['end'], message: `The end (${e.end}) is before the start (${e.start}).` });
		if (e.format !== 'virtual' && !(e.city && e.country)) {
			ctx.addIssue({ code: 'custom', path: ['city'], message: 'In-person and hybrid events need a city and a country.' });
		}
	});

export type EventData = z.infer<typeof eventSchema>;

/** The start as an instant (all-day events: midnight UTC of the first day, for ordering). */
export function eventStart(e: Pick<EventData, 'start'>): Date {
	return new Date(e.start.length === 10 ? `${e.start}T00:00:00Z` : e.start);
}
export function eventEnd(e: Pick<EventData, 'end'>): Date {
	return new Date(e.end.length === 10 ? `${e.end}T23:59:59Z` : e.end);
}

/** Past events ended before `now`; the rest are upcoming (or happening now). */
export function splitByTime<E extends { data: Pick<EventData, 'start' | 'end'> }>(events: E[], now: Date) {
	const upcoming = events.filter((e) => eventEnd(e.data) >= now).sort((a, b) => +eventStart(a.data) - +eventStart(b.data));
	const past = events.filter((e) => eventEnd(e.data) < now).sort((a, b) => +eventStart(b.data) - +eventStart(a.data));
	const pastByYear = new Map<number, E[]>();
	for (const e of past) {
		const year = eventStart(e.data).getUTCFullYear();
		pastByYear.set(year, [...(pastByYear.get(year) ?? []), e]);
	}
	return { upcoming, pastByYear };
}

/** The interface-string key of a region's localized name. */
export function regionKey(region: EventRegion) {
	return `region.${eventRegions[region]}` as const;
}

/** Dates of an event for people, in their language and the venue's time zone. */
export function formatEventDates(e: EventData, lang: string): string {
	if (e.all_day) {
		const f = new Intl.DateTimeFormat(dateLocale(lang), { dateStyle: 'long', timeZone: 'UTC' });
		return f.formatRange(new Date(`${e.start}T00:00:00Z`), new Date(`${e.end}T00:00:00Z`));
	}
	const f = new Intl.DateTimeFormat(dateLocale(lang), {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		hour: 'numeric',
		minute: '2-digit',
		timeZone: e.timezone,
		timeZoneName: 'short',
	});
	return f.formatRange(eventStart(e), eventEnd(e));
}

/** schema.org Event as JSON-LD, for search engines. */
export function eventJsonLd(e: EventData, url: string): Record<string, unknown> {
	const place =
		e.format === 'virtual'
			? { '@type': 'VirtualLocation', url }
			: { '@type': 'Place', name: e.venue, address: { '@type': 'PostalAddress', addressLocality: e.city, addressCountry: e.country } };
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: e.title,
		description: e.summary,
		startDate: e.start,
		endDate: e.end,
		eventAttendanceMode: `https://schema.org/${{ 'in-person': 'Offline', virtual: 'Online', hybrid: 'Mixed' }[e.format]}EventAttendanceMode`,
		eventStatus: 'https://schema.org/EventScheduled',
		location: e.format === 'hybrid' ? [place, { '@type': 'VirtualLocation', url }] : place,
		organizer: e.organizers.map((name) => ({ '@type': 'Organization', name })),
		...(e.speakers.length
			? { performer: e.speakers.map((s) => ({ '@type': 'Person', name: s.name, jobTitle: s.role, affiliation: s.organization })) }
			: {}),
		inLanguage: e.languages,
		url,
	};
}

/** An event's title and summary in a language (its locale key; undefined for English), and their language. */
export function eventText(e: Pick<EventData, 'title' | 'summary' | 'translations'>, locale: string | undefined, lang: string) {
	const t = locale ? e.translations[locale as keyof EventData['translations']] : undefined;
	return {
		title: t?.title ?? e.title,
		titleLang: t?.title ? lang : 'en',
		summary: t?.summary ?? e.summary,
		summaryLang: t ? lang : 'en',
	};
}
