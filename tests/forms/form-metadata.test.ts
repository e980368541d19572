import { type SubmissionResult, unstable_createFormContext as createFormContext } from '@conform-to/dom'
import { describe, expect, it } from 'vitest'
import { controlProps, formMetadata, snapshotBeforeUse } from '../../app/components/forms/form-metadata.ts'

// A form is rendered from snapshotBeforeUse until its first use, and from
// Conform's engine after. If the two disagreed, a field's value or message
// would change under the visitor's cursor the moment the engine arrives (or
// the page would render differently on the server than once in use): these
// cases hold the two to the same values and messages.

function engineState(defaultValue: Record<string, unknown>, lastResult?: SubmissionResult<string[]>) {
	type Options = Parameters<typeof createFormContext>[0]
	return createFormContext({
		formId: 'f',
		defaultValue: defaultValue as Options['defaultValue'],
		lastResult,
	}).getState()
}

function sameAsEngine(defaultValue: Record<string, unknown>, lastResult?: SubmissionResult<string[]>) {
	const engine = engineState(defaultValue, lastResult)
	const before = snapshotBeforeUse(lastResult, defaultValue)
	const names = new Set([
		...Object.keys(defaultValue),
		...Object.keys(lastResult?.initialValue ?? {}),
		...Object.keys(lastResult?.error ?? {}),
	])
	for (const name of names) {
		// The kit's forms read their fields by top-level name; the form's own messages are under "".
		if (/^\w+$/.test(name)) {
			expect(before.initialValue[name], `initial value of ${name}`).toEqual(engine.initialValue[name])
		}
		expect(before.error[name] ?? undefined, `messages of ${name}`).toEqual(engine.error[name] ?? undefined)
	}
	expect(before.status).toBe(engine.submissionStatus)
	return before
}

const pageValues = {
	name: 'Flemingsberg GMP',
	empty: '',
	missing: null,
	areaSqm: 420,
	availableFrom: new Date('2027-04-01T00:00:00Z'),
	verified: true,
	archived: false,
	modalities: ['car-t', 'aav'],
	none: [],
	address: { street: 'Hälsovägen 7', city: '' },
}

describe('a form before its first use starts where Conform’s engine would', () => {
	it('turns the page’s values into the initial values the engine posts and shows', () => {
		const before = sameAsEngine(pageValues)
		expect(before.initialValue).toMatchObject({
			name: 'Flemingsberg GMP',
			areaSqm: '420',
			availableFrom: '2027-04-01T00:00:00.000Z',
			verified: 'on',
			modalities: ['car-t', 'aav'],
			address: { street: 'Hälsovägen 7' },
		})
		expect(before.initialValue).not.toHaveProperty('empty')
		expect(before.initialValue).not.toHaveProperty('archived')
	})

	it('shows what a refused post sent back, and every message it brought', () => {
		const before = sameAsEngine(pageValues, {
			status: 'error',
			initialValue: { name: 'Typed again', email: 'not an address', modalities: ['aav'] },
			error: { email: ['check.email'], '': ['rule:invalid-input'], 'modalities[0]': ['check.unknownCode'] },
		})
		expect(before.initialValue.name).toBe('Typed again')
		expect(before.error.email).toEqual(['check.email'])
	})

	it('after the server checked one field, shows that field’s messages and not the others’', () => {
		const before = sameAsEngine(
			{ name: '', email: '' },
			{
				initialValue: { name: '', email: 'x' },
				error: { name: ['check.required'], email: ['check.email'] },
				intent: { type: 'validate', payload: { name: 'email' } },
				state: { validated: { email: true } },
			},
		)
		expect(before.error.email).toEqual(['check.email'])
		expect(before.error.name).toBeUndefined()
	})

	it('after a reply that reset the form, starts again from the page’s values', () => {
		const before = sameAsEngine({ name: 'Saved name' }, { status: 'success', initialValue: null })
		expect(before.initialValue.name).toBe('Saved name')
	})
})

describe('the form’s metadata', () => {
	it('names each field after its form and ties its messages to it', () => {
		const [form, fields] = formMetadata<{ email: string; terms: boolean; scopes: string[] }>(
			'signup',
			snapshotBeforeUse(
				{ initialValue: { email: 'a@b', terms: 'on', scopes: ['read'] }, error: { email: ['check.email'], '': ['x'] } },
				{},
			),
			() => undefined,
		)
		expect(form.id).toBe('signup')
		expect(form.errors).toEqual(['x'])
		expect(Object.keys(form.allErrors).sort()).toEqual(['', 'email'])
		expect(fields.email).toMatchObject({ id: 'signup-email', name: 'email', errorId: 'signup-email-error' })
		expect(fields.email.errors).toEqual(['check.email'])
		expect(controlProps(fields.email, 'text')).toMatchObject({ name: 'email', form: 'signup', defaultValue: 'a@b' })
		expect(controlProps(fields.terms, 'checkbox')).toMatchObject({ value: 'on', defaultChecked: true })
		expect(controlProps(fields.scopes, 'select')).toMatchObject({ defaultValue: ['read'] })
	})
})
