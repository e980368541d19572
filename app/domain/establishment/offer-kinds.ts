// The closed lists of establishment offers, shared by the form, the public
// facets and the database enums (prisma/schema.prisma); labels live in the
// catalogue as establish.kind.<code>, establish.status.<code>, establish.unit.<code>.
export const offerKinds = ['coworking', 'lab', 'cleanroom', 'land', 'office_service'] as const
export type OfferKind = (typeof offerKinds)[number]

export const offerStatuses = ['available', 'reserved', 'taken'] as const
export type OfferStatus = (typeof offerStatuses)[number]

export const sizeUnits = ['sqm', 'desks'] as const
export type SizeUnit = (typeof sizeUnits)[number]

/**
 * The size facet: ranges a company thinks in. Desks and square metres are
 * different things, so each range says which unit it counts; an offer
 * without a size (a service) is in none.
 */
export const sizeRanges = {
	'desks-1-10': { unit: 'desks', min: 1, max: 10 },
	'desks-11-plus': { unit: 'desks', min: 11, max: null },
	'sqm-0-200': { unit: 'sqm', min: 0, max: 200 },
	'sqm-201-1000': { unit: 'sqm', min: 201, max: 1000 },
	'sqm-1001-plus': { unit: 'sqm', min: 1001, max: null },
} as const satisfies Record<string, { unit: SizeUnit; min: number; max: number | null }>

export type SizeRange = keyof typeof sizeRanges
export const sizeRangeCodes = Object.keys(sizeRanges) as SizeRange[]
