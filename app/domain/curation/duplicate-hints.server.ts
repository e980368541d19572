// "Possible duplicate of …" on the review page: listings of the same type
// that look like the one under review, by a similar name, the same website
// or the same e-mail domain. Only hints: the coordinator compares and, if
// they agree, merges with the existing merge flow.
import { Prisma } from '~/generated/prisma/client.ts'
import type { ListingStatus, ListingType } from '~/generated/prisma/enums.ts'
import { prisma } from '~/utils/db.server.ts'

/** pg_trgm's similarity of the two normalised names from which a name counts as similar. */
export const NAME_SIMILARITY = 0.6
const MAX_HINTS = 5

// Legal forms say nothing about who a provider is: "Vektor AB" and "Vektor Ltd." are one name.
const LEGAL_SUFFIXES = [
	'ab',
	'publ',
	'hb',
	'kb',
	'ltd',
	'limited',
	'inc',
	'incorporated',
	'llc',
	'plc',
	'gmbh',
	'ag',
	'oy',
	'oyj',
	'as',
	'asa',
	'aps',
	'bv',
	'nv',
	'sa',
	'sas',
	'srl',
	'corp',
	'corporation',
	'co',
	'company',
]

/**
 * Where anyone can get an address or a page: a shared domain says nothing
 * about whose it is. Kept short; the name and website still match.
 */
export const PUBLIC_MAIL_DOMAINS = new Set([
	'gmail.com',
	'googlemail.com',
	'hotmail.com',
	'hotmail.se',
	'outlook.com',
	'outlook.se',
	'live.com',
	'live.se',
	'msn.com',
	'yahoo.com',
	'yahoo.se',
	'icloud.com',
	'me.com',
	'mac.com',
	'aol.com',
	'gmx.com',
	'gmx.net',
	'mail.com',
	'proton.me',
	'protonmail.com',
	'telia.com',
	'bredband.net',
	'comhem.se',
	'spray.se',
])
const SHARED_WEBSITE_HOSTS = new Set([
	'linkedin.com',
	'facebook.com',
	'instagram.com',
	'x.com',
	'twitter.com',
	'github.com',
	'sites.google.com',
	'wordpress.com',
	'wixsite.com',
])

/** The name as compared: lower case, no accents, no punctuation, no legal form, single spaces. */
export function normalisedName(name: string): string {
	const words = name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word && !LEGAL_SUFFIXES.includes(word))
	return words.join(' ')
}

/** A website's host without "www.", or null for none, an unreadable one or a shared one. */
export function websiteHost(website: string | null | undefined): string | null {
	if (!website?.trim()) return null
	const text = website.trim()
	try {
		const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`).hostname
			.toLowerCase()
			.replace(/^www\./, '')
			.replace(/\.$/, '')
		if (!host.includes('.')) return null
		return SHARED_WEBSITE_HOSTS.has(host) ? null : host
	} catch {
		return null
	}
}

/** An address's domain, or null for none or a public mail service's. */
export function mailDomain(email: string | null | undefined): string | null {
	const at = email?.lastIndexOf('@') ?? -1
	if (!email || at < 0) return null
	const domain = email
		.slice(at + 1)
		.trim()
		.toLowerCase()
		.replace(/\.$/, '')
	if (!domain.includes('.')) return null
	return PUBLIC_MAIL_DOMAINS.has(domain) ? null : domain
}

export type DuplicateReason =
	{ kind: 'name'; similarity: number } | { kind: 'website'; host: string } | { kind: 'email'; domain: string }

export interface DuplicateHint {
	id: string
	ref: string
	name: string
	status: ListingStatus
	reasons: DuplicateReason[]
}

export interface DuplicateSubject {
	/** The listing under review, never its own duplicate. */
	listingId: string
	type: ListingType
	name: string
	website?: string | null
	email?: string | null
}

// The same normalisation as normalisedName, in SQL (pg_trgm compares there):
// hub_unaccent is the migration's immutable unaccent.
const suffixPattern = `\\m(${LEGAL_SUFFIXES.join('|')})\\M`
const normalisedSql = (column: Prisma.Sql) =>
	Prisma.sql`btrim(regexp_replace(regexp_replace(regexp_replace(hub_unaccent(lower(${column})), '[^[:alnum:]]+', ' ', 'g'), ${suffixPattern}, ' ', 'g'), '\\s+', ' ', 'g'))`

/**
 * Listings of the subject's type that may be the same provider, most alike
 * first: merged and archived ones are left out (they cannot take a merge).
 */
export async function duplicateHints(subject: DuplicateSubject): Promise<DuplicateHint[]> {
	const name = normalisedName(subject.name)
	const host = websiteHost(subject.website)
	const domain = mailDomain(subject.email)
	if (!name && !host && !domain) return []
	const otherName = normalisedSql(Prisma.sql`l."name"`)
	const rows = await prisma().$queryRaw<
		Array<{
			id: string
			ref: string
			name: string
			status: ListingStatus
			website: string | null
			email: string | null
			similarity: number
		}>
	>`
		SELECT l."id"::text AS id, l."ref", l."name", l."status"::text AS status, l."website", l."email",
			similarity(${otherName}, ${name})::float8 AS similarity
		FROM "Listing" l
		WHERE l."type" = ${subject.type}::"ListingType"
			AND l."id" <> ${subject.listingId}::uuid
			AND l."mergedIntoId" IS NULL
			AND l."status" <> 'archived'
			AND (
				(${name} <> '' AND similarity(${otherName}, ${name}) >= ${NAME_SIMILARITY})
				OR (${host}::text IS NOT NULL AND l."website" ILIKE '%' || ${host}::text || '%')
				OR (${domain}::text IS NOT NULL AND l."email" ILIKE '%@' || ${domain}::text)
			)
		ORDER BY similarity DESC, l."name"
		LIMIT 50`
	return rows
		.map((row) => {
			const reasons: DuplicateReason[] = []
			if (name && row.similarity >= NAME_SIMILARITY)
				reasons.push({ kind: 'name', similarity: Math.round(row.similarity * 100) / 100 })
			// The SQL only narrows by substring; the host and domain are compared whole here.
			if (host && websiteHost(row.website) === host) reasons.push({ kind: 'website', host })
			if (domain && mailDomain(row.email) === domain) reasons.push({ kind: 'email', domain })
			return { id: row.id, ref: row.ref, name: row.name, status: row.status, reasons }
		})
		.filter((hint) => hint.reasons.length)
		.sort((a, b) => b.reasons.length - a.reasons.length)
		.slice(0, MAX_HINTS)
}
