import type { Locale } from '~/i18n/locale.ts'
import { t } from '~/i18n/messages.ts'
import type { PublicEvent } from '../events/public-events.server.ts'
import { chooseOfferText } from '../establishment/offer-text.ts'
import { offerPath } from '../establishment/offer-path.ts'
import type { OfferView } from '../establishment/offer-views.server.ts'
import { eventPath, newsItemPath } from '../news/paths.ts'
import type { NewsArticle } from '../news/public-news.server.ts'
import { addressIn } from './page-address.ts'
import type { PageExtras } from './page-tags.ts'
import {
	eventStructuredData,
	listingImageUrl,
	newsArticleStructuredData,
	offerStructuredData,
} from './structured-data.ts'

// What the hub's own pages (a news item, an event, an offer) say of themselves
// to search engines and share cards, like listingPageExtras does for listings.

interface Page {
	origin: string
	locale: Locale
}

export function newsPageExtras(article: NewsArticle, page: Page): PageExtras {
	const url = addressIn(page.origin, { pathname: newsItemPath(article.slug) }, page.locale)
	return {
		kind: 'article',
		image: listingImageUrl(page.origin, article.image),
		structuredData: newsArticleStructuredData(article, { ...page, url, hubName: t(page.locale, 'hub.name') }),
	}
}

export function eventPageExtras(event: PublicEvent, page: Page): PageExtras {
	const url = addressIn(page.origin, { pathname: eventPath(event.slug) }, page.locale)
	return { structuredData: eventStructuredData(event, { ...page, url, hubName: t(page.locale, 'hub.name') }) }
}

export function offerPageExtras(offer: OfferView, page: Page): PageExtras {
	const url = addressIn(page.origin, { pathname: offerPath(offer.slug) }, page.locale)
	const title = chooseOfferText(offer, 'title', page.locale)?.text ?? offer.slug
	const description = chooseOfferText(offer, 'description', page.locale)?.text ?? null
	return {
		image: listingImageUrl(page.origin, offer.image),
		structuredData: offerStructuredData({ ...offer, title, description }, { ...page, url }),
	}
}
