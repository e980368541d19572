import { Badge, type BadgeTone } from '~/components/badge.tsx'
import type { OfferStatus } from '~/domain/establishment/offer-kinds.ts'
import { useT } from '~/i18n/use-t.ts'

const tones: Record<OfferStatus, BadgeTone> = { available: 'emerald', reserved: 'amber', taken: 'slate' }

export function OfferStatusBadge({ status }: { status: OfferStatus }) {
	const { t } = useT()
	return <Badge tone={tones[status]}>{t(`establish.status.${status}`)}</Badge>
}
