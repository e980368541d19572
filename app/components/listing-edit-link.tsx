import { Link, useRouteLoaderData } from '@remix-run/react'
import { buttonClass } from '~/components/forms/styles.ts'
import type { ListingDetail } from '~/domain/directory/types.ts'
import { isStaff } from '~/domain/auth/permissions.ts'
import { useT } from '~/i18n/use-t.ts'
import type { loader as rootLoader } from '~/root.tsx'

/**
 * "Edit this listing" for the people who may propose changes to it (its
 * organisation's members, hub staff), and "Curate" for hub staff. Only a
 * shortcut: the edit and curation pages check permissions themselves. An
 * expert profile belongs to its owner, whom this page cannot tell apart, so
 * owners reach theirs from /my-listings.
 */
export function ListingEditLinks({ listing }: { listing: ListingDetail }) {
	const { t } = useT()
	const user = useRouteLoaderData<typeof rootLoader>('root')?.user
	if (!user?.emailVerified) return null
	const staff = isStaff(user)
	const member =
		listing.type === 'organization'
			? user.organizations.some((organization) => organization.id === listing.id)
			: listing.type !== 'expert' &&
				listing.organization !== null &&
				user.organizations.some((organization) => organization.slug === listing.organization?.slug)
	if (!staff && !member) return null
	return (
		<p className="mt-4 flex flex-wrap gap-2">
			<Link to={`/my-listings/${listing.id}/edit`} className={buttonClass('secondary', 'sm')}>
				{t('detail.edit')}
			</Link>
			{listing.type === 'facility' ? (
				<Link to={`/my-listings/${listing.id}/capacity`} className={buttonClass('secondary', 'sm')}>
					{t('capacity.edit')}
				</Link>
			) : null}
			{staff ? (
				<Link to={`/coordinator/listings/${listing.id}`} className={buttonClass('secondary', 'sm')}>
					{t('detail.curate')}
				</Link>
			) : null}
		</p>
	)
}
