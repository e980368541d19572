import type { ListingStatus } from '~/generated/prisma/enums.ts'
import { useT } from '~/i18n/use-t.ts'

type RevisionStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn'

const chip = 'inline-flex shrink-0 items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset'

const listingTones: Record<ListingStatus, string> = {
	draft: 'bg-amber-50 text-amber-900 ring-amber-300',
	pending_review: 'bg-sky-50 text-sky-900 ring-sky-200',
	published: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
	archived: 'bg-slate-100 text-slate-700 ring-slate-300',
}

const revisionTones: Record<RevisionStatus, string> = {
	pending: 'bg-sky-50 text-sky-900 ring-sky-200',
	approved: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
	rejected: 'bg-amber-50 text-amber-900 ring-amber-300',
	withdrawn: 'bg-slate-100 text-slate-700 ring-slate-300',
}

export function ListingStatusBadge({ status }: { status: ListingStatus }) {
	const { t } = useT()
	return <span className={`${chip} ${listingTones[status]}`}>{t(`listingStatus.${status}`)}</span>
}

export function RevisionStatusBadge({ status }: { status: RevisionStatus }) {
	const { t } = useT()
	return <span className={`${chip} ${revisionTones[status]}`}>{t(`revisionStatus.${status}`)}</span>
}

export function VisibilityBadge({ visibility }: { visibility: 'public' | 'members' }) {
	const { t } = useT()
	const tone =
		visibility === 'public' ? 'bg-white text-slate-700 ring-slate-300' : 'bg-violet-50 text-violet-900 ring-violet-200'
	return <span className={`${chip} ${tone}`}>{t(`visibility.${visibility}`)}</span>
}
