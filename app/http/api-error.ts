// The one shape of every refusal of the API, from the routes, the rate limit
// and the server's edge alike: `{ error: { message, parameter?, issues? } }`.
import { z } from 'zod'

export const apiErrorSchema = z
	.object({
		error: z
			.object({
				message: z.string().describe('What is wrong, in English, for the developer reading it.'),
				parameter: z.string().optional().describe('The query parameter that is wrong.'),
				issues: z
					.array(
						z
							.object({
								field: z.string().describe('Dotted path of the field in the body, e.g. "modalities.1".'),
								message: z.string(),
							})
							.strict(),
					)
					.optional()
					.describe('Every problem with the body, one per field.'),
			})
			.strict(),
	})
	.strict()

export type ApiError = z.infer<typeof apiErrorSchema>['error']

/** An API refusal: never cached, since it says nothing lasting about the address. */
export function apiError(status: number, error: ApiError): Response {
	return Response.json({ error }, { status, headers: { 'Cache-Control': 'no-store' } })
}
