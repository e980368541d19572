// The importer's report as a coordinator reads it: one row per record, with
// its spreadsheet row (or its place in a JSON file), what the import does to
// it, and each field's problem as a message key that the page, the report
// download and the terminal render in their reader's language.
import type { ImportOutcome, ReportedIssue } from '../listings/import-listings.server.ts'
import { sectionOf, type ListingType } from '../listings/interchange.ts'
import type { FieldIssue } from '../messages.ts'
import { importInterchange, type InterchangeImportOptions } from './import-interchange.server.ts'
import { readUpload, type UploadFormat } from './read-upload.ts'

export interface PreviewRow {
	/** The spreadsheet row of a CSV record; null for JSON. */
	row: number | null
	/** labs[3] or offers[0] for JSON; for CSV the same, for scripts. */
	position: string
	/** An establishment offer of a JSON file, or a listing. */
	type: ListingType | 'offer' | null
	/** A listing's ref, an offer's slug. */
	ref: string | null
	outcome: ImportOutcome
	/** Encoded messages (app/domain/messages.ts). */
	issues: FieldIssue[]
}

export interface ImportPreview {
	dryRun: boolean
	fileIssues: FieldIssue[]
	counts: Record<ImportOutcome, number>
	rows: PreviewRow[]
}

const encoded = (key: string, params: Record<string, string>) =>
	Object.keys(params).length ? `${key}?${new URLSearchParams(params)}` : key

const encodedIssues = (issues: readonly ReportedIssue[] | undefined): FieldIssue[] =>
	(issues ?? []).map((issue) => ({ field: issue.field, message: encoded(issue.key, issue.params) }))

function countsOf(rows: readonly PreviewRow[]): Record<ImportOutcome, number> {
	const counts = { created: 0, updated: 0, unchanged: 0, rejected: 0 }
	for (const row of rows) counts[row.outcome] += 1
	return counts
}

/**
 * The report as the upload's row keeps it: PostgreSQL's JSON cannot hold the
 * character U+0000, which a JSON file may spell out (\u0000) in a ref or a
 * value its messages quote; it is shown as the replacement character.
 */
export function storableReport(report: ImportPreview): object {
	return JSON.parse(
		JSON.stringify(report, (_key, value: unknown) =>
			typeof value === 'string' ? value.replaceAll('\u0000', '\uFFFD') : value,
		),
	) as object
}

export interface UploadedFile {
	content: string
	format: UploadFormat
	listingType?: ListingType
}

/**
 * Reads and imports a file: with `dryRun` nothing is written and the result
 * is the preview. Rows a CSV could not turn into records (ragged, no type) are
 * rejected beside the records the schema rejected, in row order; a JSON
 * file's offers follow its listings.
 */
export async function runImport(
	upload: UploadedFile,
	options: Pick<InterchangeImportOptions, 'actorId' | 'dryRun' | 'onProgress' | 'tx'> & {
		offerActor?: InterchangeImportOptions['offerActor']
	},
): Promise<ImportPreview> {
	const reading = readUpload(upload.content, upload.format, { type: upload.listingType })
	const empty = { created: 0, updated: 0, unchanged: 0, rejected: 0 }
	if (reading.fileIssues.length)
		return { dryRun: Boolean(options.dryRun), fileIssues: reading.fileIssues, counts: empty, rows: [] }
	const report = await importInterchange(reading.input, { ...options, offerActor: options.offerActor ?? null })
	const fileIssues = encodedIssues(report.fileIssues)
	const rows: PreviewRow[] = report.results.map((result) => {
		const index = Number(/\[(\d+)\]$/.exec(result.position)?.[1])
		return {
			row: reading.rowOf?.[sectionOf[result.type]]?.[index] ?? null,
			position: result.position,
			type: result.type,
			ref: result.ref ?? null,
			outcome: result.outcome,
			issues: encodedIssues(result.issues),
		}
	})
	for (const result of report.offers?.results ?? [])
		rows.push({
			row: null,
			position: result.position,
			type: 'offer',
			ref: result.slug ?? null,
			outcome: result.outcome,
			issues: encodedIssues(result.issues),
		})
	for (const rowIssue of reading.rowIssues)
		rows.push({
			row: rowIssue.row,
			position: `row ${rowIssue.row}`,
			type: null,
			ref: null,
			outcome: 'rejected',
			issues: rowIssue.issues,
		})
	if (reading.rowOf) rows.sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
	return { dryRun: report.dryRun, fileIssues, counts: countsOf(rows), rows }
}
