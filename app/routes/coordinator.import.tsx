import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { CoordinatorHeader } from '~/components/curation/coordinator-header.tsx'
import { formIntent, handleIntents, readForm, refuse } from '~/components/forms/form-action.server.ts'
import {
	ActionButton,
	Field,
	Notice,
	SchemaForm,
	schemaOnUse,
	SelectField,
	SubmitButton,
	useSchemaForm,
} from '~/components/forms/index.ts'
import { Section } from '~/components/section.tsx'
import { ImportPreviewTable, type PreviewTableRow } from '~/components/transfer/import-preview-table.tsx'
import { listingTypes } from '~/domain/listings/interchange.ts'
import { renderMessage } from '~/domain/messages.ts'
import { confirmImport } from '~/domain/transfer/confirm-import.server.ts'
import { importUploadView } from '~/domain/transfer/import-upload-view.server.ts'
import { previewUpload } from '~/domain/transfer/preview-upload.server.ts'
import { formatOf } from '~/domain/transfer/read-upload.ts'
import { confirmImportSchema, importUploadSchema, UPLOAD_MAX_BYTES } from '~/domain/transfer/upload-schema.ts'
import { readUploadedFile } from '~/domain/transfer/uploaded-file.server.ts'
import { notFound } from '~/http/params.server.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { translator } from '~/i18n/messages.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

const importUploadSchemaOnUse = schemaOnUse(() =>
	import('~/domain/transfer/upload-schema.ts').then((module) => module.importUploadSchema),
)

// Upload → preview → confirm → progress → report (decision 040). The page
// holds the upload's id in its address, so a reload, the progress refresh
// and the report download all find it without the file being sent again.

const uploadIdPattern = /^[0-9a-f-]{36}$/

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'listing.import')
	const uploadId = new URL(request.url).searchParams.get('upload')
	if (!uploadId) return { upload: null }
	if (!uploadIdPattern.test(uploadId)) throw notFound()
	const view = await importUploadView(uploadId)
	if (!view) throw notFound()
	const i18n = translator(resolveLocale(request).locale)
	const report = view.report
	const rows: PreviewTableRow[] = (report?.rows ?? [])
		.filter((row) => row.outcome !== 'unchanged')
		.map((row, index) => ({
			key: `${row.position}-${index}`,
			row: row.row === null ? row.position : String(row.row),
			type: row.type ? i18n.t(`transfer.type.${row.type}`) : '',
			ref: row.ref ?? '',
			outcome: row.outcome,
			problems: row.issues.map((issue) => ({
				field: issue.field,
				reason: renderMessage(i18n, issue.message, 'report'),
			})),
		}))
	return {
		upload: {
			id: view.id,
			fileName: view.fileName,
			state: view.state,
			progress: view.progress,
			failure: view.failure,
			counts: report?.counts ?? null,
			fileProblems: (report?.fileIssues ?? []).map((issue) => renderMessage(i18n, issue.message, 'report')),
			rows,
		},
	}
}

export async function action({ request }: ActionFunctionArgs) {
	const actor = await requirePermission(request, 'listing.import')
	const { formData, oversized } = await readForm(request, { files: { file: UPLOAD_MAX_BYTES } })
	return handleIntents(formData, {
		upload: async () => {
			const file = await readUploadedFile(formData.get('file'), oversized.has('file'))
			const fields = new FormData()
			for (const [name, value] of formData) if (typeof value === 'string') fields.append(name, value)
			return formIntent(importUploadSchema.omit({ file: true }), async (value) => {
				if ('problem' in file) return refuse(file.problem, 'file')
				const { id } = await previewUpload(actor, {
					...file,
					format: formatOf(file.fileName, file.content),
					listingType: value.listingType,
				})
				return `/coordinator/import?upload=${id}`
			})
		},
		// "Confirm import" on a preview, "Run it again" on an interrupted import: the same use case.
		confirm: formIntent(confirmImportSchema, async ({ upload }) => {
			const started = await confirmImport(actor, upload)
			if (!started) throw notFound()
			return `/coordinator/import?upload=${upload}`
		}),
	})
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
	...documentMeta(matches, (i18n) => ({ title: i18n.t('transfer.import.title') })),
	// Without JavaScript too, the page follows a running import until it is done.
	...(data?.upload?.state === 'applying' ? [{ httpEquiv: 'refresh', content: '2' }] : []),
]

export default function ImportPage() {
	const { upload } = useLoaderData<typeof loader>()
	const { t } = useT()
	return (
		<>
			<CoordinatorHeader title={t('transfer.import.title')} intro={t('transfer.import.intro')} />
			<div className="container-page space-y-10 py-8 sm:py-10">
				{upload ? <UploadState upload={upload} /> : <UploadForm />}
				{upload ? null : <Templates />}
			</div>
		</>
	)
}

