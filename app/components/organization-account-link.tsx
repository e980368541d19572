import { Link, useRouteLoaderData } from '@remix-run/react'
import { useT } from '~/i18n/use-t.ts'
import type { loader as rootLoader } from '~/root.tsx'

/**
 * On an organisation's page: "Manage members" for its admins, "Claim this
 * organisation" for a signed-in, confirmed user who does not belong to it,
 * and for visitors a way to sign in and claim. Reads the header's user data,
 * so the directory's loaders need not know about accounts.
 */
export function OrganizationAccountLink({ organizationId, path }: { organizationId: string; path: string }) {
	const { t } = useT()
	const user = useRouteLoaderData<typeof rootLoader>('root')?.user
	const membership = user?.organizations.find((organization) => organization.id === organizationId)
	if (membership?.role === 'admin') {
		return (
			<p className="mt-4 text-sm">
				<Link to={`${path}/members`} className="link">
					{t('orgClaim.manageMembers')}
				</Link>
			</p>
		)
	}
	if (membership || (user && !user.emailVerified)) return null
	const claim = `${path}/claim`
	return (
		<p className="mt-4 text-sm text-slate-700">
			{t('orgClaim.question')}{' '}
			<Link to={user ? claim : `/login?redirectTo=${encodeURIComponent(claim)}`} className="link">
				{t('orgClaim.link')}
			</Link>
		</p>
	)
}
