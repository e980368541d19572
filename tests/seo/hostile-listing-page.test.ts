import { request as httpRequest } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../app/utils/db.server.ts'
import { useTestDatabase } from '../setup/database.ts'
import { startPortal, type Portal } from '../support/portal-process.ts'

// A listing's texts go into its page's JSON-LD and share card: a name written
// to break out of them must stay text. Served by the production build over
// real HTTP, the way a crawler reads it.

const hostileName = 'Evil </script><script>alert(1)</script> & "Co" <!--'
let db: Awaited<ReturnType<typeof useTestDatabase>>
let portal: Portal

beforeAll(async () => {
	db = await useTestDatabase()
	await prisma().listing.create({
		data: {
			ref: 'fac-hostile',
			type: 'facility',
			slug: 'hostile-suite',
			status: 'published',
			name: hostileName,
			summary: 'A summary with </script> and \u2028 a line separator.',
		},
	})
	portal = await startPortal({ databaseUrl: db.url })
}, 600_000)

afterAll(async () => {
	await portal?.stop()
	await db?.cleanup()
})

/** A GET whose Host (and X-Forwarded-Host) names another site: fetch() would put the real one back. */
function withForgedHost(path: string): Promise<{ status: number; body: string }> {
	const { hostname, port } = new URL(portal.url)
	return new Promise((resolve, reject) => {
		const request = httpRequest(
			{ hostname, port, path, headers: { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example' } },
			(response) => {
				let body = ''
				response.setEncoding('utf8')
				response.on('data', (chunk: string) => (body += chunk))
				response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
			},
		)
		request.on('error', reject)
		request.end()
	})
}

describe('a listing whose name is written to break the page', () => {
	it('keeps its JSON-LD one script that parses back to the name', async () => {
		const response = await fetch(`${portal.url}/facilities/hostile-suite?lang=en`)
		expect(response.status).toBe(200)
		const html = await response.text()
		const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
		expect(scripts).toHaveLength(1)
		const jsonLd = scripts[0]![1]!
		expect(jsonLd).not.toMatch(/[<>]/)
		expect(JSON.parse(jsonLd)).toMatchObject({ '@type': 'Place', name: hostileName })
		// Nothing the name carried became markup: the only <script> elements are the JSON-LD and the portal's own.
		expect(html).not.toContain('<script>alert(1)')
		expect(html).not.toContain('<!--"')
	})

	it('is named in its share card as text', async () => {
		const html = await (await fetch(`${portal.url}/facilities/hostile-suite?lang=en`)).text()
		const title = /<meta property="og:title" content="([^"]*)"/.exec(html)?.[1]
		expect(title).toBe(
			'Evil &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot; &lt;!-- · GMP facility',
		)
	})

	it('names addresses from PUBLIC_URL whatever Host the request claims', async () => {
		const page = await withForgedHost('/facilities/hostile-suite?lang=sv')
		expect(page.status).toBe(200)
		expect(page.body).toContain(`<link rel="canonical" href="${portal.url}/facilities/hostile-suite?lang=sv"/>`)
		const sitemap = await withForgedHost('/sitemap.xml')
		expect(sitemap.body).toContain(`<loc>${portal.url}/facilities/hostile-suite?lang=en</loc>`)
		const robots = await withForgedHost('/robots.txt')
		expect(robots.body).toContain(`Sitemap: ${portal.url}/sitemap.xml`)
		expect(page.body + sitemap.body + robots.body).not.toContain('evil.example')
	})
})
