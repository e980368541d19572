import { z } from 'zod'

// What a member follows: news, events, or both. Unticking both stops following.
// Checkboxes arrive as "on" or not at all (a form without JavaScript).
const ticked = z
	.union([z.literal('on'), z.literal('true'), z.boolean()])
	.optional()
	.transform((value) => value === 'on' || value === 'true' || value === true)

export const followSchema = z.object({ news: ticked, events: ticked })

export type FollowInput = z.infer<typeof followSchema>
