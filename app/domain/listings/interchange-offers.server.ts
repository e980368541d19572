// Establishment offers in the interchange file (its `offers` section,
// docs/interchange-format.md). A record is the offer form's fields plus the
// offer's `slug`, which finds it again on the next import: the form's own
// schema checks it, and the offer use cases (create-offer, update-offer)
// write it, each record in its own transaction with its audit entry, so an
// import refuses what the form refuses and never leaves an offer half-written.
import type { EstablishmentOffer, Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { createOffer } from '../establishment/create-offer.server.ts'
import { changedColumns, offerColumns } from '../establishment/offer-record.server.ts'
import { offerFormSchema } from '../establishment/offer-schema.ts'
import { updateOffer } from '../establishment/update-offer.server.ts'
import { fieldIssues, message, type FieldIssue } from '../messages.ts'
import { RuleError } from '../rules.ts'
import { reported, type ImportOutcome, type ReportedIssue } from './import-listings.server.ts'
import { SLUG_MAX_LENGTH, slugify } from './to-database.ts'

/** Addresses under /establish that are pages of their own (create-offer keeps them free too). */
const reservedSlugs = new Set(['manage', 'enquiries', 'contact'])

const offerFields = Object.keys(offerFormSchema.innerType().shape) as Array<
	keyof ReturnType<typeof offerFormSchema.innerType>['shape']
>

/** One offer as the interchange file holds it: its slug and the offer form's fields, in the form's own types. */
export interface OfferRecord {
	slug: string
	kind: string
	titleEn?: string
	titleSv?: string
	descriptionEn?: string
	descriptionSv?: string
	termsEn?: string
	termsSv?: string
	priceRange?: string
	site?: string
	address?: string
	sizeValue?: number
	sizeUnit?: string
	availableFrom?: string
	availableUntil?: string
	contactName: string
	contactEmail: string
	contactPhone?: string
	status: string
	published: boolean
}

export interface OfferImportResult {
	/** offers[3] */
	position: string
	slug: string | undefined
	outcome: ImportOutcome
	issues?: ReportedIssue[]
}

export interface OfferImportReport {
	dryRun: boolean
	counts: Record<ImportOutcome, number>
	results: OfferImportResult[]
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value)

function slugIssue(slug: unknown): FieldIssue | null {
	const valid =
		typeof slug === 'string' && slug.length <= SLUG_MAX_LENGTH && slugify(slug) === slug && !reservedSlugs.has(slug)
	return valid ? null : { field: 'slug', message: message('check.offerSlug', { label: 'label.slug' }) }
}

type CheckedRecord =
	| { ok: true; slug: string; fields: Record<string, unknown>; columns: ReturnType<typeof offerColumns> }
	| { ok: false; slug: string | undefined; issues: FieldIssue[] }

/** One record against the offer form's schema, plus its slug; unknown fields are refused, not dropped. */
function checkRecord(raw: unknown): CheckedRecord {
	if (!isObject(raw))
		return { ok: false, slug: undefined, issues: [{ field: '', message: message('check.notRecord') }] }
	const { slug, ...fields } = raw
	const issues: FieldIssue[] = []
	const badSlug = slugIssue(slug)
	if (badSlug) issues.push(badSlug)
	const unknown = Object.keys(fields).filter((field) => !(offerFields as string[]).includes(field))
	if (unknown.length)
		issues.push({
			field: '',
			message: message(unknown.length > 1 ? 'check.unknownFields' : 'check.unknownField', {
				fields: unknown.map((field) => `"${field}"`).join(', '),
			}),
		})
	const parsed = offerFormSchema.safeParse(fields)
	if (!parsed.success) issues.push(...fieldIssues(parsed.error))
	const shownSlug = typeof slug === 'string' ? slug : undefined
	if (issues.length || !parsed.success) return { ok: false, slug: shownSlug, issues }
	return { ok: true, slug: slug as string, fields, columns: offerColumns(parsed.data) }
}

/**
 * Creates or updates every valid offer of `records` by slug, as `actor` (who
 * must be allowed to curate offers). A bad record is reported with its fields
 * and reasons and never stops the others; importing the same file twice
 * changes nothing the second time.
 */
export async function importOffers(
	records: readonly unknown[],
	actor: Actor,
	// tx: the whole file in one transaction (the browser's all-or-nothing import, decision 040).
	options: { dryRun?: boolean; tx?: Prisma.TransactionClient } = {},
): Promise<OfferImportReport> {
	const results: OfferImportResult[] = []
	const firstAt = new Map<string, string>()
	const checked = records.map(checkRecord)
	const slugs = checked.flatMap((record) => (record.ok ? [record.slug] : []))
	const existing = new Map(
		(await (options.tx ?? prisma()).establishmentOffer.findMany({ where: { slug: { in: slugs } } })).map((offer) => [
			offer.slug,
			offer,
		]),
	)
	for (const [index, record] of checked.entries()) {
		const position = `offers[${index}]`
		const issues = record.ok ? [] : [...record.issues]
		if (record.slug !== undefined) {
			const first = firstAt.get(record.slug)
			if (first) issues.push({ field: 'slug', message: message('check.duplicateSlug', { slug: record.slug, first }) })
			else firstAt.set(record.slug, position)
		}
		if (!record.ok || issues.length) {
			results.push({ position, slug: record.slug, outcome: 'rejected', issues: reported(issues) })
			continue
		}
		const current: EstablishmentOffer | undefined = existing.get(record.slug)
		const outcome: ImportOutcome = !current
			? 'created'
			: Object.keys(changedColumns(current, record.columns)).length
				? 'updated'
				: 'unchanged'
		try {
			if (!options.dryRun && outcome === 'created')
				await createOffer(actor, record.fields, { slug: record.slug, tx: options.tx })
			if (!options.dryRun && outcome === 'updated')
				await updateOffer(actor, current!.id, record.fields, { tx: options.tx })
			results.push({ position, slug: record.slug, outcome })
		} catch (error) {
			if (!(error instanceof RuleError)) throw error
			const refused = error.issues.length ? error.issues : [{ field: error.field ?? '', message: error.message }]
			results.push({ position, slug: record.slug, outcome: 'rejected', issues: reported(refused) })
		}
	}
	const count = (outcome: ImportOutcome) => results.filter((result) => result.outcome === outcome).length
	return {
		dryRun: Boolean(options.dryRun),
		results,
		counts: {
			created: count('created'),
			updated: count('updated'),
			unchanged: count('unchanged'),
			rejected: count('rejected'),
		},
	}
}

/** The row's column for a form field: the picture's key is stored as `imageKey`, every other field under its own name. */
const columnOf = (field: string) => (field === 'image' ? 'imageKey' : field)

/** An offer row as an interchange record: every field of the offer form (and so a future one too), absent ones left out. */
export function offerToRecord(offer: EstablishmentOffer): OfferRecord {
	const row = offer as unknown as Record<string, unknown>
	const record: Record<string, unknown> = { slug: offer.slug }
	for (const field of offerFields) {
		const value = row[columnOf(field)]
		if (value === null || value === undefined) continue
		record[field] = value instanceof Date ? value.toISOString().slice(0, 10) : value
	}
	return record as unknown as OfferRecord
}

/** The offers in the interchange format, by slug (two exports of the same data are identical); unpublished ones when asked. */
export async function exportOffers(options: { includeUnpublished?: boolean } = {}): Promise<OfferRecord[]> {
	const offers = await prisma().establishmentOffer.findMany({
		where: options.includeUnpublished ? {} : { published: true },
		orderBy: { slug: 'asc' },
	})
	return offers.map(offerToRecord)
}

/**
 * The account an operator names to import offers as (`hub import --as`): its
 * rights decide, as on the offer form, and its name goes into the audit log.
 * Null when there is no such account.
 */
export async function offerImportActor(email: string): Promise<Actor | null> {
	const user = await prisma().user.findUnique({
		where: { email: email.trim().toLowerCase() },
		select: { id: true, platformRole: true, establishmentOffice: true, emailVerifiedAt: true },
	})
	if (!user) return null
	return {
		userId: user.id,
		platformRole: user.platformRole,
		...(user.establishmentOffice ? { establishmentOffice: true } : {}),
		emailVerified: Boolean(user.emailVerifiedAt),
		// Offers are curated by role (coordinators, the office), never through an organisation.
		memberships: [],
	}
}
