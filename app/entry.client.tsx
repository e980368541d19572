import { RemixBrowser } from '@remix-run/react'
import { startTransition, StrictMode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { defaultLocale, isLocale } from '~/i18n/locale.ts'
import { loadMessages } from '~/i18n/messages.ts'

// The server rendered the page in one language and wrote it into <html lang>.
// Hydration must render the same text, so that language's texts (and only
// those) are loaded first.
const { lang } = document.documentElement
void loadMessages(isLocale(lang) ? lang : defaultLocale).then(() =>
	startTransition(() => {
		hydrateRoot(
			document,
			<StrictMode>
				<RemixBrowser />
			</StrictMode>,
		)
	}),
)
