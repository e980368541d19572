// Small, realistic listings for the search tests: what people at the hub
// would actually look for, in English and Swedish, plus the listings that
// must never be found (draft, archived, merged, members-only).
import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'

export const SECRET_EMAIL = 'secret-contact@fcti.example.org'

export interface Fixtures {
	ids: Record<string, string>
	/** Listings no visitor may ever find. */
	hidden: string[]
	/** Of those, the ones in no index at all (drafts, archived, merged); members-only ones are indexed for members. */
	unindexed: string[]
	/** Listings only members find. */
	membersOnly: string[]
}

let clock = Date.parse('2026-01-01T08:00:00Z')
function nextTime() {
	clock += 3600_000
	return new Date(clock)
}

async function create(data: Prisma.ListingUncheckedCreateInput) {
	const at = nextTime()
	return prisma().listing.create({
		data: { createdAt: at, updatedAt: at, publishedAt: data.status === 'published' ? at : null, ...data },
	})
}

export async function insertFixtures(): Promise<Fixtures> {
	const ids: Record<string, string> = {}
	const institute = await create({
		type: 'organization',
		ref: 'org-fcti',
		slug: 'flemingsberg-cell-therapy-institute',
		status: 'published',
		name: 'Flemingsberg Cell Therapy Institute',
		summary: 'Academic cell and gene therapy research at Campus Flemingsberg.',
		kind: 'academic',
		city: 'Huddinge',
		campus: 'Flemingsberg',
		lat: 59.2193,
		lng: 17.9447,
		email: SECRET_EMAIL,
	})
	ids.institute = institute.id
	const cdmo = await create({
		type: 'organization',
		ref: 'org-nvw',
		slug: 'nordic-vector-works',
		status: 'published',
		name: 'Nordic Vector Works AB',
		summary: 'Contract manufacturer of viral vectors for clinical trials.',
		kind: 'cdmo',
		city: 'Stockholm',
		email: 'bd@nvw.example.com',
	})
	ids.cdmo = cdmo.id
	ids.draftOrg = (
		await create({
			type: 'organization',
			ref: 'org-draft',
			slug: 'stealth-startup',
			status: 'draft',
			name: 'Stealth Lentiviral Startup',
			kind: 'company',
		})
	).id

	ids.vectorSuite = (
		await create({
			type: 'facility',
			ref: 'fac-lvs',
			slug: 'lentiviral-vector-suite',
			status: 'published',
			name: 'Lentiviral Vector Suite',
			summary: 'Clinical-grade viral vector production.',
			description:
				'GMP-grade lentiviral vector manufacturing in grade B cleanrooms, with in-house QC release testing and fill.',
			organizationId: cdmo.id,
			modalities: ['lentiviral', 'aav'],
			services: ['viral-vector-production', 'gmp-manufacturing'],
			cleanroomGrades: ['B', 'C'],
			licences: ['mpa-manufacturing', 'gmo-contained-use'],
			productTypes: ['viral-vector'],
		})
	).id
	ids.renrum = (
		await create({
			type: 'facility',
			ref: 'fac-novum',
			slug: 'renrumsanlaggningen-novum',
			status: 'published',
			contentLocale: 'sv',
			name: 'Renrumsanläggningen Novum',
			summary: 'Akademisk GMP-anläggning för cellterapi.',
			description:
				'GMP-tillverkning i renrum klass B för cellterapi och genterapi. Vi erbjuder regulatorisk rådgivning och frisläppning under sjukhusundantaget.',
			organizationId: institute.id,
			modalities: ['car-t'],
			services: ['gmp-manufacturing', 'qc-testing', 'regulatory'],
			cleanroomGrades: ['B'],
			licences: ['hospital-exemption'],
			phases: ['phase-1', 'phase-2'],
		})
	).id
	ids.fillFinish = (
		await create({
			type: 'facility',
			ref: 'fac-fill',
			slug: 'aseptic-fill-centre',
			status: 'published',
			name: 'Aseptic Fill Centre',
			summary: 'Fill and finish for gene therapy products.',
			organizationId: cdmo.id,
			modalities: ['aav'],
			services: ['fill-finish', 'qp-release'],
			cleanroomGrades: ['A', 'C'],
			licences: ['mpa-manufacturing'],
		})
	).id

	ids.carTLab = (
		await create({
			type: 'lab',
			ref: 'lab-cart',
			slug: 'car-t-immunotherapy-lab',
			status: 'published',
			name: 'CAR-T Immunotherapy Lab',
			summary: 'Developing next-generation CAR-T cells for solid tumours.',
			organizationId: institute.id,
			modalities: ['car-t'],
			services: ['process-development', 'cell-analytics', 'qc-testing'],
			techniques: ['flow cytometry', 'CRISPR screening'],
			phases: ['preclinical'],
		})
	).id
	ids.scriptLab = (
		await create({
			type: 'lab',
			ref: 'lab-script',
			slug: 'lentiviral-analytics-lab',
			status: 'published',
			name: '<script>alert(1)</script> Lentiviral Analytics Lab',
			summary: 'Vector copy number & integration-site assays for "lentiviral" products.',
			organizationId: institute.id,
			modalities: ['lentiviral'],
			services: ['cell-analytics'],
		})
	).id
	for (let n = 1; n <= 6; n++) {
		ids[`stemLab${n}`] = (
			await create({
				type: 'lab',
				ref: `lab-msc-${n}`,
				slug: `stromal-biology-lab-${n}`,
				status: 'published',
				name: `Stromal Biology Lab ${n}`,
				summary: 'Mesenchymal stromal cell biology.',
				organizationId: institute.id,
				modalities: ['msc'],
				services: ['preclinical'],
			})
		).id
	}

	ids.regulatoryExpert = (
		await create({
			type: 'expert',
			ref: 'exp-lind',
			slug: 'anna-lind',
			status: 'published',
			visibility: 'public',
			name: 'Anna Lind',
			title: 'Regulatory affairs consultant',
			summary: 'Twenty years of ATMP submissions.',
			organizationId: institute.id,
			expertise: ['ATMP classification', 'LVV comparability'],
			services: ['regulatory'],
			openTo: ['consulting'],
		})
	).id

	// Holds and names what the Lentiviral Vector Suite does, and her name comes first: only the kind
	// of listing tells them apart for a query that asks for a supplier.
	ids.vectorExpert = (
		await create({
			type: 'expert',
			ref: 'exp-berg',
			slug: 'ada-berg',
			status: 'published',
			visibility: 'public',
			name: 'Ada Berg',
			title: 'Vector scientist',
			summary: 'Ten years with lentiviral vectors; leads viral vector production for clinical programmes.',
			organizationId: institute.id,
			modalities: ['lentiviral'],
			services: ['viral-vector-production'],
		})
	).id

	// Never to be found:
	ids.draftFacility = (
		await create({
			type: 'facility',
			ref: 'fac-draft',
			slug: 'lentiviral-draft-facility',
			status: 'draft',
			name: 'Lentiviral Draft Facility',
			description: 'Unannounced lentiviral vector plant.',
			modalities: ['lentiviral'],
			cleanroomGrades: ['B'],
		})
	).id
	ids.archivedLab = (
		await create({
			type: 'lab',
			ref: 'lab-archived',
			slug: 'old-lentiviral-lab',
			status: 'archived',
			name: 'Archived Lentiviral Lab',
			modalities: ['lentiviral'],
			organizationId: institute.id,
		})
	).id
	ids.membersExpert = (
		await create({
			type: 'expert',
			ref: 'exp-hidden',
			slug: 'bertil-ek',
			status: 'published',
			visibility: 'members',
			name: 'Bertil Ek',
			title: 'Lentiviral vector process expert',
			expertise: ['lentiviral vectors'],
			services: ['regulatory'],
		})
	).id
	ids.mergedFacility = (
		await create({
			type: 'facility',
			ref: 'fac-merged',
			slug: 'old-vector-suite',
			status: 'published',
			name: 'Old Lentiviral Vector Suite',
			modalities: ['lentiviral'],
			cleanroomGrades: ['B'],
			mergedIntoId: ids.vectorSuite,
		})
	).id

	const unindexed = [ids.draftOrg!, ids.draftFacility!, ids.archivedLab!, ids.mergedFacility!]
	return { ids, hidden: [...unindexed, ids.membersExpert], unindexed, membersOnly: [ids.membersExpert] }
}
