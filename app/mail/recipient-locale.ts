import { defaultLocale, isLocale, type Locale } from '~/i18n/locale.ts'

/** The language a user's mails are written in: their preference, or the default for anything unexpected. */
export function recipientLocale(preferredLocale: string | null | undefined): Locale {
	return isLocale(preferredLocale) ? preferredLocale : defaultLocale
}

/** A mail to an account: its address, in its language. */
export function mailTo(user: { email: string; preferredLocale: string | null }): { to: string; locale: Locale } {
	return { to: user.email, locale: recipientLocale(user.preferredLocale) }
}
