import type { Locale } from '~/i18n/locale.ts'
import { prisma } from '~/utils/db.server.ts'
import { markdownToPlainText, renderMarkdown } from '../content/render-markdown.server.ts'
import { inLanguage } from './in-language.ts'

// What visitors read: published items only, newest first. A draft or a
// withdrawn item is not found, exactly like one that never existed.

export const NEWS_PAGE_SIZE = 10

const publicColumns = {
	id: true,
	slug: true,
	titleEn: true,
	leadEn: true,
	bodyEn: true,
	titleSv: true,
	leadSv: true,
	bodySv: true,
	imageKey: true,
	imageAlt: true,
	publishedAt: true,
	updatedAt: true,
} as const

type Row = {
	slug: string
	titleEn: string | null
	leadEn: string | null
	bodyEn: string | null
	titleSv: string | null
	leadSv: string | null
	bodySv: string | null
	imageKey: string | null
	imageAlt: string | null
	publishedAt: Date | null
	updatedAt: Date
}

function textOf(row: Row, locale: Locale) {
	const version = (title: string | null, lead: string | null, body: string | null) =>
		title && lead && body ? { title, lead, body } : null
	return inLanguage(locale, {
		en: version(row.titleEn, row.leadEn, row.bodyEn),
		sv: version(row.titleSv, row.leadSv, row.bodySv),
	})
}

export interface NewsSummary {
	slug: string
	title: string
	lead: string
	/** The language of title and lead (the reader's own, or the only one there is). */
	locale: Locale
	onlyIn: Locale | null
	publishedAt: string
	image: { key: string; alt: string } | null
}

function summaryOf(row: Row, locale: Locale): NewsSummary | null {
	const text = textOf(row, locale)
	if (!text || !row.publishedAt) return null
	return {
		slug: row.slug,
		title: text.text.title,
		lead: text.text.lead,
		locale: text.locale,
		onlyIn: text.onlyIn,
		publishedAt: row.publishedAt.toISOString(),
		image: row.imageKey ? { key: row.imageKey, alt: row.imageAlt ?? '' } : null,
	}
}

/** What visitors may read: published items (a withdrawn one is gone). */
export const publicNewsWhere = { status: 'published' as const, publishedAt: { not: null } }

export async function listPublishedNews(locale: Locale, page: number) {
	const where = publicNewsWhere
	const [total, rows] = await Promise.all([
		prisma().newsItem.count({ where }),
		prisma().newsItem.findMany({
			where,
			orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
			skip: (page - 1) * NEWS_PAGE_SIZE,
			take: NEWS_PAGE_SIZE,
			select: publicColumns,
		}),
	])
	return {
		items: rows.flatMap((row) => summaryOf(row, locale) ?? []),
		page,
		pageCount: Math.max(1, Math.ceil(total / NEWS_PAGE_SIZE)),
	}
}

export interface NewsArticle extends NewsSummary {
	bodyHtml: string
	/** Plain text for the meta description. */
	description: string
	updatedAt: string
}

function articleOf(row: Row, locale: Locale): NewsArticle | null {
	const summary = summaryOf(row, locale)
	const text = textOf(row, locale)
	if (!summary || !text) return null
	return {
		...summary,
		bodyHtml: renderMarkdown(text.text.body),
		description: markdownToPlainText(text.text.lead).slice(0, 300),
		updatedAt: row.updatedAt.toISOString(),
	}
}

export async function findPublishedNews(slug: string, locale: Locale): Promise<NewsArticle | null> {
	const row = await prisma().newsItem.findFirst({ where: { ...publicNewsWhere, slug }, select: publicColumns })
	return row ? articleOf(row, locale) : null
}

/** The newest items for the Atom feed, with their rendered bodies. */
export async function newsForFeed(locale: Locale, limit = 30): Promise<NewsArticle[]> {
	const rows = await prisma().newsItem.findMany({
		where: publicNewsWhere,
		orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
		take: limit,
		select: publicColumns,
	})
	return rows.flatMap((row) => articleOf(row, locale) ?? [])
}
