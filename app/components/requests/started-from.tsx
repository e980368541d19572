import { Link } from '@remix-run/react'
import { listingPath, type ListingTypeCode } from '~/domain/directory/types.ts'
import { useT } from '~/i18n/use-t.ts'

/** "Started from: <listing>", for a request written from a listing's "Ask the hub" link. */
export function StartedFromLine({
	startedFrom,
	className,
}: {
	startedFrom: { type: ListingTypeCode; slug: string; name: string; published: boolean } | null
	className?: string
}) {
	const { t } = useT()
	if (!startedFrom) return null
	return (
		<p className={className}>
			{t('requestDetail.startedFrom')}{' '}
			{/* A listing taken down since keeps its name here, but no link to a page that is gone. */}
			{startedFrom.published ? (
				<Link to={listingPath(startedFrom)} className="link">
					{startedFrom.name}
				</Link>
			) : (
				startedFrom.name
			)}
		</p>
	)
}
