import { type MetaFunction } from '@remix-run/react'
import { AuthOutcome } from '~/components/auth-page.tsx'
import { needTexts } from '~/i18n/messages.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

// Where erasure lands. Public: the account (and its session) no longer exist.
// Its texts are the account pages' (members): it is reached from the deletion
// form, whose browser has them already, so the sign-in pages need not carry them.
await needTexts('members')
export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('account.deleted.title') }))

export default function AccountDeletedPage() {
	const { t } = useT()
	return (
		<AuthOutcome
			title={t('account.deleted.title')}
			outcome={{
				tone: 'success',
				heading: 'account.deleted.heading',
				body: 'account.deleted.body',
				next: { to: '/', label: 'error.homeLink' },
			}}
		/>
	)
}
