import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { type MetaFunction, useActionData } from '@remix-run/react'
import { OfferForm } from '~/components/establishment/offer-form.tsx'
import { handleForm, readForm } from '~/components/forms/form-action.server.ts'
import { imageFormFiles, parseWithImage, readPostedImage } from '~/domain/images/image-input.server.ts'
import { withStoredImage } from '~/domain/images/store-image.server.ts'
import { PageHeader } from '~/components/page-header.tsx'
import { createOffer } from '~/domain/establishment/create-offer.server.ts'
import { offerFormSchema, type OfferInput } from '~/domain/establishment/offer-schema.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'establishment.curateOffers')
	return null
}

export async function action({ request }: ActionFunctionArgs) {
	const actor = await requirePermission(request, 'establishment.curateOffers')
	const { formData, oversized } = await readForm(request, imageFormFiles)
	const image = await readPostedImage(formData, oversized)
	return handleForm(formData, parseWithImage(offerFormSchema, image, null), (offer: OfferInput) =>
		withStoredImage(image.prepared, async () => {
			await createOffer(actor, offer)
			return '/establish/manage?done=created'
		}),
	)
}

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('offers.newTitle') }))

export default function NewOfferPage() {
	const reply = useActionData<typeof action>()
	const { t } = useT()
	return (
		<>
			<PageHeader
				trail={[
					{ label: t('establish.title'), to: '/establish' },
					{ label: t('offers.title'), to: '/establish/manage' },
				]}
				title={t('offers.newTitle')}
			/>
			<div className="container-page py-8 sm:py-10">
				<OfferForm defaultValue={{ status: 'available' }} lastResult={reply?.result} />
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
