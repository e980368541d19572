import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { loader } from '../../app/routes/map_.place[.]svg.ts'

const image = (query: string) => {
	try {
		return loader({ request: new Request(`http://hub.test/map/place.svg?${query}`), params: {}, context: {} })
	} catch (thrown) {
		return thrown as Response
	}
}

describe('the small map as an image', () => {
	it('draws the campus with one marker of the kind asked for, as a standalone SVG', async () => {
		const response = image('kind=facility&lat=59.2196&lng=17.9373')
		expect(response.status).toBe(200)
		expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
		const svg = await response.text()
		const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg)
		expect(parsed.svg['@_xmlns']).toBe('http://www.w3.org/2000/svg')
		expect(svg).toContain('fill="#6d28d9"') // the facility's diamond
		expect(svg).not.toMatch(/<a\b|<script|href=/)
	})

	it('answers 404 for a place off the campus, an unknown kind or anything that is not a plain number', () => {
		for (const query of [
			'kind=facility&lat=59.3293&lng=18.0686',
			'kind=expert&lat=59.2196&lng=17.9373',
			'kind=facility&lat=59.2196e0&lng=17.9373',
			'kind=facility&lat=<script>&lng=17.9373',
			'kind=facility&lat=59.2196',
			'',
		])
			expect(image(query).status, query).toBe(404)
	})
})
