import { isRouteErrorResponse, Link, useRouteError } from '@remix-run/react'
import type { ReactNode } from 'react'
import type { ForbiddenReason } from '~/http/viewer.server.ts'
import type { PlainMessageKey } from '~/i18n/messages.ts'
import { useT } from '~/i18n/use-t.ts'
import { DirectoryLinks } from './directory/directory-links.tsx'
import { LinkLine } from './link-line.tsx'

function StatusPage({
	status,
	title,
	body,
	children,
}: {
	status?: number
	title: string
	body: string
	children?: ReactNode
}) {
	const { t } = useT()
	return (
		<>
			{status ? <p className="eyebrow">{t('error.status', { status: String(status) })}</p> : null}
			<h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{title}</h1>
			<p className="mt-4 text-lg text-slate-700">{body}</p>
			{children}
		</>
	)
}

/** A 403 says why in general terms and what the person can do instead: their own pages, the hub, another account. */
function Forbidden({ error }: { error: unknown }) {
	const { t } = useT()
	const reason = isRouteErrorResponse(error) ? (error.data as { forbidden?: ForbiddenReason } | null)?.forbidden : null
	return (
		<>
			{reason && reason !== 'everyone' ? (
				<p className="mt-3 text-lg text-slate-700">{t(`error.forbidden.why.${reason}`)}</p>
			) : null}
			<ul className="mt-6 list-disc space-y-2 pl-5 text-slate-700">
				<li>
					<Link to="/account" className="link">
						{t('error.forbidden.account')}
					</Link>
				</li>
				<li>{t('error.forbidden.askHub')}</li>
				<li>
					{/* POST, like the user menu's sign-out: a link must not be able to sign people out. */}
					<form method="post" action="/logout" className="inline">
						<button type="submit" className="link text-left">
							{t('error.forbidden.signOut')}
						</button>
					</form>
				</li>
			</ul>
		</>
	)
}

/** The statuses routes throw on purpose; a 503 has the same words as the edge's outage page. */
const statusPages: Record<
	number,
	{ title: PlainMessageKey; body: PlainMessageKey; more?: (error: unknown) => ReactNode }
> = {
	404: {
		title: 'error.notFound.title',
		body: 'error.notFound.body',
		more: () => <DirectoryLinks className="mt-8 grid gap-2 sm:grid-cols-2" />,
	},
	403: { title: 'error.forbidden.title', body: 'error.forbidden.body', more: (error) => <Forbidden error={error} /> },
	503: { title: 'edge.unavailable.title', body: 'edge.unavailable.body' },
}

function badParameterOf(error: unknown): string | undefined {
	if (!isRouteErrorResponse(error) || error.status !== 400) return undefined
	const parameter = (error.data as { badParameter?: unknown } | null)?.badParameter
	return typeof parameter === 'string' ? parameter : undefined
}

/**
 * The one error boundary: root and every route re-export it the same way
 * (`export { GeneralErrorBoundary as ErrorBoundary } from …`). Each status a
 * route throws on purpose has its page: 404 not found, 403 no access (and
 * why, when the refusal says whom the page is for), 400 a
 * bad parameter (from badParameter(), named for the reader), 503 the outage;
 * anything else a generic message that never shows the error's details to
 * visitors (the server logs them).
 */
export function GeneralErrorBoundary() {
	const error = useRouteError()
	const { t } = useT()
	const status = isRouteErrorResponse(error) ? error.status : undefined
	const known = status === undefined ? undefined : statusPages[status]
	const badParameter = badParameterOf(error)
	return (
		<div className="container-page py-16 sm:py-24">
			<div className="max-w-2xl">
				{known ? (
					<StatusPage status={status} title={t(known.title)} body={t(known.body)}>
						{known.more?.(error)}
					</StatusPage>
				) : badParameter ? (
					<StatusPage
						status={400}
						title={t('error.badParameter.title')}
						body={t('error.badParameter.body', { parameter: badParameter })}
					/>
				) : (
					<StatusPage status={status} title={t('error.generic.title')} body={t('error.generic.body')} />
				)}
				<LinkLine to="/" button className="mt-10">
					{t('error.homeLink')}
				</LinkLine>
			</div>
		</div>
	)
}

export { GeneralErrorBoundary as ErrorBoundary }
