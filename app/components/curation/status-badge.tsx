import type { ListingStatus } from '~/generated/prisma/enums.ts'
import { useT } from '~/i18n/use-t.ts'
import { Badge, type BadgeTone } from '~/components/badge.tsx'

// The states of listings and their revisions, in the signed-in areas' words (the members' texts).

type RevisionStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn'

const listingTones: Record<ListingStatus, BadgeTone> = {
	draft: 'amber',
	pending_review: 'sky',
	published: 'emerald',
	archived: 'slate',
}

const revisionTones: Record<RevisionStatus, BadgeTone> = {
	pending: 'sky',
	approved: 'emerald',
	rejected: 'amber',
	withdrawn: 'slate',
}

export function ListingStatusBadge({ status }: { status: ListingStatus }) {
	const { t } = useT()
	return <Badge tone={listingTones[status]}>{t(`listingStatus.${status}`)}</Badge>
}

export function RevisionStatusBadge({ status }: { status: RevisionStatus }) {
	const { t } = useT()
	return <Badge tone={revisionTones[status]}>{t(`revisionStatus.${status}`)}</Badge>
}

export function VisibilityBadge({ visibility }: { visibility: 'public' | 'members' }) {
	const { t } = useT()
	return <Badge tone={visibility === 'public' ? 'plain' : 'violet'}>{t(`visibility.${visibility}`)}</Badge>
}
