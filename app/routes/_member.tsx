import type { LoaderFunctionArgs } from '@remix-run/node'
import { Outlet } from '@remix-run/react'
import { MemberNav } from '~/components/member-nav.tsx'
import { requireActor } from '~/http/viewer.server.ts'
import { needTexts } from '~/i18n/messages.ts'

// Every page of the area shows texts of the signed-in areas, and the account's
// pages those of accounts: the browser has them before any of its pages
// renders, on the first page as after a click.
await needTexts('members', 'accounts')

// The member area's layout, without a URL segment of its own: the signed-in
// member's pages (account, my listings, requests, inbox, notifications) get
// the one nav, and a visitor is sent to log in and brought back. Remix runs
// the children's loaders alongside this one and calls only the child's
// action, so each child still asks for the actor or permission it needs.

export async function loader({ request }: LoaderFunctionArgs) {
	await requireActor(request)
	return null
}

export default function MemberLayout() {
	return (
		<>
			<MemberNav />
			<Outlet />
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
