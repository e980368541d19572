import type { LoaderFunctionArgs } from '@remix-run/node'
import { Form, type MetaFunction, useLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { CoordinatorHeader } from '~/components/curation/coordinator-header.tsx'
import { Field, SelectField, SubmitButton } from '~/components/forms/index.ts'
import { exportListings } from '~/domain/listings/export-listings.server.ts'
import { listingTypes } from '~/domain/listings/interchange.ts'
import { exportAuditCsv } from '~/domain/transfer/export-audit.server.ts'
import { exportRequestsCsv } from '~/domain/transfer/export-requests.server.ts'
import { auditExportSchema, listingsExportSchema } from '~/domain/transfer/export-schema.ts'
import { listingsToCsv } from '~/domain/transfer/listings-csv.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

// Three downloads, each a plain GET form whose answer is the file itself, so
// they work without JavaScript; a period that is no period comes back to the
// page with its message beside the field.

function download(body: string, fileName: string, type: string): Response {
	return new Response(body, {
		headers: {
			'Content-Type': `${type}; charset=utf-8`,
			'Content-Disposition': `attachment; filename="${fileName}"`,
			'Cache-Control': 'no-store',
		},
	})
}

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'listing.import')
	const url = new URL(request.url)
	const query = Object.fromEntries(url.searchParams)
	const { locale } = resolveLocale(request)
	const today = new Date().toISOString().slice(0, 10)
	const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10)
	const period = { from: query.from ?? monthAgo, to: query.to ?? today }
	if (query.download === 'listings') {
		const { type, format } = listingsExportSchema.parse(query)
		const listings = await exportListings()
		const name = type === 'all' ? 'listings' : type
		return format === 'json'
			? download(`${JSON.stringify(listings, null, 2)}\n`, `${name}.json`, 'application/json')
			: download(listingsToCsv(listings, type), `${name}.csv`, 'text/csv')
	}
	if (query.download === 'requests') {
		await requirePermission(request, 'request.triage')
		return download(await exportRequestsCsv(locale), 'requests.csv', 'text/csv')
	}
	if (query.download === 'audit') {
		await requirePermission(request, 'audit.read')
		const parsed = auditExportSchema.safeParse(query)
		if (parsed.success)
			return download(
				await exportAuditCsv(parsed.data, locale),
				`audit-${parsed.data.from}-${parsed.data.to}.csv`,
				'text/csv',
			)
		return { period, periodProblem: parsed.error.issues[0]!.message }
	}
	return { period, periodProblem: null as string | null }
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
		<section aria-labelledby={id} className="card space-y-4 p-5 sm:p-6">
			<h2 id={id} className="text-xl font-semibold text-slate-900">
				{title}
			</h2>
			<p className="text-slate-700">{intro}</p>
			{children}
		</section>
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
					<Form method="get" reloadDocument className="space-y-4">
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
					<Form method="get" reloadDocument>
						<input type="hidden" name="download" value="requests" />
						<SubmitButton>{t('transfer.export.download')}</SubmitButton>
					</Form>
				</ExportSection>
				<ExportSection id="export-audit" title={t('transfer.export.audit')} intro={t('transfer.export.auditIntro')}>
					<Form method="get" reloadDocument className="space-y-4">
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
