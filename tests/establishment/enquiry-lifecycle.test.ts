import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
	enquiryEventsFrom,
	enquiryStatuses,
	EnquiryTransitionNotAllowed,
	nextEnquiryStatus,
	type EnquiryEvent,
	type EnquiryStatus,
} from '../../app/domain/establishment/enquiry-lifecycle.ts'

const events: EnquiryEvent[] = ['confirm', 'answer', 'reply', 'close', 'withdraw', 'expire']

describe('the enquiry state machine', () => {
	it('takes an enquiry from the visitor’s confirmation through a thread to its close', () => {
		let status: EnquiryStatus = 'unconfirmed'
		for (const [event, expected] of [
			['confirm', 'open'],
			['answer', 'answered'],
			['answer', 'answered'],
			['reply', 'open'],
			['answer', 'answered'],
			['close', 'closed'],
		] as const) {
			status = nextEnquiryStatus(status, event)
			expect(status).toBe(expected)
		}
	})

	it('keeps an unconfirmed enquiry from the office: it can only be confirmed or expire', () => {
		expect(enquiryEventsFrom('unconfirmed')).toEqual(['confirm', 'expire'])
		for (const event of ['answer', 'reply', 'close', 'withdraw'] as const)
			expect(() => nextEnquiryStatus('unconfirmed', event)).toThrow(EnquiryTransitionNotAllowed)
	})

	it('lets the enquirer withdraw while the thread is open, whoever’s turn it is', () => {
		expect(nextEnquiryStatus('open', 'withdraw')).toBe('closed')
		expect(nextEnquiryStatus('answered', 'withdraw')).toBe('closed')
	})

	it('ends for good: nothing leaves closed or expired, and confirming twice is refused', () => {
		for (const end of ['closed', 'expired'] as const) expect(enquiryEventsFrom(end)).toEqual([])
		expect(() => nextEnquiryStatus('open', 'confirm')).toThrow('The enquiry cannot confirm from "open"')
	})

	it('never reaches a state outside the list, and a refused step changes nothing, whatever the order of clicks', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...events), { maxLength: 30 }), (clicks) => {
				let status: EnquiryStatus = 'unconfirmed'
				for (const event of clicks) {
					const allowed = enquiryEventsFrom(status).includes(event)
					if (allowed) status = nextEnquiryStatus(status, event)
					else expect(() => nextEnquiryStatus(status, event)).toThrow(EnquiryTransitionNotAllowed)
					expect(enquiryStatuses).toContain(status)
				}
				// Only a confirmed enquiry can have been closed.
				if (status === 'closed') expect(clicks).toContain('confirm')
			}),
		)
	})
})
