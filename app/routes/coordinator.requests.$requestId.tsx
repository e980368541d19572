import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import {
	Form,
	Link,
	type MetaFunction,
	type ShouldRevalidateFunction,
	useActionData,
	useLoaderData,
	useSearchParams,
} from '@remix-run/react'
import { z } from 'zod'
import { formatAge } from '~/components/curation/age.ts'
import { allMessages, FormErrors, HiddenFields, Notice, replyFor } from '~/components/forms/index.ts'
import { badRequest, formIntent, handleIntents, noFields } from '~/components/forms/form-action.server.ts'
import { CoordinatorHeader } from '~/components/curation/coordinator-header.tsx'
import { ConfidentialityBadge, RequestStatusBadge } from '~/components/requests/status-badges.tsx'
import { RemoveCandidateForm, RemovedCandidates } from '~/components/requests/triage-candidates.tsx'
import { routeAnchor, TriageRoutes } from '~/components/requests/triage-routes.tsx'
import { RoutingForm } from '~/components/requests/triage-routing-form.tsx'
import { AddProviderSearch } from '~/components/requests/triage-search.tsx'
import { StartedFromLine } from '~/components/requests/started-from.tsx'
import { RequestSummary } from '~/components/requests/triage-summary.tsx'
import { requirePermission } from '~/http/viewer.server.ts'
import { can } from '~/domain/auth/permissions.ts'
import { auditLogHref } from '~/domain/audit/audit-sentence.ts'
import { addCandidate } from '~/domain/requests/add-candidate.server.ts'
import { inviteProvider } from '~/domain/requests/invite-provider.server.ts'
import { canRequest } from '~/domain/requests/lifecycle.ts'
import { postMessage } from '~/domain/requests/post-message.server.ts'
import { refreshSuggestions } from '~/domain/requests/refresh-suggestions.server.ts'
import { removeCandidate } from '~/domain/requests/remove-candidate.server.ts'
import { RuleError } from '~/domain/rules.ts'
import { inviteProviderSchema, messageFormSchema, routeFormSchema } from '~/domain/requests/request-form-schema.ts'
import { triageDetail } from '~/domain/requests/triage-views.server.ts'
import { routeRequest } from '~/domain/requests/route-request.server.ts'
import { runSearch } from '~/http/search.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'
import { notFound, requireFound, requireParam } from '~/http/params.server.ts'

// A search box: an overlong or odd query is cut or ignored, never refused.
const pageQuerySchema = z.object({ q: z.string().trim().max(200).catch('').default('') })

export async function loader({ request, params }: LoaderFunctionArgs) {
	const viewer = await requirePermission(request, 'request.triage')
	const now = new Date()
	const detail = requireFound(await triageDetail(viewer, requireParam(params, 'requestId', 'id'), now))
	const { q } = pageQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams))
	const search = q ? await runSearch(request) : null
	return {
		detail,
		historyHref: can(viewer, 'audit.read')
			? auditLogHref({ entityType: 'request', entityId: detail.request.id })
			: null,
		query: q,
		hits: search ? (search.ok ? search.view.hits : []) : null,
		now: now.toISOString(),
	}
}

const candidateSchema = z.object({ listingId: z.string().uuid() })
const threadSchema = z.object({ routeId: z.string().uuid() })

/**
 * Back to the page after an action (Post/Redirect/Get): reloading shows the
 * result instead of sending the form again. The search the coordinator was
 * adding from stays in the address.
 */
function pageAfter(request: Request, requestId: string, notice: Record<string, string>, anchor?: string) {
	const current = new URL(request.url).searchParams
	const next = new URLSearchParams()
	for (const kept of ['q', 'lang']) {
		const value = current.get(kept)
		if (value) next.set(kept, value)
	}
	for (const [name, value] of Object.entries(notice)) next.set(name, value)
	return `/coordinator/requests/${requestId}?${next}${anchor ? `#${anchor}` : ''}`
}

