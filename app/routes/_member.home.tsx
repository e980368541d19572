import type { LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { NotificationEntry } from '~/components/notification-entry.tsx'
import { PageHeader } from '~/components/page-header.tsx'
import { RequestStatusBadge } from '~/components/requests/status-badges.tsx'
import { Section } from '~/components/section.tsx'
import { memberHome, type MemberHome } from '~/domain/home/member-home.server.ts'
import { requireActor } from '~/http/viewer.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
// The taxonomy's labels that term() shows (app/i18n/term-labels.ts).
import '~/taxonomy/taxonomy.ts'

// Where a member lands after logging in: what waits for them and their
// organisation, each part saying plainly when it is empty.

export async function loader({ request }: LoaderFunctionArgs) {
	const actor = await requireActor(request)
	return memberHome(actor)
}

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('memberHome.title') }))

/** One part of the home: a card with its heading, its items or a sentence saying there are none, and the way on. */
function HomeSection({
	id,
	heading,
	intro,
	empty,
	children,
	more,
}: {
	id: string
	heading: string
	intro?: string
	/** Said instead of the items when there are none. */
	empty: string | null
	children?: ReactNode
	/** The ways on, below the items. */
	more: ReadonlyArray<{ to: string; label: string } | null>
}) {
	const links = more.filter((link) => link !== null)
	return (
		<Section id={id} heading={heading} size="lg" className="card p-5 sm:p-6">
			{intro ? <p className="mt-1 text-sm text-slate-600">{intro}</p> : null}
			{empty === null ? (
				<ul className="mt-3 divide-y divide-slate-200">{children}</ul>
			) : (
				<p className="mt-3 text-slate-700">{empty}</p>
			)}
			{links.length ? (
				<p className="mt-4 flex flex-wrap gap-x-4 gap-y-2 text-sm">
					{links.map((link) => (
						<Link key={link.to} to={link.to} className="link">
							{link.label}
						</Link>
					))}
				</p>
			) : null}
		</Section>
	)
}

/** One thing in a part of the home: its link, a line or two about it, and badges beside it. */
function HomeItem({ to, title, lines, aside }: { to: string; title: string; lines: ReactNode[]; aside?: ReactNode }) {
	return (
		<li className="flex flex-wrap items-start justify-between gap-2 py-3">
			<div className="min-w-0">
				<Link to={to} className="font-semibold text-brand-800 hover:underline">
					{title}
				</Link>
				{lines.filter(Boolean).map((line, index) => (
					<p key={index} className="text-sm text-slate-600">
						{line}
					</p>
				))}
			</div>
			{aside ? <div className="flex flex-wrap items-center gap-2">{aside}</div> : null}
		</li>
	)
}

function NextStepCard({ step }: { step: NonNullable<MemberHome['nextStep']> }) {
	const { t } = useT()
	let text: string
	let links: Array<{ to: string; label: string }> = []
	switch (step.kind) {
		case 'confirm-email':
			text = t('memberHome.step.confirm-email')
			break
		case 'register-organization':
			text = t('memberHome.step.register-organization')
			links = [
				{ to: '/my-listings/new?type=organization', label: t('memberHome.step.register-organization.link') },
				{ to: '/organizations', label: t('memberHome.step.register-organization.join') },
			]
			break
		case 'first-review-waiting':
			text = t('memberHome.step.first-review-waiting', { organization: step.organizationName })
			break
		case 'first-review-sent-back':
			text = t('memberHome.step.first-review-sent-back', { organization: step.organizationName })
			links = [{ to: '/my-listings', label: t('memberHome.step.first-review-sent-back.link') }]
			break
		case 'add-listing':
			text = t('memberHome.step.add-listing', { organization: step.organizationName })
			links = [
				{
					to: `/my-listings/new?type=facility&org=${step.organizationId}`,
					label: t('memberHome.step.add-listing.facility'),
				},
				{ to: `/my-listings/new?type=lab&org=${step.organizationId}`, label: t('memberHome.step.add-listing.lab') },
			]
			break
	}
	return (
		<Section
			id="next-step-heading"
			heading={t('memberHome.nextStepHeading')}
			size="lg"
			className="rounded-xl border border-brand-200 bg-brand-50 p-5 sm:p-6"
		>
			<p className="mt-2 max-w-3xl text-slate-800">{text}</p>
			{links.length ? (
				<p className="mt-4 flex flex-wrap gap-3">
					{links.map((link, index) => (
						<Link key={link.to} to={link.to} className={index === 0 ? 'button-primary' : 'link self-center'}>
							{link.label}
						</Link>
					))}
				</p>
			) : null}
		</Section>
	)
}

