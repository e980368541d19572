import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from '@remix-run/node'
import { type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { handleForm, readForm } from '~/components/forms/form-action.server.ts'
import { ListingForm } from '~/components/listing-form/listing-form.tsx'
import { PageHeader } from '~/components/page-header.tsx'
import { registerOrganization } from '~/domain/accounts/register-organization.server.ts'
import { isStaff } from '~/domain/auth/permissions.ts'
import { requireActor, requirePermission } from '~/http/viewer.server.ts'
import { listingTypes, type ListingType } from '~/domain/listings/interchange.ts'
import { loadNewListingContext } from '~/domain/listings/listing-for-edit.server.ts'
import { parseListingForm } from '~/domain/listings/listing-form-input.ts'
import { submitListingRevision } from '~/domain/listings/submit-listing-revision.server.ts'
import { imageFormFiles, readListingImage, trustedImage } from '~/domain/images/image-input.server.ts'
import { withStoredImage } from '~/domain/images/store-image.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { isRecordId, notFound } from '~/http/params.server.ts'

function isListingType(value: string | null): value is ListingType {
	return (listingTypes as readonly (string | null)[]).includes(value)
}

/**
 * Who may create what: staff add organisations, a user without one registers
 * theirs (and administers it), members add to their own organisation, anyone
 * verified their own profile.
 */
async function authorize(request: Request) {
	const url = new URL(request.url)
	const type = url.searchParams.get('type')
	if (!isListingType(type)) throw notFound()
	const actor = await requireActor(request)
	const organizationId = url.searchParams.get('org')
	if (organizationId !== null && !isRecordId(organizationId)) throw notFound()
	const context = await loadNewListingContext(actor, type, organizationId)
	if (!context) throw notFound()
	const registering = type === 'organization' && !isStaff(actor)
	await requirePermission(
		request,
		registering ? 'organization.register' : 'listing.createForOrganization',
		type === 'expert' ? { ownerUserId: actor.userId } : { organizationId: context.organization?.id ?? null },
	)
	if (context.existingExpertProfileId) throw redirect(`/my-listings/${context.existingExpertProfileId}/edit`)
	return { actor, type, context, registering }
}

export async function loader({ request }: LoaderFunctionArgs) {
	const { type, context, registering } = await authorize(request)
	return {
		type,
		registering,
		organization: context.organization ? { ref: context.organization.ref, name: context.organization.name } : null,
		affiliations: context.affiliations,
	}
}

export async function action({ request }: ActionFunctionArgs) {
	const { actor, type, context, registering } = await authorize(request)
	const { formData, oversized } = await readForm(request, imageFormFiles)
	const image = await readListingImage(type, formData, oversized)
	const parse = (posted: FormData) =>
		parseListingForm(posted, type, {
			// The use case gives the listing its own ref; this one only satisfies the schema.
			ref: 'new',
			organizationRef: type === 'lab' || type === 'facility' ? (context.organization?.ref ?? null) : undefined,
			...trustedImage(image, null),
		})
	return handleForm(formData, parse, (record) =>
		withStoredImage(image.prepared, async () => {
			if (registering) {
				const registered = await registerOrganization({ actor, record })
				return `/my-listings?registered=${registered.listingId}`
			}
			const submitted = await submitListingRevision({
				actor,
				type,
				organizationId: context.organization?.id ?? null,
				record,
			})
			return `/my-listings?submitted=${submitted.listingId}`
		}),
	)
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, matches }) =>
	documentMeta(matches, (i18n) => ({
		title: loaderData?.registering
			? i18n.t('registerOrganization.title')
			: i18n.t(`listingNew.title.${loaderData?.type ?? 'organization'}`),
	}))

export default function NewListingPage() {
	const { type, registering, organization, affiliations } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useT()
	return (
		<>
			<PageHeader
				trail={[{ label: t('myListings.title'), to: '/my-listings' }]}
				title={registering ? t('registerOrganization.title') : t(`listingNew.title.${type}`)}
			>
				{organization ? (
					<p className="mt-3 text-lg text-slate-700">{t('listingNew.for', { name: organization.name })}</p>
				) : null}
				<p className="mt-3 max-w-3xl text-slate-700">
					{registering ? t('registerOrganization.formNote') : t('listingForm.reviewNoteNew')}
				</p>
			</PageHeader>
			<div className="container-page py-8 sm:py-10">
				<div className="max-w-4xl">
					<ListingForm
						id={`new-${type}`}
						type={type}
						defaultValue={{}}
						lastResult={actionData?.result}
						organization={organization}
						affiliations={affiliations}
						intent="submit"
						submitLabel={t('listingForm.submit')}
						cancelHref="/my-listings"
					/>
				</div>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
