import { useRouteLoaderData } from '@remix-run/react'
import { useEffect, useSyncExternalStore } from 'react'
import { defaultLocale, isLocale, type Locale } from './locale.ts'
import { hasMessages, loadMessages, subscribeToMessages, translator, type Translator } from './messages.ts'

/**
 * The current language, as the root loader resolved it. When the root loader
 * itself failed (its error boundary is rendering) there is no data: fall back
 * to the default language rather than failing twice.
 */
export function useLocale(): Locale {
	const rootData = useRouteLoaderData('root') as { locale?: unknown } | undefined
	return isLocale(rootData?.locale) ? rootData.locale : defaultLocale
}

/** Usage: `const { t } = useT()` then `t('nav.labs')` or `t('list.pageOf', { page, pages })`. */
export function useT(): Translator {
	const locale = useLocale()
	// The language can change without a page load (saving another language in
	// the profile sets the cookie, and the root loader runs again): fetch that
	// language's texts and render again once they are here.
	const available = useSyncExternalStore(
		subscribeToMessages,
		() => hasMessages(locale),
		() => true,
	)
	useEffect(() => {
		if (!available) void loadMessages(locale)
	}, [available, locale])
	return translator(locale)
}
