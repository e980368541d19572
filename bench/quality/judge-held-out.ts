// Judges a held-out set once, by the rules of the shared eval README, and
// writes <set>-requests.json and <set>-search.json beside this file from
// <set>-spec.json (the set is "held-out" unless HELD_OUT_SET names another).
// The judgements are then frozen: re-running it after the text analysis has
// changed would judge with the code under test, so it refuses to overwrite
// existing files unless JUDGE_OVERWRITE=1.
//
// Rules (the README of the shared eval folder):
// - a search query's relevant listings are those where every concept of the
//   query can be found: tagged, or stated in the text (not negated, not past,
//   not referred elsewhere);
// - a request's listings get 3 when they meet the main service, the modality
//   and every secondary constraint, 2 when they meet the main service and the
//   modality but miss a secondary constraint, 1 for the main service only.
// "Stated in the text" is read with the listing-side evidence reader of the
// commit that wrote the files (it reproduces the development judgements: 24
// of 24 dev queries agree, one listing apart), never with the request or
// query understanding under test.
//
//   [HELD_OUT_SET=held-out-2] npx tsx bench/quality/judge-held-out.ts [path/to/corpus.json]
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { capabilityKey, heldCodes, profileOf, type MatchListing } from '../../app/domain/matching/profile.ts'
import { loadListings } from '../match.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const corpusFile = path.resolve(process.argv[2] ?? path.join(here, '../../../shared/eval/corpus.json'))

interface Needs {
	services: string[]
	modalities?: string[]
	grade?: string
	licence?: string
	productType?: string
	listingType?: string
}

interface Spec {
	requests: Array<{ ref: string; lang: string; title: string; description: string; needs: Needs }>
	queries: Array<{ ref: string; q: string; form: string; concepts: Array<[string, string]> }>
	/** Corrections from reading the listings: refs the reader missed or misread. */
	reviewed: Record<string, { add?: string[]; remove?: string[] }>
}

const VOCABULARY: Record<string, 'modalities' | 'services' | 'licences' | 'cleanroomGrades' | 'productTypes'> = {
	mod: 'modalities',
	svc: 'services',
	lic: 'licences',
	grade: 'cleanroomGrades',
	pt: 'productTypes',
}

/** Tagged, or stated affirmatively in the listing's own text. */
function has(listing: MatchListing, vocabulary: string, code: string): boolean {
	if (vocabulary === 'type') return listing.type === code
	const capability = profileOf(listing).capabilities.get(capabilityKey(VOCABULARY[vocabulary]!, code))
	return Boolean(capability && (capability.tagged || capability.affirmed.length > 0))
}

function gradeOf(listing: MatchListing, needs: Needs): number {
	const [mainService, ...otherServices] = needs.services
	if (!has(listing, 'svc', mainService!)) return 0
	const mainModality = needs.modalities?.[0]
	if (mainModality && !has(listing, 'mod', mainModality)) return 1
	const profile = profileOf(listing)
	const secondary = [
		...otherServices.map((code) => has(listing, 'svc', code)),
		needs.grade === undefined || heldCodes(profile, 'cleanroomGrades').has(needs.grade),
		needs.licence === undefined || has(listing, 'lic', needs.licence),
		needs.productType === undefined || heldCodes(profile, 'productTypes').has(needs.productType),
		needs.listingType === undefined || listing.type === needs.listingType,
	]
	return secondary.every(Boolean) ? 3 : 2
}

const set = process.env.HELD_OUT_SET ?? 'held-out'
const spec = JSON.parse(readFileSync(path.join(here, `${set}-spec.json`), 'utf8')) as Spec
const listings = loadListings(corpusFile)

const requests = spec.requests.map((request) => {
	const judgements: Record<string, number> = {}
	for (const listing of listings) {
		const grade = gradeOf(listing, request.needs)
		if (grade > 0) judgements[listing.ref] = grade
	}
	return {
		ref: request.ref,
		lang: request.lang,
		title: request.title,
		description: request.description,
		structured: {},
		judgedNeeds: request.needs,
		judgements,
	}
})

const queries = spec.queries.map((query) => {
	const relevant = new Set(
		listings
			.filter((listing) => query.concepts.every(([vocabulary, code]) => has(listing, vocabulary, code)))
			.map((listing) => listing.ref),
	)
	const review = spec.reviewed[query.ref]
	for (const ref of review?.add ?? []) relevant.add(ref)
	for (const ref of review?.remove ?? []) relevant.delete(ref)
	return { ...query, relevant: [...relevant].sort() }
})

const outputs: Array<[string, unknown]> = [
	[
		`${set}-requests.json`,
		{ format: 'atmp-hub-match-requests', version: 1, set: `${set}-wild`, corpus: 'corpus.json', requests },
	],
	[`${set}-search.json`, { format: 'atmp-hub-search-queries', version: 1, set: `${set}-wild`, queries }],
]
for (const [name, content] of outputs) {
	const file = path.join(here, name)
	if (existsSync(file) && process.env.JUDGE_OVERWRITE !== '1') {
		console.error(`${name} exists; its judgements are frozen (JUDGE_OVERWRITE=1 to replace them)`)
		process.exitCode = 1
		continue
	}
	writeFileSync(file, `${JSON.stringify(content, null, '\t')}\n`)
	console.log(`wrote ${name}`)
}
for (const request of requests) {
	const counts = [3, 2, 1].map((grade) => Object.values(request.judgements).filter((value) => value === grade).length)
	console.log(`${request.ref} ${request.title}: 3×${counts[0]} 2×${counts[1]} 1×${counts[2]}`)
}
for (const query of queries) console.log(`${query.ref} ${query.q}: ${query.relevant.length} relevant`)
