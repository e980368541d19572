import { can, type Viewer } from '../auth/permissions.ts'
import { visibleListingsWhere } from '../directory/viewer.server.ts'
import { activeVerificationWhere } from '../listings/active-verification.ts'
import { listingToRecord } from '../listings/to-database.ts'
import { prisma } from '~/utils/db.server.ts'
import { needsFromRequest, type MatchNeeds, type MatchRequest } from './needs.ts'
import type { MatchListing } from './profile.ts'
import { buildMatchIndex, rankCandidates, type RankedCandidate } from './rank.ts'
import { searchEngineCandidates } from './search-candidates.server.ts'

// Suggestions for a match request over the listings the caller may see:
// visitors get published, public listings only; members also members-only
// expert profiles. The directory is read once and prepared for ranking; the
// ranking itself is the pure rankCandidates (docs/decisions/009).

export interface Suggestion extends RankedCandidate {
	name: string
	slug: string
}

export async function loadMatchDirectory(viewer: Viewer) {
	const rows = await prisma().listing.findMany({
		where: visibleListingsWhere({ isMember: can(viewer, 'directory.readMemberFields') }),
		orderBy: { ref: 'asc' },
		include: {
			organization: { select: { ref: true } },
			verifications: { where: activeVerificationWhere(), select: { id: true } },
			capacitySuites: {
				orderBy: { position: 'asc' },
				select: { name: true, windows: { select: { from: true, to: true, state: true } } },
			},
		},
	})
	const listings: MatchListing[] = []
	const pages = new Map<string, { name: string; slug: string }>()
	for (const row of rows) {
		const record = listingToRecord(row, row.organization?.ref ?? null, { verified: row.verifications.length > 0 })
		const day = (date: Date) => date.toISOString().slice(0, 10)
		const capacity = row.capacitySuites.map((suite) => ({
			suite: suite.name,
			windows: suite.windows.map((window) => ({ from: day(window.from), to: day(window.to), state: window.state })),
		}))
		listings.push({
			...(record as Omit<MatchListing, 'type'>),
			type: row.type,
			...(capacity.length ? { capacity } : {}),
		})
		pages.set(row.ref, { name: row.name, slug: row.slug })
	}
	return { listings, index: buildMatchIndex(listings), pages }
}

export type MatchDirectory = Awaited<ReturnType<typeof loadMatchDirectory>>

export function suggestFromDirectory(
	directory: MatchDirectory,
	request: MatchRequest,
	limit = 20,
	extra: { alsoConsider?: readonly string[]; needs?: MatchNeeds } = {},
): Suggestion[] {
	return rankCandidates(request, directory.listings, { index: directory.index, limit, ...extra }).map((candidate) => ({
		...candidate,
		...(directory.pages.get(candidate.ref) ?? { name: candidate.ref, slug: '' }),
	}))
}

/**
 * Preparing the directory (reading every listing's evidence, postings, BM25)
 * is most of the work of a suggestion, and the directory changes far less
 * often than coordinators ask: keep one prepared copy per audience and build
 * a new one when anything it was built from changed. The version is one cheap
 * aggregate over listings and verifications, plus the date, because a
 * verification's badge ends at its expiry without any row changing.
 */
const preparedDirectories = new Map<string, { version: string; directory: Promise<MatchDirectory> }>()

async function directoryVersion(): Promise<string> {
	const [row] = await prisma().$queryRaw<Array<{ version: string }>>`
		SELECT concat_ws('/',
			(SELECT count(*) FROM "Listing"), (SELECT max("updatedAt") FROM "Listing"),
			(SELECT count(*) FROM "Verification"), (SELECT max("createdAt") FROM "Verification"),
			(SELECT max("revokedAt") FROM "Verification"),
			(SELECT count(*) FROM "CapacityWindow"), (SELECT max("updatedAt") FROM "CapacityWindow"),
			(SELECT count(*) FROM "FacilitySuite"), (SELECT max("updatedAt") FROM "FacilitySuite"), current_date) AS version`
	return row?.version ?? ''
}

export async function preparedMatchDirectory(viewer: Viewer): Promise<MatchDirectory> {
	const audience = can(viewer, 'directory.readMemberFields') ? 'members' : 'public'
	const version = await directoryVersion()
	const cached = preparedDirectories.get(audience)
	if (cached && cached.version === version) return cached.directory
	const directory = loadMatchDirectory(viewer)
	preparedDirectories.set(audience, { version, directory })
	// A failed build must not be served to the next caller.
	directory.catch(() => preparedDirectories.delete(audience))
	return directory
}

/**
 * Suggestions as the portal makes them everywhere (triage, API, `hub
 * suggest`): the request read once, the search engine's candidates beside
 * those with evidence, the evidence ranking.
 */
export async function suggestWithSearch(
	directory: MatchDirectory | Promise<MatchDirectory>,
	request: MatchRequest,
	limit = 20,
): Promise<Suggestion[]> {
	const needs = needsFromRequest(request)
	const [prepared, alsoConsider] = await Promise.all([directory, searchEngineCandidates(needs)])
	return suggestFromDirectory(prepared, request, limit, { alsoConsider, needs })
}

export async function suggestProviders(
	request: MatchRequest,
	options: { viewer: Viewer; limit?: number },
): Promise<Suggestion[]> {
	return suggestWithSearch(preparedMatchDirectory(options.viewer), request, options.limit)
}
