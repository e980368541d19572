import { Badge, type BadgeTone } from '~/components/badge.tsx'
import type { EnquiryStatus } from '~/domain/establishment/enquiry-lifecycle.ts'
import { useT } from '~/i18n/use-t.ts'

const tones: Record<EnquiryStatus, BadgeTone> = {
	unconfirmed: 'slate',
	open: 'amber',
	answered: 'sky',
	closed: 'emerald',
	expired: 'slate',
}

/** Where an enquiry stands, in words. */
export function EnquiryStatusBadge({ status }: { status: EnquiryStatus }) {
	const { t } = useT()
	return <Badge tone={tones[status]}>{t(`enquiry.status.${status}`)}</Badge>
}
