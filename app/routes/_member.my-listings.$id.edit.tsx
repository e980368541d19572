import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { handleForm, readForm } from '~/components/forms/form-action.server.ts'
import { Notice } from '~/components/forms/index.ts'
import { ListingForm } from '~/components/listing-form/listing-form.tsx'
import { ListingStatusBadge, VisibilityBadge } from '~/components/curation/status-badge.tsx'
import { PageHeader } from '~/components/page-header.tsx'
import { requirePermission } from '~/http/viewer.server.ts'
import { findListingScope, loadListingForEdit } from '~/domain/listings/listing-for-edit.server.ts'
import { parseListingForm } from '~/domain/listings/listing-form-input.ts'
import { listingScope } from '~/domain/listings/listing-scope.ts'
import { submitListingRevision } from '~/domain/listings/submit-listing-revision.server.ts'
import { imageFormFiles, readListingImage, trustedImage } from '~/domain/images/image-input.server.ts'
import { withStoredImage } from '~/domain/images/store-image.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { notFound, requireParam } from '~/http/params.server.ts'
// The taxonomy's labels that term() shows (app/i18n/term-labels.ts).
import '~/taxonomy/taxonomy.ts'

/** The listing's owners (its organisation's members, or the expert themself) and hub staff; 404 before 403 reveals nothing. */
async function authorize(
	request: Request,
	listingId: string | undefined,
	permission: 'listing.viewDraft' | 'listing.edit',
) {
	const scope = listingId ? await findListingScope(listingId) : null
	if (!scope) throw notFound()
	const actor = await requirePermission(request, permission, listingScope(scope))
	return { actor, listingId: scope.id }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { actor, listingId } = await authorize(request, requireParam(params, 'id', 'id'), 'listing.viewDraft')
	const listing = await loadListingForEdit(actor, listingId)
	if (!listing) throw notFound()
	return { listing }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { actor, listingId } = await authorize(request, requireParam(params, 'id', 'id'), 'listing.edit')
	const listing = await loadListingForEdit(actor, listingId)
	if (!listing) throw notFound()
	const { formData, oversized } = await readForm(request, imageFormFiles)
	const image = await readListingImage(listing.type, formData, oversized)
	const parse = (posted: FormData) =>
		parseListingForm(posted, listing.type, {
			ref: listing.ref,
			organizationRef:
				listing.type === 'lab' || listing.type === 'facility' ? (listing.organization?.ref ?? null) : undefined,
			...trustedImage(image, listing.image?.key),
		})
	return handleForm(formData, parse, (record) =>
		withStoredImage(image.prepared, async () => {
			await submitListingRevision({ actor, listingId, record })
			return `/my-listings?submitted=${listingId}`
		}),
	)
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, matches }) =>
	documentMeta(matches, (i18n) => ({
		title: loaderData ? i18n.t('listingEdit.title', { name: loaderData.listing.name }) : i18n.t('error.notFound.title'),
	}))

export default function EditListingPage() {
	const { listing } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t, formatDate, term } = useT()
	const editable = listing.status !== 'archived' && !listing.merged
	return (
		<>
			<PageHeader
				trail={[{ label: t('myListings.title'), to: '/my-listings' }]}
				title={t('listingEdit.title', { name: listing.name })}
				crumb={listing.name}
				eyebrow={<p className="eyebrow mb-2">{term('listingTypes', listing.type)}</p>}
			>
				<div className="mt-3 flex flex-wrap items-center gap-2">
					<ListingStatusBadge status={listing.status} />
					{listing.type === 'expert' ? <VisibilityBadge visibility={listing.visibility} /> : null}
					{listing.publicPath ? (
						<Link to={listing.publicPath} className="link ml-2 text-sm">
							{t('myListings.view')}
						</Link>
					) : null}
				</div>
				{editable ? (
					<p className="mt-3 max-w-3xl text-slate-700">
						{/* Only a published listing has a current version that stays public during review. */}
						{t(listing.publicPath ? 'listingForm.reviewNote' : 'listingForm.reviewNoteNew')}
					</p>
				) : null}
			</PageHeader>
			<div className="container-page py-8 sm:py-10">
				<div className="max-w-4xl space-y-6">
					{listing.startsFrom === 'pending' && listing.pendingSince ? (
						<Notice tone="info">{t('listingEdit.fromPending', { date: formatDate(listing.pendingSince) })}</Notice>
					) : null}
					{listing.startsFrom === 'rejected' ? (
						<Notice tone="warning">
							<p className="font-semibold">{t('listingEdit.fromRejected')}</p>
							{listing.rejectionComment ? <p className="mt-1 whitespace-pre-line">{listing.rejectionComment}</p> : null}
						</Notice>
					) : null}
					{editable ? (
						<ListingForm
							id={`edit-${listing.id}`}
							type={listing.type}
							defaultValue={listing.values}
							translationLocale={listing.translationLocale}
							lastResult={actionData?.result}
							organization={listing.organization}
							affiliations={listing.affiliations}
							image={listing.image}
							intent="submit"
							submitLabel={t('listingForm.submit')}
							cancelHref="/my-listings"
						/>
					) : (
						<Notice tone="warning">{t(listing.merged ? 'listingEdit.merged' : 'listingEdit.archived')}</Notice>
					)}
				</div>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
