import type { SubmissionResult } from '@conform-to/react'
import { useSearchParams } from '@remix-run/react'

// What a page with several forms reads back after a post: the reply of the
// form that came back (handleIntents echoes its intent), or, after one went
// through (Post / Redirect / Get), the `done` its action redirected with.

/** The reply's result when it belongs to the form sent with `intent`. */
export function replyFor(
	reply: { intent?: unknown; result?: SubmissionResult<string[]> } | null | undefined,
	intent: string,
): SubmissionResult<string[]> | undefined {
	return reply?.intent === intent ? reply.result : undefined
}

/** The page's message for the `done` in its address, or null when there is none or one it does not know. */
export function useDone<Messages extends Record<string, string>>(messages: Messages): Messages[keyof Messages] | null {
	const [searchParams] = useSearchParams()
	const done = searchParams.get('done')
	return done !== null && Object.hasOwn(messages, done) ? messages[done as keyof Messages] : null
}
