import type { MetaDescriptor } from '@remix-run/react'
import type { Translator } from '~/i18n/messages.ts'

// The feeds in <head>, so feed readers and calendars find them from any news
// or events page; in the page's language.

export function newsFeedPath(locale: string) {
	return `/news.atom?lang=${locale}`
}

export function eventsCalendarPath(locale: string) {
	return `/events.ics?lang=${locale}`
}

/** One event's calendar file. A route's segment cannot be a parameter plus ".ics", so the file is a segment of its own. */
export function eventCalendarPath(slug: string, locale: string) {
	return `/events/${slug}/calendar.ics?lang=${locale}`
}

export function feedLinks(i18n: Translator): MetaDescriptor[] {
	return [
		{
			tagName: 'link',
			rel: 'alternate',
			type: 'application/atom+xml',
			title: i18n.t('news.feedTitle'),
			href: newsFeedPath(i18n.locale),
		},
		{
			tagName: 'link',
			rel: 'alternate',
			type: 'text/calendar',
			title: i18n.t('events.feedTitle'),
			href: eventsCalendarPath(i18n.locale),
		},
	]
}
