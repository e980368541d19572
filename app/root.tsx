import { data, type HeadersFunction, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node'
import {
	Links,
	Meta,
	type MetaFunction,
	Outlet,
	Scripts,
	ScrollRestoration,
	type ShouldRevalidateFunction,
	useRouteLoaderData,
} from '@remix-run/react'
import { type ReactNode, useEffect } from 'react'
import { AlternateLinks } from '~/components/alternate-links.tsx'
import { SiteFooter } from '~/components/site-footer.tsx'
import { SiteHeader } from '~/components/site-header.tsx'
import { VerifyEmailBanner } from '~/components/verify-email-banner.tsx'
import { layoutUser } from '~/domain/accounts/layout-user.server.ts'
import { waitingCounts } from '~/domain/home/waiting-counts.server.ts'
import { pagePathOf } from '~/http/page-path.ts'
import { pageSeo } from '~/http/page-seo.server.ts'
import { getViewer } from '~/http/viewer.server.ts'
import { langCookie, resolveLocale } from '~/i18n/locale.ts'
import { documentMeta, errorDocument } from '~/i18n/meta.ts'
import { useLocale, useT } from '~/i18n/use-t.ts'
import stylesheet from '~/styles/app.css?url'
import { useNonce } from '~/utils/nonce-provider.ts'
import { publicOrigin } from '~/utils/public-url.server.ts'

const favicon =
	"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 36 36'%3E%3Crect width='36' height='36' rx='9' fill='%2314535a'/%3E%3Ccircle cx='18' cy='18' r='9.5' fill='none' stroke='%23a9d8da' stroke-width='2'/%3E%3Ccircle cx='18' cy='18' r='3.5' fill='%23fff'/%3E%3C/svg%3E"

export const links: LinksFunction = () => [
	{ rel: 'stylesheet', href: stylesheet },
	// Inline icon: saves browsers a /favicon.ico request that would only find the 404 page.
	{ rel: 'icon', type: 'image/svg+xml', href: favicon },
]

export async function loader({ request }: LoaderFunctionArgs) {
	const { locale, explicit } = resolveLocale(request)
	// hreflang alternates must be absolute, and never built from the request's Host.
	const origin = publicOrigin()
	const viewer = await getViewer(request)
	// The header's user menu: name, role and organisations, never the session or the e-mail address;
	// and its navigation's counts of what waits for them.
	const [user, counts] = await Promise.all([
		layoutUser(viewer),
		viewer ? waitingCounts(viewer, pagePathOf(new URL(request.url).pathname)) : null,
	])
	// The canonical address, Open Graph and Twitter tags of the page asked for (app/i18n/meta.ts).
	const siteSeo = pageSeo(request)
	return data(
		{ locale, origin, user, counts, siteSeo },
		explicit ? { headers: { 'Set-Cookie': langCookie(locale) } } : undefined,
	)
}

// Pages differ by language, which comes from the cookie or Accept-Language
// when the URL has no ?lang=: caches must keep them apart.
export const headers: HeadersFunction = () => ({ Vary: 'Cookie, Accept-Language' })

export const meta: MetaFunction = ({ matches, error }) =>
	documentMeta(matches, (i18n) => (error ? errorDocument(i18n, error) : { title: i18n.t('home.title') }))

// Whether the header shows a signed-in member's counts, for shouldRevalidate, which cannot read loader data.
let countsShown = false

/**
 * A member's header counts what waits for them, and opening a page can change
 * that (a request's page reads its news): with JavaScript the counts are read
 * again on every navigation while they are shown. A visitor's pages keep
 * Remix's default and cost the root loader nothing more.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ defaultShouldRevalidate, formMethod }) =>
	defaultShouldRevalidate || (countsShown && (!formMethod || formMethod.toUpperCase() === 'GET'))

export function Layout({ children }: { children: ReactNode }) {
	const rootData = useRouteLoaderData<typeof loader>('root')
	const hasCounts = Boolean(rootData?.counts)
	useEffect(() => {
		countsShown = hasCounts
	}, [hasCounts])
	const locale = useLocale()
	const { t } = useT()
	const nonce = useNonce()
	return (
		<html lang={locale} className="h-full">
			<head>
				<meta charSet="utf-8" />
				<meta name="viewport" content="width=device-width, initial-scale=1" />
				<meta name="theme-color" content="#14535a" />
				<Meta />
				<Links />
				{rootData ? <AlternateLinks origin={rootData.origin} /> : null}
			</head>
			<body className="flex min-h-full flex-col">
				<a
					href="#main"
					className="sr-only z-50 rounded-lg bg-white px-4 py-2 font-semibold text-brand-800 shadow-lg focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:px-4 focus:py-2"
				>
					{t('layout.skipToContent')}
				</a>
				<SiteHeader user={rootData?.user ?? null} counts={rootData?.counts ?? null} />
				{rootData?.user && !rootData.user.emailVerified ? <VerifyEmailBanner /> : null}
				<main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
					{children}
				</main>
				<SiteFooter />
				<ScrollRestoration nonce={nonce} />
				<Scripts nonce={nonce} />
			</body>
		</html>
	)
}

export default function App() {
	return <Outlet />
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
