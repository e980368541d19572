import { prisma } from '~/utils/db.server.ts'
import { capacityOfFacilities } from '../capacity/capacity-records.server.ts'
import { activeVerificationWhere } from './active-verification.ts'
import { emptyInterchangeFile, sectionOf, type InterchangeFile } from './interchange.ts'
import { listingToRecord } from './to-database.ts'

/** A verification's evidence as the interchange format writes it, only what it has. */
function exportedEvidence(verification: {
	licenceCode: string | null
	reference: string | null
	expiresAt: Date | null
	public: boolean
}) {
	return {
		...(verification.licenceCode ? { licence: verification.licenceCode } : {}),
		...(verification.reference ? { reference: verification.reference } : {}),
		...(verification.expiresAt ? { expiresAt: verification.expiresAt.toISOString().slice(0, 10) } : {}),
		public: verification.public,
	}
}

/**
 * The portal's listings in the interchange format, ordered by ref so that
 * two exports of the same data are byte-identical. Merged-away listings are
 * left out (their survivor carries them); drafts and archived listings only
 * when asked.
 */
export async function exportListings(
	options: { includeUnpublished?: boolean; now?: Date } = {},
): Promise<InterchangeFile> {
	const now = options.now ?? new Date()
	const rows = await prisma().listing.findMany({
		where: { mergedIntoId: null, ...(options.includeUnpublished ? {} : { status: 'published' }) },
		orderBy: { ref: 'asc' },
		include: {
			organization: { select: { ref: true } },
			verifications: {
				where: activeVerificationWhere(now),
				select: { licenceCode: true, reference: true, expiresAt: true, public: true },
				orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
			},
		},
	})
	const file = emptyInterchangeFile()
	const capacity = await capacityOfFacilities(
		prisma(),
		rows.filter((row) => row.type === 'facility').map((row) => row.id),
	)
	for (const row of rows) {
		const record = listingToRecord(row, row.organization?.ref ?? null, {
			verified: row.verifications.length > 0,
			verifications: row.verifications.map(exportedEvidence),
			capacity: capacity.get(row.id),
		})
		;(file[sectionOf[row.type]] as unknown[]).push(record)
	}
	return file
}
