import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The layer rules are only worth something while they fire: lint a would-be
// file in each layer and check that the forbidden imports are reported and
// the allowed ones are not.

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname })

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath })
	return (result?.messages ?? [])
		.filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports')
		.map((message) => /'([^']+)'/.exec(message.message)?.[1] ?? message.message)
}

const cases = [
	{
		name: 'the domain imports neither Remix, nor components, nor routes, nor app/http',
		filePath: 'app/domain/requests/layer-check.server.ts',
		code: [
			"import { redirect } from '@remix-run/node'",
			"import { Notice } from '~/components/forms.tsx'",
			"import { loader } from '~/routes/login.tsx'",
			"import { requireActor } from '~/http/viewer.server.ts'",
			"import { prisma } from '~/utils/db.server.ts'",
			'export const all = [redirect, Notice, loader, requireActor, prisma]',
		],
		reported: ['@remix-run/node', '~/components/forms.tsx', '~/routes/login.tsx', '~/http/viewer.server.ts'],
	},
	{
		name: 'components import only types from server modules',
		filePath: 'app/components/layer-check.tsx',
		code: [
			"import { prisma } from '~/utils/db.server.ts'",
			"import type { MyListing } from '~/domain/listings/my-listings.server.ts'",
			'export const all: [typeof prisma, MyListing | null] = [prisma, null]',
		],
		reported: ['~/utils/db.server.ts'],
	},
	{
		name: 'search/ imports no domain area but the taxonomy',
		filePath: 'search/layer-check.ts',
		code: [
			"import { taxonomy } from '~/taxonomy/taxonomy.ts'",
			"import { verifyListing } from '~/domain/curation/verify-listing.server.ts'",
			'export const all = [taxonomy, verifyListing]',
		],
		reported: ['~/domain/curation/verify-listing.server.ts'],
	},
]

describe('layer rules', () => {
	for (const { name, filePath, code, reported } of cases) {
		it(name, async () => {
			expect(await restrictedImports(filePath, code.join('\n'))).toEqual(reported)
		})
	}
})
