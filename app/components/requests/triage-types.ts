// What the triage page's loader hands its components, named once.
import type { triageDetail } from '~/domain/requests/triage-views.server.ts'

export type TriageDetail = NonNullable<Awaited<ReturnType<typeof triageDetail>>>
export type TriageCandidate = TriageDetail['candidates'][number]
export type TriageRoute = TriageDetail['routes'][number]
export type TriageInterest = TriageDetail['interests'][number]
export type SuggestedNext = NonNullable<TriageDetail['suggestedNext']>
