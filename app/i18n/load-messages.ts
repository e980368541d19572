import type { Locale } from './locale.ts'
import { hasMessages, provideMessages, type Messages } from './messages.ts'

// One chunk per language: the browser downloads the texts of the page's
// language only, before it hydrates (entry.client.tsx), and another language's
// when a page changes language in place (use-t.ts).
const chunks: Record<Locale, () => Promise<Messages>> = {
	en: () => import('./en/index.ts').then((module) => module.en),
	sv: () => import('./sv/index.ts').then((module) => module.sv),
}

const loading = new Map<Locale, Promise<void>>()

export function loadMessages(locale: Locale): Promise<void> {
	if (hasMessages(locale)) return Promise.resolve()
	let pending = loading.get(locale)
	if (!pending) {
		pending = chunks[locale]().then((messages) => provideMessages(locale, messages))
		loading.set(locale, pending)
	}
	return pending
}
