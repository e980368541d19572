// The search benchmark's synthetic directory: seeded, so every run builds the
// same listings, and written straight to the database in bulk.
import pg from 'pg'
import { codesOf } from '../app/taxonomy/taxonomy.ts'
import { mulberry32 } from '../prisma/seed/demo-data.ts'

// ───────────────────────── synthetic listings ─────────────────────────

const FIRST = [
	'Anna',
	'Erik',
	'Maria',
	'Johan',
	'Sara',
	'Lars',
	'Karin',
	'Per',
	'Lena',
	'Nils',
	'Eva',
	'Ahmed',
	'Mei',
	'Olga',
	'David',
	'Ingrid',
	'Sofia',
	'Mohammed',
]
const LAST = [
	'Lind',
	'Berg',
	'Holm',
	'Ek',
	'Nyström',
	'Sandberg',
	'Åberg',
	'Lundqvist',
	'Karlsson',
	'Öberg',
	'Chen',
	'Novak',
	'Haddad',
	'Fischer',
	'Wallin',
	'Strand',
]
const CITIES = ['Stockholm', 'Huddinge', 'Solna', 'Uppsala', 'Göteborg', 'Lund', 'Malmö', 'Umeå', 'Linköping', 'Örebro']
const TOPICS = [
	'immunotherapy',
	'stem cell',
	'gene therapy',
	'vector',
	'tissue engineering',
	'cell processing',
	'translational',
	'haematology',
	'oncology',
	'neurology',
	'regenerative medicine',
]
// Sentences are assembled from parts, so that (as in real descriptions) a
// specific phrase occurs in a few per cent of listings, not in half of them.
const EN_OPENINGS = [
	'We develop',
	'Our group studies',
	'The unit manufactures',
	'We offer',
	'The team supports',
	'We provide',
	'Our platform enables',
	'The lab investigates',
]
const EN_OBJECTS = [
	'{m} for early clinical trials',
	'{m} under GMP',
	'{s} for academic sponsors',
	'potency assays for {m}',
	'scale-up of {m}',
	'closed automated processing of {m}',
	'vector copy number and integration-site analysis',
	'flow cytometry panels for immune monitoring',
	'single-cell RNA sequencing of tumour infiltrates',
	'organoid models of {t}',
	'cryopreservation and cold-chain shipping',
	'cleanroom suites classified grade {g}',
	'mycoplasma and sterility testing',
	'tech transfer from academic labs',
	'apheresis and donor material handling',
	'CRISPR knock-out screens in primary T cells',
	'mass spectrometry of extracellular vesicles',
	'in vivo efficacy studies in xenograft models',
	'regulatory strategy and IMPD writing',
	'QP release of investigational products',
	'training in aseptic technique',
	'biobanking of {t} samples',
]
const EN_TAILS = [
	'',
	' across Sweden',
	' for industry partners',
	' since 2019',
	' with partners in the Nordics',
	' at Campus Flemingsberg',
	' for phase I/II studies',
	' on a fee-for-service basis',
]
const SV_OPENINGS = [
	'Vi utvecklar',
	'Gruppen studerar',
	'Enheten tillverkar',
	'Vi erbjuder',
	'Teamet stödjer',
	'Vi tillhandahåller',
]
const SV_OBJECTS = [
	'{m} för kliniska prövningar',
	'renrum i klass {g}',
	'regulatorisk rådgivning inför ansökan',
	'kvalitetskontroll och frisläppning enligt GMP',
	'genterapi för sällsynta sjukdomar',
	'cellterapi inom {t}',
	'flödescytometri och cellanalys',
	'kryoförvaring och transporter',
	'utbildning i aseptisk teknik',
	'prekliniska studier i djurmodeller',
	'biobanker för {t}',
	'tillverkning under sjukhusundantaget',
]
const SV_TAILS = [
	'',
	' i hela Sverige',
	' för akademiska forskare',
	' sedan 2018',
	' tillsammans med regionen',
	' på Campus Flemingsberg',
]
const MODALITY_WORDS: Record<string, string> = {
	'car-t': 'CAR-T cells',
	lentiviral: 'lentiviral vectors',
	aav: 'AAV vectors',
	msc: 'mesenchymal stromal cells',
	ipsc: 'iPSC-derived cells',
	'gene-editing': 'CRISPR-edited cells',
	nk: 'NK cells',
	til: 'TIL products',
}

export function pick<T>(rand: () => number, items: readonly T[]): T {
	return items[Math.floor(rand() * items.length)]!
}
function some<T>(rand: () => number, items: readonly T[], max: number): T[] {
	const count = Math.floor(rand() * (max + 1))
	return [...new Set(Array.from({ length: count }, () => pick(rand, items)))]
}

export interface Row {
	id: string
	type: string
	ref: string
	slug: string
	name: string
	summary: string
	description: string
	contentLocale: string
	organizationId: string | null
	kind: string | null
	city: string | null
	modalities: string[]
	services: string[]
	phases: string[]
	grades: string[]
	licences: string[]
	techniques: string[]
	expertise: string[]
	status: string
	visibility: string
	updatedAt: Date
}

