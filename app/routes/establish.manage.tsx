import type { LoaderFunctionArgs } from '@remix-run/node'
import { Outlet } from '@remix-run/react'
import { requirePermission } from '~/http/viewer.server.ts'
import { needTexts } from '~/i18n/messages.ts'

// The curators' side of /establish: coordinators and the establishment
// office (who need not be coordinators, so this is not under /coordinator).
// Each child checks the permission its own data and actions need as well.
await needTexts('members', 'establish')

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'establishment.curateOffers')
	return null
}

export default function ManageOffersLayout() {
	return <Outlet />
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
