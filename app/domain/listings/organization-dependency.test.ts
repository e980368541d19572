import { describe, expect, it } from 'vitest'
import { awaitsFirstApproval } from '../auth/membership-rights.ts'
import { organizationDependency } from './organization-dependency.ts'

describe('awaitsFirstApproval', () => {
	// True only before a coordinator first approved the listing.
	it.each([
		['pending_review', true],
		['draft', true],
		['published', false],
		['archived', false],
	] as const)('status %s awaits first approval: %s', (status, awaits) => {
		expect(awaitsFirstApproval(status)).toBe(awaits)
	})
})

describe('organizationDependency', () => {
	it('publishes a listing alone when it has no organisation or an approved one', () => {
		expect(organizationDependency(null)).toEqual({ kind: 'none' })
		for (const status of ['published', 'archived'] as const) {
			expect(organizationDependency({ id: 'o', status, pendingRevisionId: 'r' })).toEqual({ kind: 'none' })
		}
	})

	it('publishes a new organisation with the listing, through its pending proposal', () => {
		expect(organizationDependency({ id: 'o', status: 'pending_review', pendingRevisionId: 'r' })).toEqual({
			kind: 'publish-with',
			organizationId: 'o',
			revisionId: 'r',
		})
		// Sent back, then resubmitted: the new proposal is the one approved along.
		expect(organizationDependency({ id: 'o', status: 'draft', pendingRevisionId: 'r2' })).toMatchObject({
			kind: 'publish-with',
			revisionId: 'r2',
		})
	})

	it('holds the listing back while its new organisation is sent back and not resubmitted', () => {
		expect(organizationDependency({ id: 'o', status: 'draft', pendingRevisionId: null })).toEqual({
			kind: 'blocked',
			organizationId: 'o',
		})
	})
})