function uuid(rand: () => number) {
	const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('')
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

export function syntheticListings(count: number, seed = 42): Row[] {
	const rand = mulberry32(seed)
	const modalities = codesOf('modalities')
	const services = codesOf('services')
	const phases = codesOf('phases')
	const grades = codesOf('cleanroomGrades')
	const licences = codesOf('licences')
	const kinds = codesOf('organizationKinds')
	const organizations: string[] = []
	const rows: Row[] = []
	for (let n = 0; n < count; n++) {
		const roll = rand()
		const type = n < 50 || roll < 0.06 ? 'organization' : roll < 0.36 ? 'lab' : roll < 0.5 ? 'facility' : 'expert'
		const swedish = rand() < 0.3
		const m = some(rand, modalities, 3)
		const s = some(rand, services, 4)
		const g = type === 'facility' ? some(rand, grades, 3) : []
		const fill = (sentence: string) =>
			sentence
				.replace('{m}', MODALITY_WORDS[m[0] ?? 'car-t'] ?? 'cell therapies')
				.replace('{s}', s[0]?.replace(/-/g, ' ') ?? 'consulting')
				.replace('{g}', g[0] ?? 'B')
				.replace('{t}', pick(rand, TOPICS))
		const sentence = () =>
			swedish
				? `${pick(rand, SV_OPENINGS)} ${fill(pick(rand, SV_OBJECTS))}${pick(rand, SV_TAILS)}.`
				: `${pick(rand, EN_OPENINGS)} ${fill(pick(rand, EN_OBJECTS))}${pick(rand, EN_TAILS)}.`
		const sentences = Array.from({ length: 2 + Math.floor(rand() * 3) }, sentence)
		// Project and product codes make the vocabulary as large as real data has it.
		if (rand() < 0.3)
			sentences.push(`Project ${pick(rand, ['ATX', 'CTV', 'NOR', 'FLM'])}-${Math.floor(rand() * 100000)}.`)
		const person = `${pick(rand, FIRST)} ${pick(rand, LAST)}`
		const topic = pick(rand, TOPICS)
		const name =
			type === 'organization'
				? `${pick(rand, LAST)} ${pick(rand, ['Biotech', 'Therapeutics', 'Cell Factory', 'Institute', 'Bio AB'])} ${n}`
				: type === 'lab'
					? `${pick(rand, LAST)} Lab for ${topic} ${n}`
					: type === 'facility'
						? `${pick(rand, CITIES)} ${pick(rand, ['GMP Suite', 'Cleanroom Facility', 'Vector Plant', 'Cell Processing Unit'])} ${n}`
						: `${person} ${n}`
		const id = uuid(rand)
		if (type === 'organization') organizations.push(id)
		const roleRoll = rand()
		rows.push({
			id,
			type,
			ref: `${type.slice(0, 3)}-${n}`,
			slug: `${type}-${n}`,
			name,
			summary: swedish
				? `Svensk aktör inom ${topic}.`
				: `Specialists in ${topic} and ${MODALITY_WORDS[m[0] ?? 'msc'] ?? 'cell therapy'}.`,
			description: sentences.join(' '),
			contentLocale: swedish ? 'sv' : 'en',
			organizationId: type !== 'organization' && organizations.length ? pick(rand, organizations) : null,
			kind: type === 'organization' ? pick(rand, kinds) : null,
			city: type === 'organization' || type === 'facility' ? pick(rand, CITIES) : null,
			modalities: m,
			services: s,
			phases: some(rand, phases, 2),
			grades: g,
			licences: type === 'facility' ? some(rand, licences, 2) : [],
			techniques:
				type === 'lab'
					? some(rand, ['flow cytometry', 'single-cell RNA-seq', 'CRISPR screening', 'organoids', 'mass cytometry'], 2)
					: [],
			expertise:
				type === 'expert'
					? some(
							rand,
							['ATMP regulation', 'GMP validation', 'QP certification', 'LVV manufacturing', 'clinical trial design'],
							2,
						)
					: [],
			status: roleRoll < 0.92 ? 'published' : roleRoll < 0.96 ? 'draft' : 'archived',
			visibility: type === 'expert' && rand() < 0.3 ? 'members' : 'public',
			updatedAt: new Date(Date.UTC(2026, 0, 1) + Math.floor(rand() * 300 * 86400_000)),
		})
	}
	return rows
}

export async function insertListings(url: string, rows: Row[]) {
	const client = new pg.Client({ connectionString: url })
	await client.connect()
	try {
		// Organisations first: the others point at them.
		const ordered = [...rows.filter((r) => r.type === 'organization'), ...rows.filter((r) => r.type !== 'organization')]
		for (let start = 0; start < ordered.length; start += 2000) {
			const batch = ordered.slice(start, start + 2000)
			await client.query(
				`INSERT INTO "Listing" (id, type, ref, slug, name, summary, description, "contentLocale", "organizationId", kind, city,
					modalities, services, phases, "cleanroomGrades", licences, techniques, expertise, status, visibility, "updatedAt", "createdAt")
				SELECT x.id, x.type::"ListingType", x.ref, x.slug, x.name, x.summary, x.description, x."contentLocale", x."organizationId", x.kind, x.city,
					x.modalities, x.services, x.phases, x.grades, x.licences, x.techniques, x.expertise, x.status::"ListingStatus", x.visibility::"Visibility",
					x."updatedAt", x."updatedAt"
				FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, type text, ref text, slug text, name text, summary text, description text,
					"contentLocale" text, "organizationId" uuid, kind text, city text, modalities text[], services text[], phases text[],
					grades text[], licences text[], techniques text[], expertise text[], status text, visibility text, "updatedAt" timestamp)`,
				[JSON.stringify(batch.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString().replace('Z', '') })))],
			)
		}
		await client.query('ANALYZE "Listing"')
	} finally {
		await client.end()
	}
}
