import { Link, useLocation } from '@remix-run/react'
import { useT } from '~/i18n/use-t.ts'
import { hrefWith } from './href.ts'

/** First, last, and the current page with its neighbours; null marks a gap. */
export function pageWindow(page: number, pageCount: number): Array<number | null> {
	const wanted = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount))
	const sorted = [...wanted].sort((a, b) => a - b)
	const result: Array<number | null> = []
	for (const [index, n] of sorted.entries()) {
		const previous = sorted[index - 1]
		if (previous !== undefined && n - previous > 1) result.push(null)
		result.push(n)
	}
	return result
}

const itemBase = 'inline-flex min-h-10 min-w-10 items-center justify-center rounded-lg px-3 text-sm font-medium'
const linkStyle = `${itemBase} border border-slate-300 bg-white text-slate-800 hover:border-brand-500 hover:text-brand-800`

/** Plain links (works without JavaScript); page 1 has no ?page= so it has one address. */
export function Pagination({ page, pageCount }: { page: number; pageCount: number }) {
	const { t, formatNumber } = useT()
	const location = useLocation()
	if (pageCount <= 1) return null
	const hrefFor = (n: number) => hrefWith(location, { page: n === 1 ? null : String(n) })
	return (
		<nav aria-label={t('pagination.label')} className="mt-10 flex flex-wrap items-center justify-between gap-4">
			<ul className="flex flex-wrap items-center gap-2">
				{page > 1 ? (
					<li>
						<Link to={hrefFor(page - 1)} rel="prev" className={linkStyle}>
							<span aria-hidden="true">←</span>
							{/* Arrows alone on narrow screens keep the pager on one line; the name stays for screen readers. */}
							<span className="sr-only sm:not-sr-only sm:ml-1.5">{t('pagination.previous')}</span>
						</Link>
					</li>
				) : null}
				{pageWindow(page, pageCount).map((n, index) =>
					n === null ? (
						<li key={`gap-${index}`} aria-hidden="true" className="px-1 text-slate-600">
							…
						</li>
					) : (
						<li key={n}>
							{n === page ? (
								<Link
									to={hrefFor(n)}
									aria-current="page"
									aria-label={t('pagination.page', { page: n })}
									className={`${itemBase} bg-brand-700 text-white`}
								>
									{formatNumber(n)}
								</Link>
							) : (
								<Link to={hrefFor(n)} aria-label={t('pagination.page', { page: n })} className={linkStyle}>
									{formatNumber(n)}
								</Link>
							)}
						</li>
					),
				)}
				{page < pageCount ? (
					<li>
						<Link to={hrefFor(page + 1)} rel="next" className={linkStyle}>
							<span className="sr-only sm:not-sr-only sm:mr-1.5">{t('pagination.next')}</span>
							<span aria-hidden="true">→</span>
						</Link>
					</li>
				) : null}
			</ul>
			<p className="text-sm text-slate-600">{t('list.pageOf', { page, pages: pageCount })}</p>
		</nav>
	)
}
