// How an offer's form values become a row, shared by create-offer and
// update-offer so the two write the same columns the same way.
import type { Prisma } from '~/generated/prisma/client.ts'
import { campusSite } from '../places/campus-sites.ts'
import type { OfferInput } from './offer-schema.ts'

const dateOrNull = (value: string | undefined) => (value ? new Date(`${value}T00:00:00Z`) : null)

export function offerColumns(input: OfferInput) {
	const site = campusSite(input.site)
	return {
		kind: input.kind,
		titleEn: input.titleEn ?? null,
		titleSv: input.titleSv ?? null,
		descriptionEn: input.descriptionEn ?? null,
		descriptionSv: input.descriptionSv ?? null,
		termsEn: input.termsEn ?? null,
		termsSv: input.termsSv ?? null,
		priceRange: input.priceRange ?? null,
		site: site?.code ?? null,
		// A typed address wins; a site with a street gives its own.
		address: input.address ?? site?.street ?? null,
		lat: site?.lat ?? null,
		lng: site?.lng ?? null,
		sizeValue: input.sizeValue ?? null,
		sizeUnit: input.sizeUnit ?? null,
		availableFrom: dateOrNull(input.availableFrom),
		availableUntil: dateOrNull(input.availableUntil),
		contactName: input.contactName,
		contactEmail: input.contactEmail,
		contactPhone: input.contactPhone ?? null,
		status: input.status,
		published: input.published,
		imageKey: input.image ?? null,
		imageAlt: input.image ? (input.imageAlt ?? null) : null,
	} satisfies Omit<Prisma.EstablishmentOfferUncheckedCreateInput, 'slug'>
}

export type OfferColumns = ReturnType<typeof offerColumns>

/** The columns whose value changed, as the audit log's { from, to } pairs. */
export function changedColumns(before: Record<string, unknown>, after: OfferColumns) {
	const show = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value)
	return Object.fromEntries(
		Object.entries(after)
			.filter(([name, value]) => show(before[name]) !== show(value))
			.map(([name, value]) =>
				// A picture's key means nothing to a reader: the log says whether there was one.
				name === 'imageKey'
					? ['image', { from: Boolean(before[name]), to: Boolean(value) }]
					: [name, { from: show(before[name]) ?? null, to: show(value) ?? null }],
			),
	)
}