function UploadForm() {
	const { t } = useT()
	const reply = useActionData<typeof action>()
	const [form, fields] = useSchemaForm(importUploadSchemaOnUse, {
		id: 'import-upload',
		lastResult: reply?.intent === 'upload' ? reply.result : null,
		checkFirst: 'onSubmit',
	})
	return (
		<Section
			id="import-upload-heading"
			heading={t('transfer.import.submit')}
			size="hidden"
			className="card max-w-2xl p-5 sm:p-6"
		>
			<SchemaForm form={form} encType="multipart/form-data">
				<Field
					type="file"
					label={t('transfer.import.file')}
					hint={t('transfer.import.fileHint')}
					meta={fields.file}
					required
					inputProps={{ accept: '.csv,.json,.txt,text/csv,application/json' }}
				/>
				<SelectField
					label={t('transfer.import.type')}
					meta={fields.listingType}
					options={[
						{ value: '', label: t('transfer.import.typeDetect') },
						...listingTypes.map((type) => ({ value: type, label: t(`transfer.type.${type}`) })),
					]}
				/>
				<SubmitButton name="intent" value="upload">
					{t('transfer.import.submit')}
				</SubmitButton>
			</SchemaForm>
		</Section>
	)
}

function Templates() {
	const { t } = useT()
	const types = [...listingTypes, 'all'] as const
	return (
		<Section id="import-templates-heading" heading={t('transfer.import.templates')} className="max-w-2xl space-y-3">
			<p className="text-slate-700">{t('transfer.import.templatesIntro')}</p>
			<ul className="flex flex-wrap gap-x-5 gap-y-2">
				{types.map((type) => (
					<li key={type}>
						<a className="link" href={`/coordinator/import/template.csv?type=${type}`} download>
							{type === 'all' ? t('transfer.import.template.all') : t(`transfer.type.${type}`)}
						</a>
					</li>
				))}
			</ul>
		</Section>
	)
}

type LoadedUpload = NonNullable<Awaited<ReturnType<typeof loader>>['upload']>

function UploadState({ upload }: { upload: LoadedUpload }) {
	const { t } = useT()
	const counts = upload.counts
	const previewing = upload.state === 'previewed'
	const heading = t(previewing ? 'transfer.import.previewHeading' : 'transfer.import.reportHeading', {
		file: upload.fileName,
	})
	const blocked = upload.fileProblems.length > 0 || (counts?.rejected ?? 0) > 0
	const toDo = (counts?.created ?? 0) + (counts?.updated ?? 0)
	return (
		<section aria-labelledby="import-state-heading" className="space-y-5">
			<h2 id="import-state-heading" className="text-2xl font-semibold text-slate-900">
				{heading}
			</h2>
			{upload.state === 'applying' ? (
				<Notice>
					<p role="status">
						{t('transfer.import.applying', { done: upload.progress.done, total: upload.progress.total })}
					</p>
					<progress className="mt-2 w-full" max={upload.progress.total || 1} value={upload.progress.done} />
					<p className="mt-1 text-sm">{t('transfer.import.applyingHint')}</p>
				</Notice>
			) : null}
			{upload.state === 'interrupted' ? (
				<div className="space-y-3">
					<Notice tone="warning">
						<p>{t('transfer.import.interrupted')}</p>
					</Notice>
					<p className="text-slate-700">{t('transfer.import.rerunIntro')}</p>
					<ActionButton intent="confirm" fields={{ upload: upload.id }}>
						{t('transfer.import.rerun')}
					</ActionButton>
				</div>
			) : null}
			{upload.state === 'applied' ? (
				<Notice tone="success">
					<p role="status">{t('transfer.import.applied')}</p>
				</Notice>
			) : null}
			{upload.state === 'refused' ? <Notice tone="error">{t('transfer.import.refused')}</Notice> : null}
			{upload.state === 'failed' ? (
				<Notice tone="error">{t('transfer.import.failed', { reason: upload.failure ?? '' })}</Notice>
			) : null}
			{upload.fileProblems.length ? (
				<Notice tone="error" title={t('transfer.import.fileProblems')}>
					<ul className="list-disc pl-5">
						{upload.fileProblems.map((problem, index) => (
							<li key={index}>{problem}</li>
						))}
					</ul>
				</Notice>
			) : null}
			{counts ? (
				<p className="text-lg font-medium text-slate-800" data-testid="import-counts">
					{t('transfer.import.counts', counts)}
				</p>
			) : null}
			{previewing && blocked ? <Notice tone="error">{t('transfer.import.allOrNothing')}</Notice> : null}
			{previewing && !blocked && toDo > 0 ? (
				<div className="space-y-3">
					<p className="text-slate-700">{t('transfer.import.confirmIntro')}</p>
					<ActionButton intent="confirm" fields={{ upload: upload.id }}>
						{t('transfer.import.confirm')}
					</ActionButton>
				</div>
			) : null}
			{previewing && !blocked && toDo === 0 ? <Notice>{t('transfer.import.nothingToDo')}</Notice> : null}
			{upload.rows.length ? <ImportPreviewTable caption={heading} rows={upload.rows} /> : null}
			{counts && counts.unchanged > 0 && upload.rows.length ? (
				<p className="text-sm text-slate-600">{t('transfer.onlyChanges', { unchanged: counts.unchanged })}</p>
			) : null}
			<p className="flex flex-wrap gap-x-6 gap-y-2">
				{counts ? (
					<a className="link" href={`/coordinator/import/report.csv?upload=${upload.id}`} download>
						{t('transfer.import.downloadReport')}
					</a>
				) : null}
				<Link className="link" to="/coordinator/import">
					{t('transfer.import.another')}
				</Link>
			</p>
		</section>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
