import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { OfferForm } from '~/components/establishment/offer-form.tsx'
import { handleForm } from '~/components/forms/form-action.server.ts'
import { PageHeader } from '~/components/page-header.tsx'
import { offerFormSchema } from '~/domain/establishment/offer-schema.ts'
import { offerToCurate } from '~/domain/establishment/offer-views.server.ts'
import { updateOffer } from '~/domain/establishment/update-offer.server.ts'
import { requireFound, requireParam } from '~/http/params.server.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

async function loadOffer(request: Request, offerId: string) {
	const actor = await requirePermission(request, 'establishment.curateOffers')
	return { actor, offer: requireFound(await offerToCurate(actor, offerId)) }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { offer } = await loadOffer(request, requireParam(params, 'offerId', 'id'))
	return { offer }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { actor, offer } = await loadOffer(request, requireParam(params, 'offerId', 'id'))
	return handleForm(await request.formData(), offerFormSchema, async (fields) => {
		await updateOffer(actor, offer.id, fields)
		return '/establish/manage?done=saved'
	})
}

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('offers.editTitle') }))

export default function EditOfferPage() {
	const { offer } = useLoaderData<typeof loader>()
	const reply = useActionData<typeof action>()
	const { t } = useT()
	return (
		<>
			<PageHeader
				trail={[
					{ label: t('establish.title'), to: '/establish' },
					{ label: t('offers.title'), to: '/establish/manage' },
				]}
				title={t('offers.editTitle')}
			/>
			<div className="container-page py-8 sm:py-10">
				<OfferForm defaultValue={offer} lastResult={reply?.result} />
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
