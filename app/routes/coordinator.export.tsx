import type { LoaderFunctionArgs } from '@remix-run/node'
import { Form, type MetaFunction, useLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { CoordinatorHeader } from '~/components/curation/coordinator-header.tsx'
import { Field, SelectField, SubmitButton } from '~/components/forms/index.ts'
import { Section } from '~/components/section.tsx'
import { listingTypes } from '~/domain/listings/interchange.ts'
import { message } from '~/domain/messages.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

// Three downloads, each a plain GET form to /coordinator/export/download whose
// answer is the file itself, so they work without JavaScript; a period that is
// no period comes back to this page with its message beside the field.

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'listing.import')
	const url = new URL(request.url)
	const today = new Date().toISOString().slice(0, 10)
	const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10)
	const period = { from: url.searchParams.get('from') ?? monthAgo, to: url.searchParams.get('to') ?? today }
	// The download sends a period that is no period back here, with what it typed.
	const periodProblem = url.searchParams.get('problem') === 'period' ? message('transfer.export.badPeriod') : null
	return { period, periodProblem }
}

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('transfer.export.title') }))

function ExportSection({
	id,
	title,
	intro,
	children,
}: {
	id: string
	title: string
	intro: string
	children: ReactNode
}) {
	return (
		<Section id={id} heading={title} className="card space-y-4 p-5 sm:p-6">
			<p className="text-slate-700">{intro}</p>
			{children}
		</Section>
	)
}

export default function ExportPage() {
	const { period, periodProblem } = useLoaderData<typeof loader>()
	const { t } = useT()
	return (
		<>
			<CoordinatorHeader title={t('transfer.export.title')} intro={t('transfer.export.intro')} />
			<div className="container-page grid gap-6 py-8 sm:py-10 lg:grid-cols-3">
				<ExportSection
					id="export-listings"
					title={t('transfer.export.listings')}
					intro={t('transfer.export.listingsIntro')}
				>
					<Form method="get" action="/coordinator/export/download" reloadDocument className="space-y-4">
						<input type="hidden" name="download" value="listings" />
						<SelectField
							label={t('transfer.export.type')}
							selectProps={{ id: 'export-type', name: 'type', defaultValue: 'all' }}
							options={[
								{ value: 'all', label: t('transfer.export.typeAll') },
								...listingTypes.map((type) => ({ value: type, label: t(`transfer.type.${type}`) })),
							]}
						/>
						<SelectField
							label={t('transfer.export.format')}
							selectProps={{ id: 'export-format', name: 'format', defaultValue: 'csv' }}
							options={[
								{ value: 'csv', label: t('transfer.export.formatCsv') },
								{ value: 'json', label: t('transfer.export.formatJson') },
							]}
						/>
						<SubmitButton>{t('transfer.export.download')}</SubmitButton>
					</Form>
				</ExportSection>
				<ExportSection
					id="export-requests"
					title={t('transfer.export.requests')}
					intro={t('transfer.export.requestsIntro')}
				>
					<Form method="get" action="/coordinator/export/download" reloadDocument>
						<input type="hidden" name="download" value="requests" />
						<SubmitButton>{t('transfer.export.download')}</SubmitButton>
					</Form>
				</ExportSection>
				<ExportSection id="export-audit" title={t('transfer.export.audit')} intro={t('transfer.export.auditIntro')}>
					<Form method="get" action="/coordinator/export/download" reloadDocument className="space-y-4">
						<input type="hidden" name="download" value="audit" />
						<Field
							type="date"
							label={t('transfer.export.from')}
							inputProps={{ id: 'export-from', name: 'from', defaultValue: period.from, required: true }}
						/>
						<Field
							type="date"
							label={t('transfer.export.to')}
							errors={periodProblem ? [periodProblem] : undefined}
							inputProps={{ id: 'export-to', name: 'to', defaultValue: period.to, required: true }}
						/>
						<SubmitButton>{t('transfer.export.download')}</SubmitButton>
					</Form>
				</ExportSection>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
