import { data, type LoaderFunctionArgs } from '@remix-run/node'
import { runPageSearch } from '~/http/search.server.ts'

// /search?q=&type=&modality=…&sort=&page=: the page of runSearch(), like /api/v1/listings.
// The lists (/facilities, /labs, /experts, /organizations) are this module too, under
// their own route ids (vite.config.ts): the same search with the type fixed by the path.
export async function loader({ request }: LoaderFunctionArgs) {
	const outcome = await runPageSearch(request)
	// A mistyped address is the visitor's to fix: a 400 page that explains it, not an error page.
	return data(outcome, outcome.ok ? undefined : { status: 400 })
}

export { SearchPage as default, searchMeta as meta } from '~/components/search/search-page.tsx'
export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