/** A request that is gone is a missing page, not a message on a form. */
function notFoundIfGone(error: unknown) {
	if (error instanceof RuleError && error.rule === 'request-not-found') throw notFound()
}

async function unlessGone<T>(work: Promise<T>): Promise<T> {
	try {
		return await work
	} catch (error) {
		notFoundIfGone(error)
		throw error
	}
}

export async function action({ request, params }: ActionFunctionArgs) {
	const actor = await requirePermission(request, 'request.triage')
	const requestId = requireParam(params, 'requestId', 'id')
	const formData = await request.formData()
	const baseUrl = publicBaseUrl()
	const candidate = (done: 'added' | 'removed', change: typeof addCandidate) =>
		formIntent(candidateSchema, async ({ listingId }) => {
			await unlessGone(change({ actor, requestId, listingId }))
			return pageAfter(request, requestId, { done })
		})
	return handleIntents(formData, {
		route: formIntent(routeFormSchema, async (value) => {
			const { routeIds } = await unlessGone(routeRequest({ actor, requestId, ...value, baseUrl }))
			return pageAfter(request, requestId, { done: 'routed', count: String(routeIds.length) })
		}),
		add: candidate('added', addCandidate),
		remove: candidate('removed', removeCandidate),
		refresh: formIntent(noFields, async () => {
			await unlessGone(refreshSuggestions({ actor, requestId }))
			return pageAfter(request, requestId, { done: 'refreshed' })
		}),
		invite: () => {
			const target = candidateSchema.safeParse({ listingId: formData.get('listingId') })
			if (!target.success) throw badRequest()
			const { listingId } = target.data
			return formIntent(
				inviteProviderSchema,
				async ({ email }) => {
					await unlessGone(
						inviteProvider({ actor, requestId, listingId, email, baseUrl, locale: resolveLocale(request).locale }),
					)
					return pageAfter(request, requestId, { done: 'invited' }, 'not-in-portal-heading')
				},
				{ echo: { listingId } },
			)
		},
		message: () => {
			const target = threadSchema.safeParse({ routeId: formData.get('routeId') })
			if (!target.success) throw badRequest()
			const { routeId } = target.data
			return formIntent(
				messageFormSchema,
				async ({ body }) => {
					await postMessage({ actor, routeId, requestId, body, baseUrl })
					return pageAfter(request, requestId, { done: 'message', route: routeId }, routeAnchor(routeId))
				},
				{ echo: { routeId } },
			)
		},
	})
}

