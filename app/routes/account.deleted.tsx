import { Link, type MetaFunction } from '@remix-run/react'
import { Notice } from '~/components/forms/index.ts'
import { AuthPage } from '~/components/auth-page.tsx'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

// Where erasure lands. Public: the account (and its session) no longer exist.
export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('account.deleted.title') }))

export default function AccountDeletedPage() {
	const { t } = useT()
	return (
		<AuthPage title={t('account.deleted.title')}>
			<Notice tone="success" title={t('account.deleted.heading')}>
				<p>{t('account.deleted.body')}</p>
			</Notice>
			<p className="mt-5">
				<Link to="/" className="link">
					{t('error.homeLink')}
				</Link>
			</p>
		</AuthPage>
	)
}
