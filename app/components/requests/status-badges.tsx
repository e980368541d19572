import { Badge, type BadgeTone } from '~/components/badge.tsx'
import type { RequestStatus, RouteStatus } from '~/domain/requests/lifecycle.ts'
import { useT } from '~/i18n/use-t.ts'

const requestTones: Record<RequestStatus, BadgeTone> = {
	draft: 'amber',
	submitted: 'sky',
	routed: 'indigo',
	introduced: 'emerald',
	closed: 'slate',
}

const routeTones: Record<RouteStatus, BadgeTone> = {
	routed: 'sky',
	question: 'amber',
	interested: 'emerald',
	declined: 'slate',
	expired: 'slate',
	introduced: 'solid',
	withdrawn: 'slate',
}

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
	const { t } = useT()
	return <Badge tone={requestTones[status]}>{t(`request.status.${status}`)}</Badge>
}

export function RouteStatusBadge({ status }: { status: RouteStatus }) {
	const { t } = useT()
	return <Badge tone={routeTones[status]}>{t(`route.status.${status}`)}</Badge>
}

export function ConfidentialityBadge({ level }: { level: 'hub_only' | 'open_call' }) {
	const { t } = useT()
	return <Badge tone={level === 'open_call' ? 'violet' : 'plain'}>{t(`request.confidentiality.${level}`)}</Badge>
}
