import { createElement, lazy, Suspense, type FunctionComponent } from 'react'

/**
 * A component only some visitors see (the signed-in member's menu, the form
 * that saves a search), in a chunk of its own: a browser downloads it when a
 * page first shows it, and a visitor who never sees it never does, which
 * keeps it off the page budget (decision 027).
 *
 * The server has it loaded before it renders, so the page is whole without
 * JavaScript. In the browser it is lazy inside a Suspense boundary on both
 * sides: while its chunk arrives, hydration keeps the server's markup in place
 * instead of replacing it, and hydrates it once the chunk is there.
 *
 * Call it once, at a module's top: `const X = await onDemand(() => import('./x.tsx').then((m) => m.X))`.
 */
export async function onDemand<Props extends object>(
	load: () => Promise<FunctionComponent<Props>>,
): Promise<FunctionComponent<Props>> {
	// Only the browser build says SSR is false; the server, tests and scripts load it at once.
	const inBrowser = import.meta.env?.SSR === false
	const Component = inBrowser
		? // React's types cannot relate a lazy component's props to a generic Props; it takes the same props.
			(lazy(async () => ({ default: await load() })) as unknown as FunctionComponent<Props>)
		: await load()
	function OnDemand(props: Props) {
		return <Suspense fallback={null}>{createElement(Component, props)}</Suspense>
	}
	return OnDemand
}
