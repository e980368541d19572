import { Link } from '@remix-run/react'
import type { ReactNode } from 'react'
import { listPath } from '~/domain/directory/types.ts'
import { useT } from '~/i18n/use-t.ts'

export interface Crumb {
	label: string
	to: string
}

/** Breadcrumb trail from the home page; the current page is the last, unlinked item. */
export function Breadcrumbs({ trail, current }: { trail: readonly Crumb[]; current: string }) {
	const { t } = useT()
	const crumbs = [{ label: t('breadcrumb.home'), to: '/' }, ...trail]
	return (
		<nav aria-label={t('breadcrumb.label')} className="text-sm">
			<ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-slate-600">
				{crumbs.map((crumb) => (
					<li key={crumb.to} className="flex items-center gap-2">
						<Link to={crumb.to} className="hover:text-brand-800 hover:underline">
							{crumb.label}
						</Link>
						<span aria-hidden="true" className="text-slate-400">
							/
						</span>
					</li>
				))}
				<li aria-current="page" className="truncate font-medium text-slate-800">
					{current}
				</li>
			</ol>
		</nav>
	)
}

interface PageHeaderProps {
	trail: readonly Crumb[]
	title: string
	/** Breadcrumb text for this page when the h1 is long. */
	crumb?: string
	eyebrow?: ReactNode
	/** Shown beside the title, e.g. the verified badge. */
	badge?: ReactNode
	children?: ReactNode
}

export function PageHeader({ trail, title, crumb, eyebrow, badge, children }: PageHeaderProps) {
	return (
		<div className="border-b border-slate-200 bg-white">
			<div className="container-page py-8 sm:py-10">
				<Breadcrumbs trail={trail} current={crumb ?? title} />
				<div className="mt-5">
					{eyebrow}
					<div className="flex flex-wrap items-center gap-x-4 gap-y-2">
						{/* min-w-0 and hyphens: a long Swedish compound must wrap on a phone rather than run off the screen. */}
						<h1 className="min-w-0 text-3xl font-bold tracking-tight text-balance hyphens-auto text-slate-900 sm:text-4xl">
							{title}
						</h1>
						{badge}
					</div>
					{children}
				</div>
			</div>
		</div>
	)
}

/** A page about one organisation (its members, a claim to it): the header under the organisation's own page, then the page. */
export function OrganizationPage({
	organization,
	title,
	crumb,
	children,
}: {
	organization: { name: string; path: string }
	title: string
	crumb: string
	children: ReactNode
}) {
	const { t } = useT()
	return (
		<>
			<PageHeader
				trail={[
					{ label: t('list.organization.title'), to: listPath('organization') },
					{ label: organization.name, to: organization.path },
				]}
				title={title}
				crumb={crumb}
			/>
			<div className="container-page py-8 sm:py-10">{children}</div>
		</>
	)
}
