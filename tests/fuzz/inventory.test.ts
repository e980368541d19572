import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { groups, targets } from './inventory.ts'

// A new form must not escape the fuzzer: every route with an action, and every
// API schema, has a target in tests/fuzz/inventory.ts.

const routes = path.resolve(import.meta.dirname, '../../app/routes')
const routeFiles = readdirSync(routes).filter((name) => /\.tsx?$/.test(name) && !name.includes('.test.'))
const source = (name: string) => readFileSync(path.join(routes, name), 'utf8')

describe('the fuzz inventory', () => {
	it('covers every route that has an action', () => {
		const withAction = routeFiles.filter((name) =>
			/export (async )?function action\b|export const action\b/.test(source(name)),
		)
		const covered = new Set(targets.map((target) => target.route))
		expect(withAction.length).toBeGreaterThan(0)
		expect(withAction.filter((name) => !covered.has(name))).toEqual([])
	})

	it('covers every JSON API route, loaders included', () => {
		const api = routeFiles.filter((name) => name.startsWith('api.'))
		const covered = new Set(targets.map((target) => target.route))
		expect(api.filter((name) => !covered.has(name))).toEqual([])
	})

	it('names only routes that exist, each target once, in exactly one group', () => {
		expect(targets.map((target) => target.route).filter((route) => !routeFiles.includes(route))).toEqual([])
		const names = targets.map((target) => target.name)
		expect(new Set(names).size).toBe(names.length)
		expect(Object.values(groups).flat().length).toBe(targets.length)
	})
})
