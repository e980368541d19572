import type { LoaderFunctionArgs } from '@remix-run/node'
import { markdownTextLinks } from '~/components/content/markdown-text.tsx'
import { SitePageView, sitePageMeta } from '~/components/site-pages/site-page-view.tsx'
import { showSitePage } from '~/domain/site-pages/show-site-page.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'

// The hub's contact page: a text coordinators write at /coordinator/pages/contact.

export const loader = ({ request }: LoaderFunctionArgs) => showSitePage('contact', resolveLocale(request).locale)

export const meta = sitePageMeta

export const links = markdownTextLinks

export default function ContactPage() {
	// The establishment office's enquiry form (issue 14, "Talk to the establishment office") belongs
	// below the text: pass it as `below`, e.g. <SitePageView below={<EstablishmentEnquiryForm />} />.
	return <SitePageView below={null} />
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
