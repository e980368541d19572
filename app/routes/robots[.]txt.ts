import { robotsTxt } from '~/domain/seo/crawl-rules.ts'
import { CRAWLER_CACHE_CONTROL } from '~/http/text-response.server.ts'
import { publicOrigin } from '~/utils/public-url.server.ts'

export function loader() {
	return new Response(robotsTxt(publicOrigin()), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': CRAWLER_CACHE_CONTROL },
	})
}
