import type { RequestStatus, RouteStatus } from '~/domain/requests/lifecycle.ts'
import { useT } from '~/i18n/use-t.ts'

const chip = 'inline-flex shrink-0 items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset'

const requestTones: Record<RequestStatus, string> = {
	draft: 'bg-amber-50 text-amber-900 ring-amber-300',
	submitted: 'bg-sky-50 text-sky-900 ring-sky-200',
	routed: 'bg-indigo-50 text-indigo-900 ring-indigo-200',
	introduced: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
	closed: 'bg-slate-100 text-slate-700 ring-slate-300',
}

const routeTones: Record<RouteStatus, string> = {
	routed: 'bg-sky-50 text-sky-900 ring-sky-200',
	question: 'bg-amber-50 text-amber-900 ring-amber-300',
	interested: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
	declined: 'bg-slate-100 text-slate-700 ring-slate-300',
	expired: 'bg-slate-100 text-slate-700 ring-slate-300',
	introduced: 'bg-emerald-600 text-white ring-emerald-700',
	withdrawn: 'bg-slate-100 text-slate-700 ring-slate-300',
}

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
	const { t } = useT()
	return <span className={`${chip} ${requestTones[status]}`}>{t(`request.status.${status}`)}</span>
}

export function RouteStatusBadge({ status }: { status: RouteStatus }) {
	const { t } = useT()
	return <span className={`${chip} ${routeTones[status]}`}>{t(`route.status.${status}`)}</span>
}

export function ConfidentialityBadge({ level }: { level: 'hub_only' | 'open_call' }) {
	const { t } = useT()
	const tone =
		level === 'open_call' ? 'bg-violet-50 text-violet-900 ring-violet-200' : 'bg-white text-slate-700 ring-slate-300'
	return <span className={`${chip} ${tone}`}>{t(`request.confidentiality.${level}`)}</span>
}
