import type { LoaderFunctionArgs } from '@remix-run/node'
import { Outlet } from '@remix-run/react'
import { CoordinatorNav } from '~/components/curation/coordinator-nav.tsx'
import { requirePermission } from '~/http/viewer.server.ts'
import { needTexts } from '~/i18n/messages.ts'

// Every page of the area shows texts of the signed-in areas: the browser has
// them before any of its pages renders, on the first page as after a click.
await needTexts('members')

// The coordinator area's layout: every page under /coordinator gets the one
// nav, and nobody but hub staff gets past this loader. Remix runs the
// children's loaders alongside this one and calls only the child's action,
// so each child still checks the permission its own data and actions need.

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'coordinator.enter')
	return null
}

export default function CoordinatorLayout() {
	return (
		<>
			<CoordinatorNav />
			<Outlet />
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
