import { sitemapDocument } from '~/domain/seo/build-sitemap.server.ts'
import { streamedResponse } from '~/http/text-response.server.ts'
import { publicOrigin } from '~/utils/public-url.server.ts'

// Every public page in both languages, or past 50,000 addresses the index of
// /sitemap/<n>.xml. Addresses start from PUBLIC_URL, never the request's Host.
export async function loader() {
	return streamedResponse(await sitemapDocument({ origin: publicOrigin() }), 'application/xml; charset=utf-8')
}
