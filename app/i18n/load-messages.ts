import type { Locale } from './locale.ts'
import { hasMessages, provideMessages, type Messages } from './messages.ts'

// One chunk per language: the browser downloads the texts of the page's
// language only, before it hydrates (entry.client.tsx).
const chunks: Record<Locale, () => Promise<Messages>> = {
	en: () => import('./en/index.ts').then((module) => module.en),
	sv: () => import('./sv/index.ts').then((module) => module.sv),
}

export async function loadMessages(locale: Locale): Promise<void> {
	if (!hasMessages(locale)) provideMessages(locale, await chunks[locale]())
}
