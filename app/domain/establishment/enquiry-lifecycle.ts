// The state machine of establishment enquiries (issue 14), in the shape of
// the matchmaking ones (requests/lifecycle.ts): the use cases ask this table
// before they write, inside the transaction that holds the enquiry's row
// lock, so a step that is not listed here cannot happen however often
// someone clicks.
//
//   unconfirmed ──confirm──▶ open ──answer──▶ answered ──reply──▶ open …
//        │                     └───────────┬───────────┘
//      expire                 close (the office, with an outcome)
//        ▼                     or withdraw (the enquirer: "withdrawn")
//     expired                              ▼
//                                        closed
//
// A visitor's enquiry waits, unseen by the office, until its sender confirms
// the address from the mail (unconfirmed); one never confirmed expires.
// "open" means the office owes an answer, "answered" that the enquirer does.

export const enquiryStatuses = ['unconfirmed', 'open', 'answered', 'closed', 'expired'] as const
export type EnquiryStatus = (typeof enquiryStatuses)[number]

export const enquiryOutcomes = ['established', 'chose_elsewhere', 'no_fit', 'withdrawn'] as const
export type EnquiryOutcome = (typeof enquiryOutcomes)[number]

export type EnquiryEvent = 'confirm' | 'answer' | 'reply' | 'close' | 'withdraw' | 'expire'

const enquiryTransitions: Record<EnquiryEvent, { from: readonly EnquiryStatus[]; to: EnquiryStatus }> = {
	confirm: { from: ['unconfirmed'], to: 'open' },
	// The office may write twice before the enquirer answers.
	answer: { from: ['open', 'answered'], to: 'answered' },
	// The enquirer may add to an enquiry nobody has answered yet, too.
	reply: { from: ['open', 'answered'], to: 'open' },
	close: { from: ['open', 'answered'], to: 'closed' },
	withdraw: { from: ['open', 'answered'], to: 'closed' },
	expire: { from: ['unconfirmed'], to: 'expired' },
}

/** Where the office's queue looks: enquiries that reached it and are not closed. */
export const enquiryStatusesInQueue: readonly EnquiryStatus[] = ['open', 'answered']

export class EnquiryTransitionNotAllowed extends Error {
	constructor(
		public readonly event: EnquiryEvent,
		public readonly from: EnquiryStatus,
	) {
		super(`The enquiry cannot ${event} from "${from}"`)
		this.name = 'EnquiryTransitionNotAllowed'
	}
}

export function canEnquiry(from: EnquiryStatus, event: EnquiryEvent): boolean {
	return enquiryTransitions[event].from.includes(from)
}

/** The enquiry's next state, or EnquiryTransitionNotAllowed. */
export function nextEnquiryStatus(from: EnquiryStatus, event: EnquiryEvent): EnquiryStatus {
	if (!canEnquiry(from, event)) throw new EnquiryTransitionNotAllowed(event, from)
	return enquiryTransitions[event].to
}

/** The steps open from a state, for the page to offer exactly these buttons. */
export function enquiryEventsFrom(from: EnquiryStatus): EnquiryEvent[] {
	return (Object.keys(enquiryTransitions) as EnquiryEvent[]).filter((event) => canEnquiry(from, event))
}
