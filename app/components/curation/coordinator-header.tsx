import type { ComponentProps } from 'react'
import { useT } from '~/i18n/use-t.ts'
import { type Crumb, PageHeader } from '../page-header.tsx'

/**
 * The header of a page in the coordinator's area: the trail starts at the
 * overview, then names the list a detail page belongs to (`section`); a list
 * page says what it is for in `intro`.
 */
export function CoordinatorHeader({
	section,
	intro,
	children,
	...header
}: Omit<ComponentProps<typeof PageHeader>, 'trail'> & { section?: Crumb; intro?: string }) {
	const { t } = useT()
	return (
		<PageHeader
			trail={[{ label: t('coordinator.title'), to: '/coordinator' }, ...(section ? [section] : [])]}
			{...header}
		>
			{intro ? <p className="mt-3 max-w-2xl text-lg text-slate-700">{intro}</p> : null}
			{children}
		</PageHeader>
	)
}
