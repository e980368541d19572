import type { LoaderFunctionArgs } from '@remix-run/node'
import { markdownTextLinks } from '~/components/content/markdown-text.tsx'
import { EnquiryForm } from '~/components/establishment/enquiry-form.tsx'
import { SitePageView, sitePageMeta } from '~/components/site-pages/site-page-view.tsx'
import { showSitePage } from '~/domain/site-pages/show-site-page.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { useT } from '~/i18n/use-t.ts'

// The hub's contact page: a text coordinators write at /coordinator/pages/contact.

export const loader = ({ request }: LoaderFunctionArgs) => showSitePage('contact', resolveLocale(request).locale)

export const meta = sitePageMeta

export const links = markdownTextLinks

export default function ContactPage() {
	// The establishment office's enquiry form, below the text; it posts to /establish/enquire.
	return <SitePageView below={<ContactEnquiry />} />
}

function ContactEnquiry() {
	const { t } = useT()
	return (
		<section aria-labelledby="contact-enquiry" className="mt-10 max-w-3xl space-y-4">
			<h2 id="contact-enquiry" className="text-2xl font-semibold text-slate-900">
				{t('enquiry.form.title')}
			</h2>
			<p className="max-w-3xl text-slate-700">{t('enquiry.form.intro')}</p>
			<EnquiryForm />
		</section>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
