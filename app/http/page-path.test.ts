import { describe, expect, it } from 'vitest'
import { pagePathOf } from './page-path.ts'

describe('pagePathOf', () => {
	it('names the page a data request is for', () => {
		expect(pagePathOf('/requests/7c1d3f2e-1111-4222-8333-944445555666.data')).toBe(
			'/requests/7c1d3f2e-1111-4222-8333-944445555666',
		)
		expect(pagePathOf('/_root.data')).toBe('/')
		expect(pagePathOf('/facilities')).toBe('/facilities')
	})
})
