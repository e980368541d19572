// What GET /api/v1/requests and GET /api/v1/requests/{id} answer, as Zod
// schemas (the OpenAPI document is generated from them). Chosen field by
// field: a request's own text, needs, status, dates and outcome. Nothing of
// routes, providers' answers or threads: those are other organisations'
// words, and the portal shows them only to the people in the thread.
import { z } from 'zod'
import { Confidentiality, RequestOutcome, RequestStatus } from '~/generated/prisma/enums.ts'
import { listingTypes } from '../directory/types.ts'

const timestamp = z.string().datetime().describe('ISO 8601, UTC.')
const codes = (what: string) => z.array(z.string()).describe(`Taxonomy codes of the ${what}.`)

export const apiRequestSchema = z
	.object({
		id: z.string().uuid(),
		ref: z.string().describe("The request's reference, as its pages show it."),
		organization: z.object({ ref: z.string(), name: z.string() }).strict().describe('The organisation that asks.'),
		title: z.string(),
		teaser: z.string().describe('The short text providers read before accepting the confidentiality terms.'),
		description: z.string(),
		confidentiality: z
			.nativeEnum(Confidentiality)
			.describe('hub_only: only routed providers; open_call: also on the open-call board.'),
		status: z.nativeEnum(RequestStatus),
		needs: z
			.object({
				services: codes('services needed'),
				modalities: codes('modalities'),
				phase: z.string().nullable().describe('Development phase code.'),
				requiredGrades: codes('cleanroom grades required'),
				requiredLicences: codes('licences required'),
				preferredListingType: z.enum(listingTypes).nullable(),
			})
			.strict(),
		neededBy: z.string().date().nullable().describe('The day the requester needs a partner by.'),
		createdAt: timestamp,
		submittedAt: timestamp.nullable(),
		closedAt: timestamp.nullable(),
		outcome: z.nativeEnum(RequestOutcome).nullable().describe('How a closed request ended.'),
		outcomeNote: z.string().nullable(),
	})
	.strict()
	.describe('A match request as its own organisation follows it.')

export type ApiRequest = z.infer<typeof apiRequestSchema>

const count = z.number().int().min(0)

export const requestsPageSchema = z
	.object({
		requests: z.array(apiRequestSchema).describe('Newest first.'),
		total: count,
		page: z.number().int().min(1),
		pageSize: z.number().int().min(1),
		pageCount: count,
	})
	.strict()
