import { Link, useLocation, useRouteLoaderData } from '@remix-run/react'
import type { SearchState } from '~/domain/search/search-address.ts'
import { useT } from '~/i18n/use-t.ts'
import type { loader as rootLoader } from '~/root.tsx'
import { onDemand } from '../on-demand.tsx'

// Members only: a visitor's search page does not carry the form or its texts.
const MemberSaveSearchForm = await onDemand(() =>
	import('./member-save-search-form.tsx').then((module) => module.MemberSaveSearchForm),
)

/**
 * "Save this search" under a search's results (/search and the directory's
 * lists): a plain form that posts the search's address state to the account's
 * saved searches (it works without JavaScript), named after its words unless
 * the member names it. A visitor is offered to sign in and come back.
 */
export function SaveSearchForm({ state }: { state: SearchState }) {
	const { t } = useT()
	const { pathname, search } = useLocation()
	const user = useRouteLoaderData<typeof rootLoader>('root')?.user
	if (!user) {
		const back = encodeURIComponent(`${pathname}${search}`)
		return (
			<p className="text-sm">
				<Link to={`/login?redirectTo=${back}`} className="link">
					{t('savedSearches.save.signIn')}
				</Link>
			</p>
		)
	}
	return <MemberSaveSearchForm state={state} />
}
