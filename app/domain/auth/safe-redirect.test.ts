import { describe, expect, it } from 'vitest'
import { safeRedirectPath } from './safe-redirect.ts'

describe('safe redirect after sign-in', () => {
	it('keeps paths on this site, with their query and fragment', () => {
		expect(safeRedirectPath('/account')).toBe('/account')
		expect(safeRedirectPath('/invitations/abc?lang=sv#top')).toBe('/invitations/abc?lang=sv#top')
	})

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
			expect(safeRedirectPath(to, '/fallback'), String(to)).toBe('/fallback')
		}
	})
})
