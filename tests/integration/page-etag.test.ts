// A browser revalidates a page with the ETag it was given; the page is often
// rendered anew for that request, with a new CSP nonce in its scripts. The tag
// must leave the nonce out, or the browser downloads the same page again.
import { describe, expect, it } from 'vitest'
import { etagOf } from '../../server/http/shared-cache.server.ts'

const page = (nonce: string, heading: string) =>
	Buffer.from(
		`<!doctype html><h1>${heading}</h1><p>Grön cell­terapi – ${heading}</p>` +
			`<script nonce="${nonce}">window.a=1</script><link nonce="${nonce}"><script nonce="${nonce}"></script>`,
	)

describe('the ETag of a rendered page', () => {
	it('is the same for two renderings that differ only in their nonce', () => {
		const first = etagOf(page('n0nce-AAAAAAAAAAAA', 'Facilities'), 'n0nce-AAAAAAAAAAAA')
		const second = etagOf(page('n0nce-BBBBBBBBBBBB', 'Facilities'), 'n0nce-BBBBBBBBBBBB')
		expect(first).toMatch(/^W\/"[\w-]{27}"$/)
		expect(second).toBe(first)
	})

	it('changes when the content changes, wherever the nonce is', () => {
		const before = etagOf(page('n0nce-AAAAAAAAAAAA', 'Facilities'), 'n0nce-AAAAAAAAAAAA')
		const after = etagOf(page('n0nce-AAAAAAAAAAAA', 'Labs'), 'n0nce-AAAAAAAAAAAA')
		expect(after).not.toBe(before)
	})

	it('is the tag of the page without its nonces, so a kept copy and a new rendering agree', () => {
		const nonce = 'n0nce-CCCCCCCCCCCC'
		const withoutNonce = Buffer.from(page(nonce, 'Labs').toString().split(nonce).join(''))
		expect(etagOf(page(nonce, 'Labs'), nonce)).toBe(etagOf(withoutNonce, undefined))
	})
})
