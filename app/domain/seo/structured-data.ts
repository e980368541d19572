import { listingPath, type ListingDetail } from '../directory/types.ts'
import { shownImage } from '../images/image-key.ts'

// schema.org descriptions of public pages, as JSON-LD. Built only from what
// the page itself shows a visitor: never an e-mail address or another
// member-only field, even when a member is looking (the page's HTML is the
// same document a share or a cache may keep).
//
// The objects are plain data; Remix's <Meta> writes them into
// <script type="application/ld+json"> with <, >, & and the line separators
// escaped, so no text in them can end the script element.

export type JsonLd = { '@context': 'https://schema.org' } & Record<string, unknown>

/** Where the page is and how it looks to the outside: absolute addresses only. */
export interface PageContext {
	/** PUBLIC_URL's origin. */
	origin: string
	/** The page's canonical address. */
	url: string
	/** The page's language ("en" | "sv"). */
	locale: string
}

/** The absolute address of a listing's large picture, for og:image and schema.org. */
export function listingImageUrl(origin: string, image: { key: string; alt: string } | null) {
	const shown = image ? shownImage(image.key, image.alt, 'large') : null
	return shown ? { ...shown, src: origin + shown.src } : null
}

function compact<Value extends Record<string, unknown>>(value: Value): Value {
	return Object.fromEntries(
		Object.entries(value).filter(([, field]) => field !== null && field !== undefined && field !== ''),
	) as Value
}

function postalAddress(address: { street?: string | null; postcode?: string | null; city?: string | null }) {
	if (!address.street && !address.postcode && !address.city) return undefined
	return compact({
		'@type': 'PostalAddress',
		streetAddress: address.street,
		postalCode: address.postcode,
		addressLocality: address.city,
	})
}

function geo(location: { lat: number; lng: number } | null | undefined) {
	return location ? { '@type': 'GeoCoordinates', latitude: location.lat, longitude: location.lng } : undefined
}

/**
 * A listing: Organization for an organisation, Place for a lab or GMP facility
 * (with the address and position it or its host states), Person for an expert
 * whose profile is public. `summary` is the text the page shows in its language.
 */
export function listingStructuredData(listing: ListingDetail, page: PageContext & { summary: string | null }): JsonLd {
	const image = listingImageUrl(page.origin, listing.image)?.src
	const host = listing.organization
		? { '@type': 'Organization', name: listing.organization.name, url: page.origin + listingPath(listing.organization) }
		: undefined
	const common = { '@context': 'https://schema.org' as const, name: listing.name, url: page.url }
	switch (listing.type) {
		case 'organization':
			return compact({
				...common,
				'@type': 'Organization',
				description: page.summary,
				logo: image,
				address: postalAddress(listing),
				location: listing.location
					? compact({ '@type': 'Place', address: postalAddress(listing), geo: geo(listing.location) })
					: undefined,
				sameAs: listing.website ? [listing.website] : undefined,
			})
		case 'lab':
		case 'facility':
			return compact({
				...common,
				'@type': 'Place',
				description: page.summary,
				image,
				address: postalAddress(listing.place ?? { city: listing.city }),
				geo: geo(listing.place?.location),
			})
		case 'expert':
			return compact({
				...common,
				'@type': 'Person',
				jobTitle: listing.title,
				description: page.summary,
				image,
				affiliation: host,
				knowsAbout: listing.expertise.length ? listing.expertise : undefined,
				sameAs: listing.orcid
					? [`https://orcid.org/${listing.orcid.replace(/^https?:\/\/(www\.)?orcid\.org\//i, '')}`]
					: undefined,
			})
	}
}

/** The hub as the publisher or organiser of what it posts. */
function hubOrganization(origin: string, name: string) {
	return { '@type': 'Organization', '@id': `${origin}/#hub`, name, url: `${origin}/` }
}

/** A news item: a NewsArticle in the language it is shown in, published by the hub. */
export function newsArticleStructuredData(
	article: {
		title: string
		description: string
		locale: string
		publishedAt: string
		updatedAt: string
		image: { key: string; alt: string } | null
	},
	page: PageContext & { hubName: string },
): JsonLd {
	return compact({
		'@context': 'https://schema.org' as const,
		'@type': 'NewsArticle',
		headline: article.title,
		description: article.description,
		inLanguage: article.locale,
		datePublished: article.publishedAt,
		dateModified: article.updatedAt,
		image: listingImageUrl(page.origin, article.image)?.src,
		url: page.url,
		mainEntityOfPage: page.url,
		publisher: hubOrganization(page.origin, page.hubName),
	})
}

/**
 * An event: where (a place, an online link or both), when (instants with
 * their offset), whether it still takes place, and where to register.
 */
export function eventStructuredData(
	event: {
		title: string
		summary: string
		locale: string
		startsAt: string
		endsAt: string
		place: string | null
		address: string | null
		onlineUrl: string | null
		organiser: string
		registrationUrl: string | null
		cancelled: boolean
	},
	page: PageContext & { hubName: string },
): JsonLd {
	const physical = event.place || event.address
	const venue = physical
		? compact({
				'@type': 'Place',
				name: event.place ?? event.address,
				address: event.address ? { '@type': 'PostalAddress', streetAddress: event.address } : undefined,
			})
		: undefined
	const online = event.onlineUrl ? { '@type': 'VirtualLocation', url: event.onlineUrl } : undefined
	const location = [venue, online].filter(Boolean)
	return compact({
		'@context': 'https://schema.org' as const,
		'@type': 'Event',
		name: event.title,
		description: event.summary,
		inLanguage: event.locale,
		startDate: event.startsAt,
		endDate: event.endsAt,
		eventStatus: `https://schema.org/${event.cancelled ? 'EventCancelled' : 'EventScheduled'}`,
		eventAttendanceMode: `https://schema.org/${
			venue && online ? 'MixedEventAttendanceMode' : online ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode'
		}`,
		location: location.length > 1 ? location : location[0],
		organizer: { '@type': 'Organization', name: event.organiser },
		offers: event.registrationUrl ? { '@type': 'Offer', url: event.registrationUrl } : undefined,
		url: page.url,
	})
}

/** An establishment offer: the space or land as a Place, with its site's address and position. */
export function offerStructuredData(
	offer: {
		title: string
		description: string | null
		address: string | null
		lat: number | null
		lng: number | null
		image: { key: string; alt: string } | null
	},
	page: PageContext,
): JsonLd {
	return compact({
		'@context': 'https://schema.org' as const,
		'@type': 'Place',
		name: offer.title,
		description: offer.description,
		image: listingImageUrl(page.origin, offer.image)?.src,
		address: offer.address ? { '@type': 'PostalAddress', streetAddress: offer.address } : undefined,
		geo: geo(offer.lat !== null && offer.lng !== null ? { lat: offer.lat, lng: offer.lng } : null),
		url: page.url,
	})
}

/** The home page: the hub as an Organization, and the site with its search. */
export function hubStructuredData(hub: { origin: string; name: string; description: string }): JsonLd {
	const home = `${hub.origin}/`
	return {
		'@context': 'https://schema.org',
		'@graph': [
			{ '@type': 'Organization', '@id': `${home}#hub`, name: hub.name, url: home, description: hub.description },
			{
				'@type': 'WebSite',
				'@id': `${home}#website`,
				name: hub.name,
				url: home,
				publisher: { '@id': `${home}#hub` },
				potentialAction: {
					'@type': 'SearchAction',
					target: { '@type': 'EntryPoint', urlTemplate: `${hub.origin}/search?q={search_term_string}` },
					'query-input': 'required name=search_term_string',
				},
			},
		],
	}
}
