import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeRedirectPath } from './safe-redirect.ts'

const site = 'https://hub.example'
const FALLBACK = '/fallback'

/** What a browser does with the Location header: where it ends up. */
function landsOnSite(location: string): boolean {
	const url = new URL(location, `${site}/some/page`)
	return url.origin === site
}

describe('safe redirect after sign-in', () => {
	it.each(['/account', '/invitations/abc?lang=sv#top', '/labs/%C3%A5ngstr%C3%B6m-lab', '/search?q=a%2F%2Fb'])(
		'keeps %s: a path on this site, with its query and fragment',
		(path) => {
			expect(safeRedirectPath(path)).toBe(path)
		},
	)

	it('falls back for anything that could leave the site', () => {
		for (const to of [
			'https://evil.example/',
			'//evil.example',
			'/\\evil.example',
			'\\\\evil.example',
			'javascript:alert(1)',
			' /account',
			'/\t/evil.example',
			'account',
			'',
			undefined,
			null,
			42,
		]) {
			expect(safeRedirectPath(to, FALLBACK), String(to)).toBe(FALLBACK)
		}
	})

	it('judges the path after dot segments and escapes are resolved', () => {
		for (const to of [
			'/.//evil.example/phish',
			'/..//evil.example',
			'/a/..//evil.example',
			'/%2e//evil.example',
			'/%2e%2e//evil.example',
			'/%2F%2Fevil.example',
			'/%2f/evil.example',
			'/.%2F/evil.example',
			'/%252F%252Fevil.example',
			'/%5C%5Cevil.example',
			'/%5Cevil.example',
			'/./%5C/evil.example',
			'/%09/evil.example',
			'/%E0%A4%A',
		]) {
			expect(safeRedirectPath(to, FALLBACK), to).toBe(FALLBACK)
		}
	})

	it('whatever goes in, what comes out is the fallback or a path on this site', () => {
		// Paths built from the pieces that matter to URL parsing (empty and dot
		// segments, slashes and backslashes, raw and escaped), so the tricky
		// cases come up far more often than in random text.
		const segment = fc.constantFrom(
			'',
			'',
			'.',
			'..',
			'%2e',
			'%2E%2e',
			'a',
			'evil.example',
			'@evil.example',
			':',
			'%00',
			'\t',
			' ',
		)
		const separator = fc.constantFrom('/', '/', '\\', '%2F', '%2f', '%5C', '%252F')
		const path = fc
			.array(fc.tuple(segment, separator), { maxLength: 6 })
			.chain((parts) =>
				fc
					.constantFrom('', '?next=//evil.example', '#//evil.example')
					.map((tail) => `/${parts.map(([name, sep]) => name + sep).join('')}evil.example${tail}`),
			)
		const candidate = fc.oneof(
			path,
			fc.string({ unit: 'binary', maxLength: 40 }),
			fc.string({ maxLength: 40 }).map((text) => `/${text}`),
			fc.webUrl({ withQueryParameters: true, withFragments: true }),
		)
		fc.assert(
			fc.property(candidate, (to) => {
				const out = safeRedirectPath(to, FALLBACK)
				if (out === FALLBACK) return
				expect(out.startsWith('/')).toBe(true)
				expect(out).not.toMatch(/^\/[/\\]/)
				expect(landsOnSite(out)).toBe(true)
				// Stable: a path we gave out is one we would give out again.
				expect(safeRedirectPath(out, FALLBACK)).toBe(out)
			}),
			{ numRuns: 2_000 },
		)
	})
})
