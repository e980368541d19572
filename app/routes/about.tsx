import type { LoaderFunctionArgs } from '@remix-run/node'
import { markdownTextLinks } from '~/components/content/markdown-text.tsx'
import { SitePageView, sitePageMeta } from '~/components/site-pages/site-page-view.tsx'
import { showSitePage } from '~/domain/site-pages/show-site-page.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'

// The hub's about page: a text coordinators write at /coordinator/pages/about.

export const loader = ({ request }: LoaderFunctionArgs) => showSitePage('about', resolveLocale(request).locale)

export const meta = sitePageMeta

export const links = markdownTextLinks

export default function AboutPage() {
	return <SitePageView />
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
