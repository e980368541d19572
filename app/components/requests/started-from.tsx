import { Link } from '@remix-run/react'
import { listingPath, type ListingTypeCode } from '~/domain/directory/types.ts'
import { useT } from '~/i18n/use-t.ts'

/**
 * Where a request came from: "Started from: <listing>" for one written from a
 * listing's "Ask the hub" link, and the establishment enquiry the office
 * turned into it.
 */
export function StartedFromLine({
	startedFrom,
	fromEnquiry,
	className,
}: {
	startedFrom: { type: ListingTypeCode; slug: string; name: string; published: boolean } | null
	fromEnquiry?: { company: string; sentAt: string; href: string | null } | null
	className?: string
}) {
	const { t, formatDate } = useT()
	if (fromEnquiry) {
		const enquiry = t('requestDetail.enquiryOf', { company: fromEnquiry.company, date: formatDate(fromEnquiry.sentAt) })
		return (
			<p className={className}>
				{t('requestDetail.startedFrom')}{' '}
				{fromEnquiry.href ? (
					<Link to={fromEnquiry.href} className="link">
						{enquiry}
					</Link>
				) : (
					enquiry
				)}
			</p>
		)
	}
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