export default function MemberHomePage() {
	const home = useLoaderData<typeof loader>()
	const { t, tCount, term, formatDate } = useT()
	const { requests, routes, openCalls, notifications } = home
	return (
		<>
			<PageHeader trail={[]} title={t('memberHome.title')}>
				<p className="mt-3 max-w-3xl text-lg text-slate-700">{t('memberHome.intro')}</p>
			</PageHeader>
			<div className="container-page space-y-6 py-8 sm:py-10">
				{home.nextStep ? <NextStepCard step={home.nextStep} /> : null}
				<div className="grid items-start gap-6 lg:grid-cols-2">
					<HomeSection
						id="requests-heading"
						heading={t('memberHome.requestsHeading')}
						empty={requests.requests.length ? null : t('memberHome.requestsEmpty')}
						more={[
							{ to: '/requests/new', label: t('memberHome.requestsNew') },
							requests.requests.length ? { to: '/requests', label: t('memberHome.requestsAll') } : null,
						]}
					>
						{requests.requests.map((request) => (
							<HomeItem
								key={request.id}
								to={`/requests/${request.id}`}
								title={request.title}
								lines={[
									[
										request.organizationName,
										request.interested ? tCount('memberHome.interested', request.interested) : null,
									]
										.filter(Boolean)
										.join(' · '),
								]}
								aside={
									<>
										{request.news ? (
											<span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
												{tCount('memberHome.news', request.news)}
											</span>
										) : null}
										<RequestStatusBadge status={request.status} />
									</>
								}
							/>
						))}
					</HomeSection>
					<HomeSection
						id="routes-heading"
						heading={t('memberHome.routesHeading')}
						empty={routes.length ? null : t('memberHome.routesEmpty')}
						more={[routes.length ? { to: '/inbox', label: t('memberHome.routesAll') } : null]}
					>
						{routes.map((route) => (
							<HomeItem
								key={route.id}
								to={`/inbox/${route.id}`}
								title={route.title}
								lines={[
									t(route.step === 'answer' ? 'memberHome.stepAnswer' : 'memberHome.stepAcceptTerms') +
										(route.expiresAt ? ` · ${t('inbox.answerBy', { date: formatDate(route.expiresAt) })}` : ''),
									t('memberHome.forProvider', { provider: route.providerName }),
								]}
							/>
						))}
					</HomeSection>
					<HomeSection
						id="open-calls-heading"
						heading={t('memberHome.openCallsHeading')}
						intro={t('memberHome.openCallsIntro')}
						empty={openCalls.length ? null : t('memberHome.openCallsEmpty')}
						more={[{ to: '/open-calls', label: t('memberHome.openCallsAll') }]}
					>
						{openCalls.map((call) => (
							<HomeItem
								key={call.id}
								to={`/open-calls#call-${call.id}`}
								title={call.title}
								lines={[
									t('memberHome.openCallFits', {
										needs: [
											...call.fits.services.map((code) => term('services', code)),
											...call.fits.modalities.map((code) => term('modalities', code)),
										].join(', '),
									}),
									call.interestedOrganizationIds.length ? t('memberHome.openCallAnswered') : null,
								]}
							/>
						))}
					</HomeSection>
					<HomeSection
						id="notifications-heading"
						heading={t('memberHome.notificationsHeading')}
						empty={notifications.length ? null : t('memberHome.notificationsEmpty')}
						more={[{ to: '/notifications', label: t('memberHome.notificationsAll') }]}
					>
						{notifications.map((notification) => (
							<li key={notification.id} className="py-3">
								<NotificationEntry notification={notification} />
							</li>
						))}
					</HomeSection>
				</div>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
