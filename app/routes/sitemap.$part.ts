import type { LoaderFunctionArgs } from '@remix-run/node'
import { sitemapFile } from '~/domain/seo/build-sitemap.server.ts'
import { notFound } from '~/http/params.server.ts'
import { streamedResponse } from '~/http/text-response.server.ts'
import { publicOrigin } from '~/utils/public-url.server.ts'

// /sitemap/<n>.xml: the n-th file the sitemap index names.
export async function loader({ params }: LoaderFunctionArgs) {
	const number = /^([1-9]\d{0,5})\.xml$/.exec(params.part ?? '')?.[1]
	if (!number) throw notFound()
	const file = await sitemapFile({ origin: publicOrigin(), number: Number(number) })
	if (!file) throw notFound()
	return streamedResponse(file, 'application/xml; charset=utf-8')
}
