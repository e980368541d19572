import { z } from 'zod'
import { isIsoCalendarDate } from '../listings/interchange-fields.ts'
import { listingTypes } from '../listings/interchange.ts'
import { message } from '../messages.ts'

// What /coordinator/export's three forms ask for (their state is in the address).

export const listingsExportSchema = z.object({
	download: z.literal('listings'),
	type: z.enum(['all', ...listingTypes]).catch('all'),
	format: z.enum(['csv', 'json']).catch('csv'),
})

const day = z
	.string()
	.trim()
	.refine(isIsoCalendarDate, { message: message('transfer.export.badPeriod') })

export const auditExportSchema = z
	.object({ download: z.literal('audit'), from: day, to: day })
	.refine((period) => period.from <= period.to, { message: message('transfer.export.badPeriod'), path: ['to'] })
