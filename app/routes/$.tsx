import { documentMeta, errorDocument } from '~/i18n/meta.ts'
import type { MetaFunction } from '@remix-run/react'
import { notFound } from '~/http/params.server.ts'

// Any address no other route claims: a real 404 status with the friendly page
// the error boundary renders (a component is needed, or this would be a resource route).
export function loader() {
	throw notFound()
}

export const meta: MetaFunction = ({ matches, error }) => documentMeta(matches, (i18n) => errorDocument(i18n, error))

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'

export default function NotFoundRoute() {
	return null
}
