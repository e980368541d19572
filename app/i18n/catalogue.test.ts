import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { en } from './en/index.ts'
import { sv } from './sv/index.ts'

// The catalogue is split by feature, the same way in every language. Spreading
// the feature files into one dictionary would silently drop a key that two
// files define, or a feature file nobody added to the index.

const folder = (locale: string) => path.join(import.meta.dirname, locale)
const featureFiles = (locale: string) =>
	readdirSync(folder(locale))
		.filter((name) => name.endsWith('.ts') && name !== 'index.ts')
		.sort()

async function featureKeys(locale: string): Promise<Map<string, string[]>> {
	const features = new Map<string, string[]>()
	for (const file of featureFiles(locale)) {
		const module = (await import(path.join(folder(locale), file))) as Record<string, object>
		features.set(file, Object.keys(Object.values(module)[0] ?? {}))
	}
	return features
}

describe('the catalogue', () => {
	it('has the same feature files in English and Swedish', () => {
		expect(featureFiles('sv')).toEqual(featureFiles('en'))
		expect(featureFiles('en').length).toBeGreaterThan(5)
	})

	it('gives each Swedish feature file exactly the keys of its English one', async () => {
		const english = await featureKeys('en')
		const swedish = await featureKeys('sv')
		for (const [file, keys] of english) expect(swedish.get(file)?.sort(), file).toEqual([...keys].sort())
	})

	it('defines every key in one feature file only, and every feature file reaches the dictionary', async () => {
		for (const [locale, dictionary] of [
			['en', en],
			['sv', sv],
		] as const) {
			const owners = new Map<string, string>()
			for (const [file, keys] of await featureKeys(locale)) {
				for (const key of keys) {
					expect(owners.get(key), `${locale}/${file}: ${key}`).toBeUndefined()
					owners.set(key, file)
				}
			}
			expect([...owners.keys()].sort()).toEqual(Object.keys(dictionary).sort())
		}
	})
})
