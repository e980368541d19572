// The hub's own pages in site search: establishment offers, events and news.
// They are few (tens, not thousands) and change through their own use cases,
// so they are searched where they live, in their tables, at query time:
// nothing to keep in step, nothing stale, and the listings' index, ranking and
// typo vocabulary are untouched (docs/decisions/038). The words are folded and
// split as every search's are (app/utils/text.ts), matched in English, Swedish
// and as typed, the last one also as a prefix, a long word also with a typo in
// a title.
import { Prisma } from '~/generated/prisma/client.ts'
import { offerPath } from '~/domain/establishment/offer-path.ts'
import { eventPath, newsItemPath } from '~/domain/news/paths.ts'
import type { Locale } from '~/i18n/locale.ts'
import { prisma } from '~/utils/db.server.ts'
import { tokenize } from '~/utils/text.ts'

export type HubContentKind = 'offer' | 'event' | 'news'

export interface HubContentHit {
	kind: HubContentKind
	id: string
	/** The title in the page's language where there is one, else the other. */
	title: string
	/** The language the title is in, for its lang attribute. */
	titleLocale: Locale
	url: string
	/** When: an event's start, a news item's publication; none for offers. */
	date: string | null
	cancelled: boolean
	/** An event that has ended (kept in search for a while after). */
	past: boolean
}

/** At most this many hub pages above the listings: a pointer, not a second result list. */
export const HUB_CONTENT_LIMIT = 4
/** Past events stay findable this long after they end (people look up what they attended). */
export const PAST_EVENT_DAYS = 30
const MIN_TYPO_WORD = 5
const MAX_WORDS = 8

interface Row {
	kind: HubContentKind
	id: string
	slug: string
	titleEn: string | null
	titleSv: string | null
	date: Date | null
	cancelled: boolean
	past: boolean
}

/** Whether `text` (SQL) holds every word, each in any of the three configurations; the last also as a prefix. */
function matchesSql(text: Prisma.Sql, titles: Prisma.Sql, words: string[], prefixLast: boolean): Prisma.Sql {
	const vector = Prisma.sql`(to_tsvector('english'::regconfig, ${text}) || to_tsvector('swedish'::regconfig, ${text}) || to_tsvector('simple'::regconfig, ${text}))`
	const terms = words.map((word, index) => {
		const alternatives = [
			Prisma.sql`plainto_tsquery('english'::regconfig, ${word})`,
			Prisma.sql`plainto_tsquery('swedish'::regconfig, ${word})`,
			Prisma.sql`plainto_tsquery('simple'::regconfig, ${word})`,
		]
		// Words are letters and digits only (tokenize), so `word:*` carries no tsquery syntax.
		if (prefixLast && index === words.length - 1)
			alternatives.push(Prisma.sql`to_tsquery('simple'::regconfig, ${`${word}:*`})`)
		const inText = Prisma.sql`${vector} @@ (${Prisma.join(alternatives, ' || ')})`
		return word.length >= MIN_TYPO_WORD
			? Prisma.sql`(${inText} OR word_similarity(${word}, ${titles}) >= 0.6)`
			: Prisma.sql`(${inText})`
	})
	return Prisma.join(terms, ' AND ')
}

const folded = (sql: Prisma.Sql) => Prisma.sql`hub_unaccent(lower(${sql}))`

/**
 * Offers, events and news whose words hold every word of `q`, as visitors
 * see them: published offers that are not taken, published news, published
 * or cancelled events from PAST_EVENT_DAYS ago on. Titles first, then the
 * newest.
 */
export async function searchHubContent(q: string, locale: Locale, now = new Date()): Promise<HubContentHit[]> {
	const words = [...new Set(tokenize(q))].slice(0, MAX_WORDS)
	if (!words.length) return []
	const prefixLast = !/[\s\p{P}]$/u.test(q)
	const match = (text: string, titles: string) =>
		matchesSql(folded(Prisma.raw(text)), folded(Prisma.raw(titles)), words, prefixLast)
	const titleWords = (titles: string) =>
		Prisma.sql`ts_rank(to_tsvector('simple'::regconfig, ${folded(Prisma.raw(titles))}), to_tsquery('simple'::regconfig, ${words.join(' | ')}))`
	const since = new Date(now.getTime() - PAST_EVENT_DAYS * 86_400_000)
	const offerText = `concat_ws(' ', o."titleEn", o."titleSv", o."descriptionEn", o."descriptionSv", o."address", o."kind"::text)`
	const offerTitles = `concat_ws(' ', o."titleEn", o."titleSv")`
	const eventText = `concat_ws(' ', e."titleEn", e."titleSv", e."descriptionEn", e."descriptionSv", e."place", e."organiser")`
	const eventTitles = `concat_ws(' ', e."titleEn", e."titleSv")`
	const newsText = `concat_ws(' ', n."titleEn", n."titleSv", n."leadEn", n."leadSv", n."bodyEn", n."bodySv")`
	const newsTitles = `concat_ws(' ', n."titleEn", n."titleSv")`
	const rows = await prisma().$queryRaw<Row[]>`
		SELECT * FROM (
			SELECT 'offer' AS kind, o."id"::text AS id, o."slug", o."titleEn", o."titleSv", NULL::timestamp AS date,
				false AS cancelled, false AS past, ${titleWords(offerTitles)} AS rank
			FROM "EstablishmentOffer" o
			WHERE o."published" AND o."status" <> 'taken' AND ${match(offerText, offerTitles)}
			UNION ALL
			SELECT 'event', e."id"::text, e."slug", e."titleEn", e."titleSv", e."startsAt",
				e."status" = 'cancelled', e."endsAt" < ${now}, ${titleWords(eventTitles)}
			FROM "HubEvent" e
			WHERE e."status" IN ('published', 'cancelled') AND e."endsAt" >= ${since} AND ${match(eventText, eventTitles)}
			UNION ALL
			SELECT 'news', n."id"::text, n."slug", n."titleEn", n."titleSv", n."publishedAt",
				false, false, ${titleWords(newsTitles)}
			FROM "NewsItem" n
			WHERE n."status" = 'published' AND n."publishedAt" IS NOT NULL AND ${match(newsText, newsTitles)}
		) hits
		ORDER BY rank DESC, past, date DESC NULLS LAST, id
		LIMIT ${HUB_CONTENT_LIMIT}`
	return rows.map((row) => {
		const own = locale === 'sv' ? row.titleSv : row.titleEn
		const other = locale === 'sv' ? row.titleEn : row.titleSv
		const path = row.kind === 'offer' ? offerPath : row.kind === 'event' ? eventPath : newsItemPath
		return {
			kind: row.kind,
			id: row.id,
			title: own ?? other ?? row.slug,
			titleLocale: own ? locale : locale === 'sv' ? 'en' : 'sv',
			url: path(row.slug),
			date: row.date ? new Date(row.date).toISOString() : null,
			cancelled: row.cancelled,
			past: row.past,
		}
	})
}
