import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { OfferForm } from '~/components/establishment/offer-form.tsx'
import { handleForm, readForm } from '~/components/forms/form-action.server.ts'
import { imageFormFiles, parseWithImage, readPostedImage } from '~/domain/images/image-input.server.ts'
import { withStoredImage } from '~/domain/images/store-image.server.ts'
import { PageHeader } from '~/components/page-header.tsx'
import { offerFormSchema, type OfferInput } from '~/domain/establishment/offer-schema.ts'
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
	const { formData, oversized } = await readForm(request, imageFormFiles)
	const image = await readPostedImage(formData, oversized)
	return handleForm(formData, parseWithImage(offerFormSchema, image, offer.image?.key), (fields: OfferInput) =>
		withStoredImage(image.prepared, async () => {
			await updateOffer(actor, offer.id, fields)
			return '/establish/manage?done=saved'
		}),
	)
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
				<OfferForm defaultValue={offer} image={offer.image} lastResult={reply?.result} />
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
