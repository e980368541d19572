import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'
import { resolveLocale, type Locale } from '../../app/i18n/locale.ts'
import { t, type MessageKey } from '../../app/i18n/messages.ts'

// The answers the server gives before (or instead of) the app: hostile or
// oversized input, and the outage page. Browsers get a short page in their
// language, API clients the API's JSON error shape. Nothing here touches the
// database, so it still works while the database is down.

export const edgeProblems = {
	'bad-request': { status: 400, title: 'edge.badRequest.title', body: 'edge.badRequest.body' },
	'cross-origin': { status: 403, title: 'edge.crossOrigin.title', body: 'edge.crossOrigin.body' },
	'too-large': { status: 413, title: 'edge.tooLarge.title', body: 'edge.tooLarge.body' },
	'unsupported-type': { status: 415, title: 'edge.unsupportedType.title', body: 'edge.unsupportedType.body' },
	unavailable: { status: 503, title: 'edge.unavailable.title', body: 'edge.unavailable.body' },
	'server-error': { status: 500, title: 'error.generic.title', body: 'error.generic.body' },
} as const satisfies Record<string, { status: number; title: MessageKey; body: MessageKey }>

export type EdgeProblem = keyof typeof edgeProblems

/** Seconds a visitor is asked to wait while the database is unreachable. */
export const OUTAGE_RETRY_AFTER_SECONDS = 30

function localeOf(req: ExpressRequest): Locale {
	try {
		const headers = new Headers()
		for (const name of ['cookie', 'accept-language']) {
			const value = req.get(name)
			if (value) headers.set(name, value)
		}
		return resolveLocale(new Request(new URL(req.originalUrl, 'http://portal.invalid'), { headers })).locale
	} catch {
		return 'en'
	}
}

/** API paths, and clients that prefer JSON to HTML, get `{ error: { message } }`. */
export function wantsJson(req: ExpressRequest): boolean {
	if (req.path.startsWith('/api/')) return true
	return req.accepts(['html', 'json']) === 'json'
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

function page(locale: Locale, nonce: string | undefined, problem: EdgeProblem): string {
	const { status, title, body } = edgeProblems[problem]
	const nonceAttribute = nonce ? ` nonce="${escapeHtml(nonce)}"` : ''
	return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t(locale, title))} · ATMP Flemingsberg</title>
<style${nonceAttribute}>
body{margin:0;font-family:system-ui,sans-serif;color:#0f172a;background:#f8fafc}
main{max-width:40rem;margin:0 auto;padding:4rem 1.5rem}
.eyebrow{color:#14535a;font-weight:600;text-transform:uppercase;letter-spacing:.05em;font-size:.85rem}
h1{font-size:2rem;margin:.5rem 0 1rem}
p{font-size:1.1rem;line-height:1.6}
a{color:#14535a}
</style>
</head>
<body>
<main>
<p class="eyebrow">${escapeHtml(t(locale, 'error.status', { status: String(status) }))}</p>
<h1>${escapeHtml(t(locale, title))}</h1>
<p>${escapeHtml(t(locale, body))}</p>
<p><a href="/">${escapeHtml(t(locale, 'error.homeLink'))}</a></p>
</main>
</body>
</html>
`
}

/**
 * Answers the request with one of the edge's problems. Never cached (it says
 * nothing about the address), and the connection is closed when the request
 * body was left unread, so a client cannot keep streaming into it.
 */
export function sendEdgeAnswer(
	req: ExpressRequest,
	res: ExpressResponse,
	problem: EdgeProblem,
	options: { closeConnection?: boolean } = {},
) {
	if (res.headersSent) {
		res.destroy()
		return
	}
	const { status, body } = edgeProblems[problem]
	const locale = localeOf(req)
	res.status(status)
	res.setHeader('Cache-Control', 'private, no-store')
	res.setHeader('Vary', 'Cookie, Accept-Language')
	if (problem === 'unavailable') res.setHeader('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS))
	if (options.closeConnection) res.setHeader('Connection', 'close')
	if (wantsJson(req)) {
		res.json({ error: { message: t(locale, body) } })
	} else {
		res.type('html').send(page(locale, res.locals.cspNonce as string | undefined, problem))
	}
}
