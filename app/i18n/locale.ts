import { readCookie } from '~/http/cookies.ts'

// Language is resolved per request: an explicit ?lang= wins (shared links
// carry their language), then the visitor's saved choice, then the browser's
// Accept-Language.
export const locales = ['en', 'sv'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'en'
export const LANG_COOKIE = 'hub_lang'

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
	if (!acceptLanguage) return defaultLocale
	const ranked = acceptLanguage
		.split(',')
		.map((part) => {
			const [tag = '', ...params] = part.trim().split(';')
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
			return { lang: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) || 0 : 1 }
		})
		.filter((entry) => entry.lang && entry.q > 0)
		.sort((a, b) => b.q - a.q)
	for (const entry of ranked) {
		if (entry.lang === 'sv' || entry.lang === 'en') return entry.lang
		if (entry.lang === 'nb' || entry.lang === 'no' || entry.lang === 'nn' || entry.lang === 'da') return 'sv'
	}
	return defaultLocale
}

export function resolveLocale(request: Request): { locale: Locale; explicit: boolean } {
	const fromUrl = new URL(request.url).searchParams.get('lang')
	if (isLocale(fromUrl)) return { locale: fromUrl, explicit: true }
	const fromCookie = readCookie(request.headers.get('Cookie'), LANG_COOKIE)
	if (isLocale(fromCookie)) return { locale: fromCookie, explicit: false }
	return { locale: negotiateLocale(request.headers.get('Accept-Language')), explicit: false }
}

export function langCookie(locale: Locale): string {
	return `${LANG_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`
}
