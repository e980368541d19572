import { type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { PageHeader } from '~/components/page-header.tsx'
import { RequestForm } from '~/components/requests/request-form.tsx'
import { requirePermission } from '~/http/viewer.server.ts'
import { submitRequestForm } from '~/components/requests/request-form.server.ts'
import { draftForEditing, requesterOrganizations } from '~/domain/requests/request-views.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { notFound, requireParam } from '~/http/params.server.ts'

/** Only a draft of the member's own organisation can be edited; anything else is not found. */
async function loadDraft(request: Request, requestId: string | undefined) {
	const actor = await requirePermission(request, 'request.create')
	const draft = await draftForEditing(actor, requestId)
	if (!draft) throw notFound()
	return { actor, draft }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { actor, draft } = await loadDraft(request, requireParam(params, 'requestId', 'id'))
	return { draft, organizations: await requesterOrganizations(actor) }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { actor, draft } = await loadDraft(request, requireParam(params, 'requestId', 'id'))
	return submitRequestForm(request, actor, draft.id)
}

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('requestForm.editTitle') }))

export default function EditRequestPage() {
	const { draft, organizations } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useT()
	return (
		<>
			<PageHeader
				trail={[
					{ label: t('requests.title'), to: '/requests' },
					{ label: draft.title, to: `/requests/${draft.id}` },
				]}
				title={t('requestForm.editTitle')}
			>
				<p className="mt-3 max-w-3xl text-lg text-slate-700">{t('requestForm.intro')}</p>
			</PageHeader>
			<div className="container-page py-8 sm:py-10">
				<RequestForm
					organizations={organizations}
					defaultValue={{
						...draft,
						phase: draft.phase ?? '',
						neededBy: draft.neededBy ?? '',
						preferredListingType: draft.preferredListingType ?? '',
					}}
					lastResult={actionData?.result}
				/>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
