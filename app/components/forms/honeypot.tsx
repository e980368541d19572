import { HONEYPOT_FIELD } from '~/domain/auth/honeypot-field.ts'
import { useT } from '~/i18n/use-t.ts'

/**
 * The honeypot field (see HONEYPOT_FIELD): out of sight, out of the tab
 * order and hidden from assistive technology, so only bots fill it in.
 */
export function Honeypot() {
	const { t } = useT()
	return (
		<div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
			<label htmlFor={`hp-${HONEYPOT_FIELD}`}>{t('accountForm.honeypotLabel')}</label>
			<input
				id={`hp-${HONEYPOT_FIELD}`}
				type="text"
				name={HONEYPOT_FIELD}
				tabIndex={-1}
				autoComplete="off"
				defaultValue=""
			/>
		</div>
	)
}
