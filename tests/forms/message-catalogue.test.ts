// Every message the portal can refuse with is a key of the catalogue, in
// English and in Swedish: the rules of the registry, and every key the
// schemas, use cases and actions write into a message. A key that is missing
// would reach the reader as "This value is not valid." (or as the key).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderMessage } from '../../app/domain/messages.ts'
import { rules } from '../../app/domain/rules.ts'
import { en } from '../../app/i18n/en/index.ts'
import { translator } from '../../app/i18n/messages.ts'
import { sv } from '../../app/i18n/sv/index.ts'

const root = new URL('../../', import.meta.url).pathname

function sourceFiles(folder: string): string[] {
	return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.test.ts'))
		.map((file) => join(root, folder, file))
}

// Where messages are written: the schemas and use cases, the actions, the terminal.
const files = [...sourceFiles('app/domain'), ...sourceFiles('app/routes'), ...sourceFiles('server/commands')]

/** Message keys as the code writes them: quoted, in the namespaces that carry refusals and field names. */
const keyPattern =
	/'((?:check|label|noun|accountForm|auth|import|orgMembers|claimReview)\.[A-Za-z][\w.]*|rule:[a-z-]+)'/g

const emitted = new Set<string>()
for (const file of files) {
	for (const match of readFileSync(file, 'utf8').matchAll(keyPattern)) emitted.add(match[1]!)
	// A vocabulary's codes are refused as "Unknown <noun> code".
	for (const match of readFileSync(file, 'utf8').matchAll(/\bcodes?\('(\w+)'/g)) emitted.add(`noun.${match[1]}`)
}

const has = (dictionary: object, key: string) => Object.hasOwn(dictionary, key)

describe('the message catalogue', () => {
	it('finds the keys it checks (the scan is not empty)', () => {
		expect(emitted.size).toBeGreaterThan(80)
		expect(emitted).toContain('check.tooLong')
		expect(emitted).toContain('accountForm.passwordTooCommon')
	})

	it.each(Object.keys(rules))('has the refusal %s in English and Swedish', (rule) => {
		expect(has(en, `rule:${rule}`)).toBe(true)
		expect(has(sv, `rule:${rule}`)).toBe(true)
	})

	it.each([...emitted].sort())('has %s in English and Swedish', (key) => {
		expect(has(en, key)).toBe(true)
		expect(has(sv, key)).toBe(true)
	})

	it('has, for every report line, the line beside a field it stands for', () => {
		for (const key of Object.keys(en).filter((key) => key.endsWith('.report'))) {
			expect(has(en, key.slice(0, -'.report'.length)), key).toBe(true)
		}
	})

	it('renders a refusal in the reader’s language, with the field named in a report', () => {
		const encoded = 'check.tooLong?label=label.name&max=200&length=201'
		expect(renderMessage(translator('en'), encoded)).toBe('Use at most 200 characters (this has 201).')
		expect(renderMessage(translator('en'), encoded, 'report')).toBe('Name must be at most 200 characters (it has 201)')
		const swedish = renderMessage(translator('sv'), encoded, 'report')
		expect(swedish).not.toBe(renderMessage(translator('en'), encoded, 'report'))
		expect(swedish).toContain('200')
		expect(swedish).not.toMatch(/\{\w+\}/)
	})
})
