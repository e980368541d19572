import { isRouteErrorResponse, Link, useRouteError } from '@remix-run/react'
import { listPath, listingTypes } from '~/domain/directory/types.ts'
import { useT } from '~/i18n/use-t.ts'

function NotFound() {
	const { t } = useT()
	return (
		<>
			<p className="eyebrow">{t('error.status', { status: '404' })}</p>
			<h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{t('error.notFound.title')}</h1>
			<p className="mt-4 text-lg text-slate-700">{t('error.notFound.body')}</p>
			<ul className="mt-8 grid gap-2 sm:grid-cols-2">
				{listingTypes.map((type) => (
					<li key={type}>
						<Link to={listPath(type)} className="link">
							{t(`list.${type}.title`)}
						</Link>
					</li>
				))}
			</ul>
		</>
	)
}

function UnexpectedError({ status }: { status?: number }) {
	const { t } = useT()
	return (
		<>
			{status ? <p className="eyebrow">{t('error.status', { status: String(status) })}</p> : null}
			<h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{t('error.generic.title')}</h1>
			<p className="mt-4 text-lg text-slate-700">{t('error.generic.body')}</p>
		</>
	)
}

/** A 400 from badParameter(): a query parameter no record could match, named for the reader. */
function BadParameter({ parameter }: { parameter: string }) {
	const { t } = useT()
	return (
		<>
			<p className="eyebrow">{t('error.status', { status: '400' })}</p>
			<h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
				{t('error.badParameter.title')}
			</h1>
			<p className="mt-4 text-lg text-slate-700">{t('error.badParameter.body', { parameter })}</p>
		</>
	)
}

function badParameterOf(error: unknown): string | undefined {
	if (!isRouteErrorResponse(error) || error.status !== 400) return undefined
	const parameter = (error.data as { badParameter?: unknown } | null)?.badParameter
	return typeof parameter === 'string' ? parameter : undefined
}

/**
 * The one error boundary: root and routes re-export it. A thrown 404 Response
 * becomes the friendly not-found page; anything else a generic message that
 * never shows the error's details to visitors (the server logs them).
 */
export function GeneralErrorBoundary() {
	const error = useRouteError()
	const { t } = useT()
	const status = isRouteErrorResponse(error) ? error.status : undefined
	const badParameter = badParameterOf(error)
	return (
		<div className="container-page py-16 sm:py-24">
			<div className="max-w-2xl">
				{status === 404 ? (
					<NotFound />
				) : badParameter ? (
					<BadParameter parameter={badParameter} />
				) : (
					<UnexpectedError status={status} />
				)}
				<p className="mt-10">
					<Link to="/" className="button-primary">
						{t('error.homeLink')}
					</Link>
				</p>
			</div>
		</div>
	)
}

export { GeneralErrorBoundary as ErrorBoundary }
