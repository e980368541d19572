import { type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { PageHeader } from '~/components/page-header.tsx'
import { RequestForm } from '~/components/requests/request-form.tsx'
import { z } from 'zod'
import { directoryViewer, forbidden, requirePermission } from '~/http/viewer.server.ts'
import { submitRequestForm } from '~/components/requests/request-form.server.ts'
import { prefillRequest } from '~/domain/requests/prefill-request.server.ts'
import { requesterOrganizations } from '~/domain/requests/request-views.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

// "Ask the hub" links: ?from=<listing ref> from a listing, ?need=<query> from a search that found nothing.
const askSchema = z.object({
	from: z.string().optional().catch(undefined),
	need: z.string().optional().catch(undefined),
})

export async function loader({ request }: LoaderFunctionArgs) {
	const actor = await requirePermission(request, 'request.create')
	const organizations = await requesterOrganizations(actor)
	if (!organizations.length) throw forbidden('members')
	const ask = askSchema.parse(Object.fromEntries(new URL(request.url).searchParams))
	const prefill = await prefillRequest({
		...ask,
		viewer: await directoryViewer(request),
		locale: resolveLocale(request).locale,
	})
	return { organizations, prefill }
}

export async function action({ request }: ActionFunctionArgs) {
	const actor = await requirePermission(request, 'request.create')
	return submitRequestForm(request, actor)
}

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('requestForm.newTitle') }))

export default function NewRequestPage() {
	const { organizations, prefill } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useT()
	return (
		<>
			<PageHeader trail={[{ label: t('requests.title'), to: '/requests' }]} title={t('requestForm.newTitle')}>
				<p className="mt-3 max-w-3xl text-lg text-slate-700">{t('requestForm.intro')}</p>
			</PageHeader>
			<div className="container-page py-8 sm:py-10">
				<RequestForm
					organizations={organizations}
					defaultValue={{ ...prefill.values, organizationId: organizations[0]?.id, confidentiality: 'hub_only' }}
					startedFrom={prefill.startedFrom}
					lastResult={actionData?.result}
				/>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
