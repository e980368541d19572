import type { ReactNode } from 'react'
import { PASSWORD_MIN_LENGTH } from '~/domain/auth/password-length.ts'
import { needTexts } from '~/i18n/messages.ts'
import { useT } from '~/i18n/use-t.ts'
import { Field, type Meta } from './fields.tsx'

// Its texts are the accounts' part, which a page without a password field
// (every other form) neither loads nor may show: so it is a module of its own.
await needTexts('accounts')

/**
 * A password field: `current` asks for the one the person has, `new` for one
 * they choose, with the length it needs. The autocomplete token lets browsers
 * and password managers fill in the one or offer the other.
 */
export function PasswordField({
	meta,
	purpose,
	label,
}: {
	meta: Meta
	purpose: 'current' | 'new'
	/** Instead of "Current password" or "New password" where there is no other. */
	label?: ReactNode
}) {
	const { t } = useT()
	return (
		<Field
			meta={meta}
			type="password"
			label={label ?? t(purpose === 'new' ? 'accountForm.newPassword' : 'accountForm.currentPassword')}
			hint={purpose === 'new' ? t('accountForm.passwordHint', { min: PASSWORD_MIN_LENGTH }) : undefined}
			inputProps={{ autoComplete: `${purpose}-password` }}
		/>
	)
}
