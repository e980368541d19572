import { describe, expect, it } from 'vitest'
import { markdownToPlainText, renderMarkdown } from './render-markdown.server.ts'

describe('renderMarkdown', () => {
	it('renders paragraphs, emphasis, lists and links a coordinator writes', () => {
		const html = renderMarkdown('Welcome to **Novum**.\n\n- Lab space\n- Offices\n\nSee [the map](/map).')
		expect(html).toContain('<strong>Novum</strong>')
		expect(html).toContain('<li>Lab space</li>')
		expect(html).toContain('<a href="/map">the map</a>')
	})

	it('never lets raw HTML or script through', () => {
		const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>')
		expect(html).not.toContain('<script')
		expect(html).not.toContain('<img')
		expect(html).toContain('&lt;script&gt;')
	})

	it('drops links to javascript:, data: and other schemes, keeping the words', () => {
		for (const href of [
			'javascript:alert(1)',
			'JaVaScRiPt:alert(1)',
			'data:text/html,x',
			'vbscript:x',
			'//evil.example',
		]) {
			const html = renderMarkdown(`[click](${href})`)
			expect(html).not.toContain('href')
			expect(html).toContain('click')
		}
	})

	it('marks links to other sites nofollow and keeps the portal’s own links plain', () => {
		expect(renderMarkdown('[KI](https://ki.se)')).toContain('rel="nofollow noopener noreferrer"')
		expect(renderMarkdown('[mail](mailto:hub@example.org)')).not.toContain('rel=')
	})

	it('starts headings below the page title', () => {
		expect(renderMarkdown('# Title\n\n### Small')).toContain('<h2>Title</h2>')
		expect(renderMarkdown('###### Deepest')).toContain('<h6>Deepest</h6>')
	})
})

describe('markdownToPlainText', () => {
	it('gives the words without markup or entities', () => {
		expect(markdownToPlainText('**Open house** at <Novum> & [KI](https://ki.se)')).toBe('Open house at <Novum> & KI')
	})
})
