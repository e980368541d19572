import { type LoaderFunctionArgs, redirect } from '@remix-run/node'
import { listingPath } from '~/domain/directory/types.ts'
import { directoryViewer } from '~/domain/directory/viewer.server.ts'
import { findListingByRef } from '~/domain/listings/find-listing-by-ref.server.ts'
import { requireParam } from '~/utils/params.server.ts'

// /listings/ref/<ref>: the stable address of a listing by its interchange ref,
// for spreadsheets, e-mails and API clients. A merged listing's ref leads to
// the survivor. Permanent, because a ref always names the same listing.
export async function loader({ request, params }: LoaderFunctionArgs) {
	const result = await findListingByRef({
		ref: requireParam(params, 'ref', 'ref'),
		viewer: await directoryViewer(request),
	})
	if (result.kind === 'not-found') throw new Response(null, { status: 404 })
	throw redirect(listingPath(result) + new URL(request.url).search, 301)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'

// A resource-less route still needs a component for the error boundary to render inside the layout.
export default function ListingByRef() {
	return null
}
