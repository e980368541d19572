import { Badge, type BadgeTone } from '~/components/badge.tsx'
import { useT } from '~/i18n/use-t.ts'

const newsTones = { draft: 'amber', published: 'emerald', withdrawn: 'slate' } as const satisfies Record<
	string,
	BadgeTone
>

export function NewsStatusBadge({ status }: { status: keyof typeof newsTones }) {
	const { t } = useT()
	return <Badge tone={newsTones[status]}>{t(`publishing.news.status.${status}`)}</Badge>
}

const eventTones = { draft: 'amber', published: 'emerald', cancelled: 'red' } as const satisfies Record<
	string,
	BadgeTone
>

export function EventStatusBadge({ status }: { status: keyof typeof eventTones }) {
	const { t } = useT()
	return <Badge tone={eventTones[status]}>{t(`publishing.events.status.${status}`)}</Badge>
}
