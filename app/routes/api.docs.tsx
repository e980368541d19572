import { type MetaFunction, useLoaderData } from '@remix-run/react'
import { ApiOperation } from '~/components/api-reference.tsx'
import { PageHeader } from '~/components/page-header.tsx'
import { Section } from '~/components/section.tsx'
import { openApiDocument } from '~/http/openapi/document.server.ts'
import { apiReference, OPENAPI_PATH } from '~/http/openapi/reference.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { needTexts } from '~/i18n/messages.ts'
import { useT } from '~/i18n/use-t.ts'

// The reference's texts are for this page alone.
await needTexts('apiDocs')

export function loader() {
	return { operations: apiReference(openApiDocument()) }
}

export const meta: MetaFunction = ({ matches }) => documentMeta(matches, (i18n) => ({ title: i18n.t('api.title') }))

export default function ApiDocsPage() {
	const { operations } = useLoaderData<typeof loader>()
	const { t } = useT()
	return (
		<>
			<PageHeader trail={[]} title={t('api.title')}>
				<p className="mt-3 max-w-3xl text-lg text-slate-700">{t('api.intro')}</p>
				<p className="mt-2 max-w-3xl text-slate-600">{t('api.englishOnly')}</p>
				<p className="mt-3">
					<a href={OPENAPI_PATH} className="link">
						{t('api.document')}
					</a>
				</p>
			</PageHeader>
			<div className="container-page space-y-12 py-8 sm:py-10">
				<Section as="nav" id="api-contents" heading={t('api.contents')} size="lg">
					<ul className="mt-2 space-y-1">
						{operations.map((operation) => (
							<li key={operation.id}>
								<a href={`#${operation.id}`} className="link">
									<span className="font-mono">
										{operation.method} {operation.path}
									</span>
								</a>{' '}
								<span className="text-slate-700">· {operation.summary}</span>
							</li>
						))}
					</ul>
				</Section>
				{operations.map((operation) => (
					<ApiOperation key={operation.id} operation={operation} />
				))}
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