/**
 * A refusal with 409 means the request moved on meanwhile (another
 * coordinator routed the same provider): read the page again so it shows
 * what happened, as it does without JavaScript. Remix skips that after 4xx.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
	actionStatus === 409 || defaultShouldRevalidate

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, matches }) =>
	documentMeta(matches, (i18n) => ({
		title: loaderData ? loaderData.detail.request.title : i18n.t('error.notFound.title'),
	}))

const noticeSchema = z.discriminatedUnion('done', [
	z.object({ done: z.literal('routed'), count: z.coerce.number().int().min(1) }),
	z.object({ done: z.enum(['refreshed', 'added', 'removed', 'invited']) }),
	z.object({ done: z.literal('message'), route: z.string() }),
])

type Notice = z.output<typeof noticeSchema>

const doneTexts = {
	refreshed: 'triage.refreshed',
	added: 'triage.done.added',
	removed: 'triage.done.removed',
	invited: 'triage.done.invited',
} as const

function SuccessNotice({ notice }: { notice: Notice }) {
	const { t, tCount } = useT()
	// A sent message is confirmed beside its thread, where the page opens.
	if (notice.done === 'message') return null
	const text = notice.done === 'routed' ? tCount('triage.routed', notice.count) : t(doneTexts[notice.done])
	return <Notice tone="success">{text}</Notice>
}

export default function TriageRequestPage() {
	const { detail, historyHref, query, hits, now } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [searchParams] = useSearchParams()
	const i18n = useT()
	const { t, formatDate } = i18n
	const { request } = detail
	const notice = noticeSchema.safeParse(Object.fromEntries(searchParams))
	const canEdit = canRequest(request.status, 'route')
	const threadResult =
		actionData?.intent === 'message' && 'routeId' in actionData
			? { routeId: actionData.routeId, result: actionData.result }
			: null
	const inviteResult =
		actionData?.intent === 'invite' && 'listingId' in actionData
			? { listingId: actionData.listingId, result: actionData.result }
			: null

	return (
		<>
			<CoordinatorHeader
				section={{ label: t('triage.title'), to: '/coordinator/requests' }}
				title={request.title}
				crumb={request.ref}
				eyebrow={<p className="eyebrow mb-2">{t('requestDetail.ref', { ref: request.ref })}</p>}
			>
				<div className="mt-3 flex flex-wrap items-center gap-2">
					<RequestStatusBadge status={request.status} />
					<ConfidentialityBadge level={request.confidentiality} />
				</div>
				<p className="mt-3 text-slate-700">
					{request.createdByName
						? t('triage.from', { organization: request.organizationName, person: request.createdByName })
						: t('requestDetail.postedFor', { organization: request.organizationName })}
				</p>
				<StartedFromLine
					startedFrom={request.startedFrom}
					fromEnquiry={request.fromEnquiry}
					className="mt-1 text-slate-700"
				/>
				{request.submittedAt ? (
					<p className="mt-1 text-sm text-slate-600">
						{t('requestDetail.submittedOn', { date: formatDate(request.submittedAt) })}
						{request.status === 'submitted'
							? ` · ${t('triage.waiting', { age: formatAge(request.submittedAt, new Date(now), i18n) })}`
							: null}
					</p>
				) : null}
				{request.outcome ? (
					<p className="mt-3 text-slate-800">
						{t('triage.outcome', { outcome: t(`request.outcome.${request.outcome}`) })}
						{request.outcomeNote ? (
							<span className="mt-1 block whitespace-pre-line text-slate-700">{request.outcomeNote}</span>
						) : null}
					</p>
				) : null}
				{historyHref ? (
					<p className="mt-3 text-sm">
						<Link to={historyHref} className="link">
							{t('audit.historyLink')}
						</Link>
					</p>
				) : null}
			</CoordinatorHeader>
			<div className="container-page space-y-6 py-8 sm:py-10">
				{notice.success ? <SuccessNotice notice={notice.data} /> : null}
				{/* What a failed action says, for the top of the page: without JavaScript the page reopens there. */}
				<FormErrors title={t('triage.notSent')} messages={allMessages(actionData?.result.error)} />
				<div className="grid items-start gap-10 lg:grid-cols-3">
					<div className="lg:col-start-3 lg:row-start-1">
						<RequestSummary request={request} />
					</div>
					<div className="space-y-10 lg:col-span-2 lg:col-start-1 lg:row-start-1">
						<TriageRoutes
							routes={detail.routes}
							messageSentTo={notice.success && notice.data.done === 'message' ? notice.data.route : null}
							threadResult={threadResult}
						/>
						<RoutingForm
							detail={detail}
							lastResult={replyFor(actionData, 'route') ?? null}
							inviteResult={inviteResult}
							canEdit={canEdit}
						/>
						<RemovedCandidates
							candidates={detail.candidates.filter((candidate) => candidate.removed)}
							canEdit={canEdit}
						/>
						{canEdit ? (
							<AddProviderSearch
								query={query}
								hits={hits}
								candidates={detail.candidates}
								requesterSlug={request.organizationSlug}
							/>
						) : null}
					</div>
				</div>
			</div>
			{/* The forms that buttons inside the routing form submit (forms cannot nest). */}
			{canEdit ? (
				<>
					<Form method="post" id="refresh" hidden>
						<HiddenFields values={{ intent: 'refresh' }} />
					</Form>
					{detail.candidates
						.filter((candidate) => !candidate.removed && !candidate.routeStatus)
						.map((candidate) => (
							<RemoveCandidateForm key={candidate.listingId} listingId={candidate.listingId} />
						))}
				</>
			) : null}
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
