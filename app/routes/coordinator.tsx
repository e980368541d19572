import type { LoaderFunctionArgs } from '@remix-run/node'
import { Outlet } from '@remix-run/react'
import { CoordinatorNav } from '~/components/curation/coordinator-nav.tsx'
import { requirePermission } from '~/http/viewer.server.ts'

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
