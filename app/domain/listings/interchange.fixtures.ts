import { readFileSync } from 'node:fs'
import path from 'node:path'

// The example file of docs/interchange-format.md, read from the document itself:
// the interchange tests accept it unchanged, so the document cannot drift from
// the schema, and the mapping tests start from its records.

type ExampleRecord = Record<string, unknown>

function documentedExample(): {
	format: string
	version: number
	organizations: [ExampleRecord]
	labs: [ExampleRecord]
	facilities: [ExampleRecord]
	experts: [ExampleRecord]
} {
	const document = readFileSync(path.resolve(import.meta.dirname, '../../../docs/interchange-format.md'), 'utf8')
	const jsonc = /```jsonc\n([\s\S]*?)\n```/.exec(document)![1]!
	// JSONC as the document writes it: comments after a value, trailing commas.
	const json = jsonc.replace(/\s+\/\/ .*$/gm, '').replace(/,(\s*[}\]])/g, '$1')
	return JSON.parse(json)
}

export const exampleFile = documentedExample()
export const [organizationExample] = exampleFile.organizations
export const [labExample] = exampleFile.labs
export const [facilityExample] = exampleFile.facilities
export const [expertExample] = exampleFile.experts
