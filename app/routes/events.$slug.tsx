import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { Badge } from '~/components/badge.tsx'
import { EventTimeRange } from '~/components/events/event-time.tsx'
import { Notice } from '~/components/forms/index.ts'
import { LinkLine } from '~/components/link-line.tsx'
import { eventCalendarPath, eventsCalendarPath, feedLinks } from '~/components/news/feed-links.ts'
import { MarkdownText, markdownTextLinks } from '~/components/content/markdown-text.tsx'
import { OnlyInNote } from '~/components/listing-text.tsx'
import { PageHeader } from '~/components/page-header.tsx'
import { findPublicEvent } from '~/domain/events/public-events.server.ts'
import { requireFound, requireParam } from '~/http/params.server.ts'
import { pageSeo } from '~/http/page-seo.server.ts'
import { eventPageExtras } from '~/domain/seo/hub-content-seo.server.ts'
import { publicOrigin } from '~/utils/public-url.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { needTexts } from '~/i18n/messages.ts'
import { documentMeta, metaTranslator } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { EventRegistration } from '~/components/events/event-registration.tsx'
import { formIntent, handleIntents, noFields } from '~/components/forms/form-action.server.ts'
import { replyFor } from '~/components/forms/reply.ts'
import { buttonClass } from '~/components/forms/styles.ts'
import { cancelRegistration } from '~/domain/events/cancel-registration.server.ts'
import { registerForEvent } from '~/domain/events/register-for-event.server.ts'
import { registrationState } from '~/domain/events/registration-state.server.ts'
import { getViewer, requireActor } from '~/http/viewer.server.ts'

// The news and events texts are a part of their own: other public pages do not carry them.
await needTexts('hubContent')

export const links = markdownTextLinks

export async function loader({ request, params }: LoaderFunctionArgs) {
	const slug = requireParam(params, 'slug', 'slug')
	const locale = resolveLocale(request).locale
	const [event, viewer] = await Promise.all([findPublicEvent(slug, locale), getViewer(request)])
	const found = requireFound(event)
	return {
		event: found,
		registration: await registrationState(found, viewer?.userId),
		viewer: viewer ? { confirmed: viewer.emailVerified } : null,
		seo: pageSeo(request, eventPageExtras(found, { origin: publicOrigin(), locale })).tags,
	}
}

export async function action({ request, params }: ActionFunctionArgs) {
	const slug = requireParam(params, 'slug', 'slug')
	const actor = await requireActor(request)
	const event = requireFound(await findPublicEvent(slug, resolveLocale(request).locale))
	const back = (done: string) => `/events/${slug}?done=${done}`
	return handleIntents(await request.formData(), {
		register: formIntent(noFields, async () => back((await registerForEvent(actor, event.id)).place)),
		'cancel-registration': formIntent(noFields, async () => {
			await cancelRegistration(actor, event.id)
			return back('cancelled')
		}),
	})
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
	...documentMeta(matches, (i18n) =>
		data
			? {
					title: data.event.cancelled
						? i18n.t('events.cancelledPrefix', { title: data.event.title })
						: data.event.title,
					description: data.event.summary,
				}
			: { title: i18n.t('error.notFound.title') },
	),
	...feedLinks(metaTranslator(matches)),
]

export default function EventPage() {
	const { event, registration, viewer } = useLoaderData<typeof loader>()
	const reply = useActionData<typeof action>()
	const { t, locale } = useT()
	const term = 'text-sm font-semibold text-slate-600'
	return (
		<article>
			<PageHeader
				trail={[{ label: t('events.title'), to: '/events' }]}
				title={event.title}
				badge={event.cancelled ? <Badge tone="red">{t('events.cancelled')}</Badge> : null}
			>
				<div className="mt-2">
					<OnlyInNote shown={{ lang: event.locale, otherLanguage: event.onlyIn !== null }} />
				</div>
			</PageHeader>
			<div className="container-page space-y-6 py-8 sm:py-10">
				{event.cancelled ? <Notice tone="error" title={t('events.cancelledNote')} /> : null}
				<dl className="card grid gap-4 p-5 sm:grid-cols-2 sm:p-6">
					<div>
						<dt className={term}>{t('events.when')}</dt>
						<dd className="mt-1 text-slate-900">
							<EventTimeRange start={event.startsAt} end={event.endsAt} timeZone={event.timeZone} />
						</dd>
					</div>
					<div>
						<dt className={term}>{t('events.where')}</dt>
						<dd className="mt-1 space-y-1 text-slate-900">
							{event.place ? <p>{event.place}</p> : null}
							{event.address ? <p className="text-slate-700">{event.address}</p> : null}
							{event.onlineUrl ? (
								<p>
									<a href={event.onlineUrl} className="link" rel="nofollow noopener noreferrer">
										{t('events.onlineLink')}
									</a>
								</p>
							) : null}
						</dd>
					</div>
					<div>
						<dt className={term}>{t('events.organiser')}</dt>
						<dd className="mt-1 text-slate-900">{event.organiser}</dd>
					</div>
					<div>
						<dt className={term}>{t('events.registration')}</dt>
						<dd className="mt-1 text-slate-900">
							{event.registration === 'external' && event.registrationUrl ? (
								<a href={event.registrationUrl} className="link" rel="nofollow noopener noreferrer">
									{t('events.registration.external')}
								</a>
							) : event.registration === 'portal' ? (
								t('events.registration.portal')
							) : (
								t('events.registration.none')
							)}
						</dd>
					</div>
				</dl>
				{registration ? (
					<EventRegistration
						state={registration}
						signedIn={viewer !== null}
						confirmed={viewer?.confirmed ?? false}
						lastResult={replyFor(reply, 'register') ?? replyFor(reply, 'cancel-registration')}
					/>
				) : null}
				<p>
					<a href={eventCalendarPath(event.slug, locale)} className={buttonClass('secondary')} download>
						{t('events.addToCalendar')}
					</a>
				</p>
				<MarkdownText html={event.descriptionHtml} lang={event.locale} className="text-lg" />
				<div className="flex flex-wrap gap-x-6 gap-y-2 border-t border-slate-200 pt-6">
					<LinkLine to="/events">{t('events.back')}</LinkLine>
					<p>
						<a href={eventsCalendarPath(locale)} className="link">
							{t('events.calendarFeed')}
						</a>
					</p>
				</div>
			</div>
		</article>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
