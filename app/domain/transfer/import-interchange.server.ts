import { can, type Actor } from '../auth/permissions.ts'
import { importListings, reported, type ImportOptions, type ImportReport } from '../listings/import-listings.server.ts'
import { importOffers, type OfferImportReport } from '../listings/interchange-offers.server.ts'
import { message } from '../messages.ts'

// The one use case behind every import of the interchange format: the
// browser's upload (JSON or CSV, through runImport) and `hub import` on the
// command line. Listings first, then the file's establishment offers, each
// offer through the offer form's own checks and use cases
// (docs/interchange-format.md).

export interface InterchangeImportOptions extends Pick<
	ImportOptions,
	'actorId' | 'dryRun' | 'asPending' | 'onProgress' | 'tx'
> {
	/**
	 * Whom the file's offers are imported as: the signed-in coordinator in the
	 * browser, `--as` on the command line. Their right to curate offers
	 * decides, as on the offer form, and the audit log names them.
	 */
	offerActor: Actor | null
}

export interface InterchangeImportReport extends ImportReport {
	/** Null when the file has no offers (or was refused as a whole). */
	offers: OfferImportReport | null
}

/** The file's `offers` section; empty when it has none. */
export function offersIn(input: unknown): unknown[] {
	const offers = (input as { offers?: unknown } | null)?.offers
	return Array.isArray(offers) ? offers : []
}

export async function importInterchange(
	input: unknown,
	options: InterchangeImportOptions,
): Promise<InterchangeImportReport> {
	const offers = offersIn(input)
	if (offers.length && !can(options.offerActor, 'establishment.curateOffers'))
		return {
			dryRun: Boolean(options.dryRun),
			fileIssues: reported([{ field: 'offers', message: message('transfer.check.offers') }]),
			counts: { created: 0, updated: 0, unchanged: 0, rejected: 0 },
			results: [],
			offers: null,
		}
	const report = await importListings(input, options)
	if (report.fileIssues.length || !offers.length) return { ...report, offers: null }
	const offerReport = await importOffers(offers, options.offerActor!, { dryRun: options.dryRun, tx: options.tx })
	return { ...report, offers: offerReport }
}
