import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import {
	buttonClass,
	FormErrors,
	formLevelErrors,
	HiddenFields,
	Notice,
	SubmitButton,
} from '~/components/forms/index.ts'
import { handleForm } from '~/components/forms/form-action.server.ts'
import { z } from 'zod'
import { MyListingRow } from '~/components/listing-row.tsx'
import { PageHeader } from '~/components/page-header.tsx'
import { requireActor, requirePermission } from '~/http/viewer.server.ts'
import { findListingScope } from '~/domain/listings/listing-for-edit.server.ts'
import { listingScope } from '~/domain/listings/listing-scope.ts'
import { listMyListings } from '~/domain/listings/my-listings.server.ts'
import { setExpertVisibility } from '~/domain/listings/set-expert-visibility.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { notFound } from '~/http/params.server.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	const actor = await requireActor(request)
	return listMyListings(actor)
}

const visibilityForm = z.object({
	intent: z.literal('visibility'),
	listingId: z.string().uuid(),
	visibility: z.enum(['public', 'members']),
})

export async function action({ request }: ActionFunctionArgs) {
	return handleForm(await request.formData(), visibilityForm, async ({ listingId, visibility }) => {
		const scope = await findListingScope(listingId)
		if (!scope) throw notFound()
		const actor = await requirePermission(request, 'listing.edit', listingScope(scope))
		await setExpertVisibility({ actor, listingId, visibility })
		return '/my-listings?saved=visibility'
	})
}

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('myListings.title') }))

export default function MyListingsPage() {
	const { organizations, expertProfile, canCreateOrganization, canRegisterOrganization } =
		useLoaderData<typeof loader>()
	const [searchParams] = useSearchParams()
	const refused = formLevelErrors(useActionData<typeof action>()?.result.error ?? {})
	const { t } = useT()
	const submittedId = searchParams.get('submitted') ?? searchParams.get('registered')
	const submitted = [
		...organizations.flatMap((organization) => [organization.listing, ...organization.children]),
		...(expertProfile ? [expertProfile] : []),
	].find((listing) => listing.id === submittedId)
	return (
		<>
			<PageHeader trail={[]} title={t('myListings.title')}>
				<p className="mt-3 max-w-3xl text-lg text-slate-700">{t('myListings.intro')}</p>
			</PageHeader>
			<div className="container-page space-y-10 py-8 sm:py-10">
				{searchParams.get('registered') ? (
					<Notice tone="success">{t('registerOrganization.registered')}</Notice>
				) : submittedId ? (
					<Notice tone="success">
						{/* A listing that was never published has no current version that could stay public. */}
						{t(submitted?.publicPath ? 'myListings.submitted' : 'myListings.submittedNew')}
					</Notice>
				) : null}
				{searchParams.get('saved') === 'visibility' ? (
					<Notice tone="success">{t('myListings.visibilitySaved')}</Notice>
				) : null}

				{organizations.length === 0 ? <Notice tone="info">{t('myListings.noOrganizations')}</Notice> : null}

				{canRegisterOrganization ? (
					<section
						aria-labelledby="register-organization"
						className="card flex flex-wrap items-center justify-between gap-4 p-4 sm:p-5"
					>
						<div className="max-w-2xl">
							<h2 id="register-organization" className="text-lg font-semibold text-slate-900">
								{t('registerOrganization.heading')}
							</h2>
							<p className="mt-1 text-slate-700">{t('registerOrganization.intro')}</p>
						</div>
						<Link to="/my-listings/new?type=organization" className="button-primary">
							{t('registerOrganization.start')}
						</Link>
					</section>
				) : null}

				{organizations.map((organization) => (
					<section
						key={organization.id}
						aria-labelledby={`organization-${organization.id}`}
						className="card overflow-hidden"
					>
						<div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 bg-slate-50 px-4 py-3 sm:px-5">
							<h2 id={`organization-${organization.id}`} className="text-lg font-semibold text-slate-900">
								{organization.name}
							</h2>
							<span className="text-sm text-slate-600">{t(`myListings.role.${organization.role}`)}</span>
						</div>
						{organization.firstReview ? (
							<p
								className={`border-b px-4 py-2.5 text-sm sm:px-5 ${
									organization.firstReview === 'waiting'
										? 'border-sky-200 bg-sky-50 text-sky-950'
										: 'border-amber-200 bg-amber-50 text-amber-950'
								}`}
							>
								{t(
									organization.firstReview === 'waiting'
										? 'registerOrganization.waiting'
										: 'registerOrganization.sentBack',
								)}
							</p>
						) : null}
						<div className="divide-y divide-slate-200">
							<MyListingRow listing={organization.listing} highlighted={submittedId === organization.listing.id} />
							{organization.children.map((child) => (
								<MyListingRow key={child.id} listing={child} highlighted={submittedId === child.id} />
							))}
						</div>
						{organization.children.length === 0 ? (
							<p className="border-t border-slate-200 px-4 py-3 text-sm text-slate-600 sm:px-5">
								{t('myListings.childrenEmpty')}
							</p>
						) : null}
						<div className="flex flex-wrap gap-2 border-t border-slate-200 px-4 py-3 sm:px-5">
							<Link
								to={`/my-listings/new?type=facility&org=${organization.id}`}
								className={buttonClass('secondary', 'sm')}
							>
								<span aria-hidden="true">+</span> {t('myListings.add.facility')}
							</Link>
							<Link to={`/my-listings/new?type=lab&org=${organization.id}`} className={buttonClass('secondary', 'sm')}>
								<span aria-hidden="true">+</span> {t('myListings.add.lab')}
							</Link>
						</div>
					</section>
				))}

				<section aria-labelledby="expert-profile" className="card overflow-hidden">
					<div className="border-b border-slate-200 bg-slate-50 px-4 py-3 sm:px-5">
						<h2 id="expert-profile" className="text-lg font-semibold text-slate-900">
							{t('myListings.expertProfile')}
						</h2>
					</div>
					{expertProfile ? (
						<>
							<MyListingRow listing={expertProfile} highlighted={submittedId === expertProfile.id} />
							<Form
								method="post"
								className="flex flex-wrap items-center gap-3 border-t border-slate-200 px-4 py-3 sm:px-5"
							>
								<HiddenFields values={{ intent: 'visibility', listingId: expertProfile.id }} />
								<FormErrors messages={refused} className="w-full" />
								<p className="text-sm text-slate-700">{t(`myListings.visibility.${expertProfile.visibility}`)}</p>
								<SubmitButton
									name="visibility"
									value={expertProfile.visibility === 'public' ? 'members' : 'public'}
									tone="secondary"
									size="sm"
								>
									{t(
										expertProfile.visibility === 'public'
											? 'myListings.visibility.makeMembers'
											: 'myListings.visibility.makePublic',
									)}
								</SubmitButton>
							</Form>
						</>
					) : (
						<div className="flex flex-wrap items-center justify-between gap-3 px-4 py-4 sm:px-5">
							<p className="max-w-2xl text-slate-700">{t('myListings.noExpertProfile')}</p>
							<Link to="/my-listings/new?type=expert" className={buttonClass('secondary')}>
								{t('myListings.add.expert')}
							</Link>
						</div>
					)}
				</section>

				{canCreateOrganization ? (
					<p>
						<Link to="/my-listings/new?type=organization" className={buttonClass('secondary')}>
							<span aria-hidden="true">+</span> {t('myListings.add.organization')}
						</Link>
					</p>
				) : null}
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
