import type { ReactNode } from 'react'
import { useLoaderData, type MetaFunction } from '@remix-run/react'
import type { ShownSitePage } from '~/domain/site-pages/show-site-page.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { PageHeader } from '../page-header.tsx'
import { MarkdownText } from '../content/markdown-text.tsx'
import { OnlyInNote } from '../listing-text.tsx'

/** The title and description search engines and shared links show: the page's own. */
export const sitePageMeta: MetaFunction<() => ShownSitePage> = ({ data, matches }) =>
	documentMeta(matches, (i18n) =>
		data?.title ? { title: data.title, description: data.description } : { title: i18n.t('error.generic.title') },
	)

/**
 * One of the hub's pages (about, contact, privacy): its title, lead and text
 * in the visitor's language, or in the other one with a note saying so.
 * `below` is what the page adds under its text (the contact page's enquiry form).
 */
export function SitePageView({ below }: { below?: ReactNode }) {
	const page = useLoaderData<ShownSitePage>()
	const { t, formatDate } = useT()
	return (
		<>
			<PageHeader trail={[]} title={page.title}>
				<OnlyInNote shown={page} className="mt-3" />
				{page.lead ? (
					<p lang={page.lang} className="mt-4 max-w-prose text-lg leading-relaxed text-balance text-slate-700">
						{page.lead}
					</p>
				) : null}
			</PageHeader>
			<div className="container-page py-10">
				<MarkdownText html={page.html} lang={page.lang} />
				{below}
				{page.updatedAt ? (
					<p className="mt-12 text-sm text-slate-600">
						{t('pages.updated', { date: formatDate(page.updatedAt, 'day') })}
					</p>
				) : null}
			</div>
		</>
	)
}
