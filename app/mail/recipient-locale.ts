import { defaultLocale, isLocale, type Locale } from '~/i18n/locale.ts'

/** The language a user's mails are written in: their preference, or the default for anything unexpected. */
export function recipientLocale(preferredLocale: string | null | undefined): Locale {
	return isLocale(preferredLocale) ? preferredLocale : defaultLocale
}
