import { Link, useLocation } from '@remix-run/react'
import { useT } from '~/i18n/use-t.ts'

/** Log in and sign up for visitors; the login link brings them back to this page. */
export function VisitorLinks() {
	const { t } = useT()
	const location = useLocation()
	const here = `${location.pathname}${location.search}`
	const onAuthPage = /^\/(login|signup|forgot-password|reset-password|logout)\b/.test(location.pathname)
	const login = onAuthPage || here === '/' ? '/login' : `/login?redirectTo=${encodeURIComponent(here)}`
	return (
		<div className="flex items-center gap-1 text-sm font-semibold whitespace-nowrap">
			<Link to={login} className="rounded-lg px-2 py-2 text-slate-800 hover:bg-slate-100">
				{t('userMenu.login')}
			</Link>
			<Link
				to="/signup"
				className="block rounded-lg bg-brand-700 px-2.5 py-2 whitespace-nowrap text-white shadow-sm hover:bg-brand-800"
			>
				{t('userMenu.signup')}
			</Link>
		</div>
	)
}
