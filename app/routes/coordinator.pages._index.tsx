import type { LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useLoaderData } from '@remix-run/react'
import { CoordinatorHeader } from '~/components/curation/coordinator-header.tsx'
import { SavedBy } from '~/components/site-pages/saved-by.tsx'
import { sitePagesForCoordinators } from '~/domain/site-pages/site-pages-for-coordinators.server.ts'
import { sitePageEditPath, sitePagePath } from '~/domain/site-pages/site-page-keys.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

// The hub's own pages (about, contact, privacy), each with its languages and who saved it last.

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'content.publish')
	const pages = await sitePagesForCoordinators()
	return {
		pages: pages.map((page) => ({
			key: page.key,
			titles: page.texts,
			written: page.written,
			updatedAt: page.updatedAt?.toISOString() ?? null,
			updatedBy: page.updatedBy,
		})),
	}
}

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('sitePages.list.title') }))

export default function SitePagesList() {
	const { pages } = useLoaderData<typeof loader>()
	const { t, locale, languageName } = useT()
	return (
		<>
			<CoordinatorHeader title={t('sitePages.list.title')} intro={t('sitePages.list.intro')} />
			<div className="container-page py-8 sm:py-10">
				<ul className="card divide-y divide-slate-200">
					{pages.map((page) => {
						const name = t(`sitePages.name.${page.key}`)
						const title = page.titles[locale]?.title ?? page.titles.en?.title ?? page.titles.sv?.title
						return (
							<li
								key={page.key}
								className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between sm:p-5"
							>
								<div className="min-w-0">
									<h2 className="font-semibold text-slate-900">
										<Link to={sitePageEditPath(page.key)} className="link">
											{name}
										</Link>
									</h2>
									{title && title !== name ? <p className="mt-1 text-slate-700">{title}</p> : null}
									<dl className="mt-2 grid gap-x-3 gap-y-1 text-sm text-slate-600 sm:grid-cols-[auto_1fr]">
										<dt className="font-medium">{t('sitePages.column.languages')}</dt>
										<dd>{page.written.map((code) => languageName(code)).join(', ')}</dd>
										<dt className="font-medium">{t('sitePages.column.updated')}</dt>
										<dd>
											<SavedBy updatedAt={page.updatedAt} updatedBy={page.updatedBy} />
										</dd>
									</dl>
								</div>
								<p className="flex shrink-0 flex-wrap gap-x-4 gap-y-2 text-sm">
									<Link to={sitePageEditPath(page.key)} className="link">
										{t('sitePages.editLink', { page: name })}
									</Link>
									<Link to={sitePagePath(page.key)} className="link">
										{t('sitePages.viewLink')}
									</Link>
								</p>
							</li>
						)
					})}
				</ul>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
