import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { featureParts } from './text-parts.ts'

describe('the parts of the texts', () => {
	it('give every feature file of every language a part, and name no other', () => {
		for (const locale of ['en', 'sv']) {
			const files = readdirSync(path.join(import.meta.dirname, locale))
				.filter((name) => name.endsWith('.ts') && name !== 'index.ts')
				.map((name) => name.slice(0, -'.ts'.length))
			expect(files.sort(), locale).toEqual(Object.keys(featureParts).sort())
		}
	})
})
