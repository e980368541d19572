// The one action helper: what a page gets back for each way a post can end.
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
	confirmFirst,
	conflict,
	formIntent,
	handleForm,
	handleIntents,
	noFields,
	refuse,
	stay,
	tooManyAttempts,
} from '../../app/components/forms/form-action.server.ts'
import { PermissionDenied } from '../../app/domain/auth/permissions.ts'
import { message } from '../../app/domain/messages.ts'
import { RuleError } from '../../app/domain/rules.ts'

const schema = z.object({
	name: z.string({ required_error: message('check.required', { label: 'label.name' }) }).min(1),
	password: z.string().optional(),
})

function form(entries: Record<string, string>): FormData {
	const data = new FormData()
	for (const [name, value] of Object.entries(entries)) data.set(name, value)
	return data
}

interface Reply {
	result: { status?: string; error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> | null }
	notice?: { tone: string; message: string }
	intent?: string
	[extra: string]: unknown
}

/** A reply (not a redirect), reduced to status, headers and body. */
function reply(answer: unknown): { status: number; headers: Headers; body: Reply } {
	expect(answer).not.toBeInstanceOf(Response)
	const { data, init } = answer as { data: Reply; init: ResponseInit | null }
	return { status: init?.status ?? 200, headers: new Headers(init?.headers), body: data }
}

describe('handleForm', () => {
	it('redirects where the use case says (Post / Redirect / Get)', async () => {
		const answer = await handleForm(form({ name: 'Ada' }), schema, async () => '/done')
		expect(answer).toBeInstanceOf(Response)
		expect((answer as Response).status).toBe(302)
		expect((answer as Response).headers.get('Location')).toBe('/done')
	})

	it('answers input the schema refuses with 400 and every field’s message, without running the use case', async () => {
		let ran = false
		const answer = reply(
			await handleForm(
				form({ password: 'secret' }),
				schema,
				async () => {
					ran = true
					return '/done'
				},
				{ echo: { intent: 'save' }, hideFields: ['password'] },
			),
		)
		expect(ran).toBe(false)
		expect(answer.status).toBe(400)
		expect(answer.body.intent).toBe('save')
		expect(answer.body.result.error?.name).toEqual([message('check.required', { label: 'label.name' })])
		expect(answer.body.result.initialValue).not.toHaveProperty('password')
	})

	it('answers a rule the use case refused with 400, by the field it concerns', async () => {
		const answer = reply(
			await handleForm(form({ name: 'Ada' }), schema, async () => {
				throw new RuleError('merge-same-listing', 'name')
			}),
		)
		expect(answer.status).toBe(400)
		expect(answer.body.result.error?.name).toEqual(['rule:merge-same-listing'])
	})

	it('answers a conflict (someone acted first) with 409, above the form', async () => {
		const answer = reply(
			await handleForm(form({ name: 'Ada' }), schema, async () => {
				throw new RuleError('revision-already-decided')
			}),
		)
		expect(answer.status).toBe(409)
		expect(answer.body.result.error?.['']).toEqual(['rule:revision-already-decided'])
	})

	it('answers input a use case’s own schema refused with 400, field by field', async () => {
		const answer = reply(
			await handleForm(form({ name: 'Ada' }), schema, async () => {
				throw RuleError.invalid([
					{ field: 'name', message: 'check.required' },
					{ field: '', message: 'check.notRecord' },
				])
			}),
		)
		expect(answer.status).toBe(400)
		expect(answer.body.result.error).toMatchObject({ name: ['check.required'], '': ['check.notRecord'] })
	})

	it('answers too many attempts with 429, Retry-After and the wait in words by its field', async () => {
		const answer = reply(
			await handleForm(form({ name: 'Ada' }), schema, async () => tooManyAttempts(125, 'name'), {
				hideFields: ['password'],
			}),
		)
		expect(answer.status).toBe(429)
		expect(answer.headers.get('Retry-After')).toBe('125')
		expect(answer.body.result.error?.name).toEqual([message('auth.rateLimited', { minutes: 3 })])
	})

	it('stays on the page with a notice, extra data and headers when the use case says so', async () => {
		const answer = reply(
			await handleForm(form({ name: 'Ada' }), schema, async () =>
				stay({
					notice: { tone: 'success', message: 'account.profile.saved' },
					extra: { sentTo: 'ada@example.org' },
					headers: { 'Set-Cookie': 'lang=sv' },
				}),
			),
		)
		expect(answer.status).toBe(200)
		expect(answer.body.notice).toEqual({ tone: 'success', message: 'account.profile.saved' })
		expect(answer.body.sentTo).toBe('ada@example.org')
		expect(answer.headers.get('Set-Cookie')).toBe('lang=sv')
	})

	it('says a use case’s own refusal with 400, and a conflict it reports with 409', async () => {
		const refused = reply(
			await handleForm(form({ name: 'Ada' }), schema, async () => refuse('auth.wrongPassword', 'name')),
		)
		expect(refused.status).toBe(400)
		expect(refused.body.result.error?.name).toEqual(['auth.wrongPassword'])
		const late = reply(
			await handleForm(form({ name: 'Ada' }), schema, async () => conflict('claimReview.alreadyDecided')),
		)
		expect(late.status).toBe(409)
		expect(late.body.result.error?.['']).toEqual(['claimReview.alreadyDecided'])
	})

	it('turns a permission refusal into 403 and lets every other error through', async () => {
		const forbidden = await handleForm(form({ name: 'Ada' }), schema, async () => {
			throw new PermissionDenied('listing.verify')
		}).catch((thrown: unknown) => thrown)
		expect(forbidden).toBeInstanceOf(Response)
		expect((forbidden as Response).status).toBe(403)
		await expect(
			handleForm(form({ name: 'Ada' }), schema, async () => {
				throw new Error('database gone')
			}),
		).rejects.toThrow('database gone')
	})
})

describe('handleIntents', () => {
	const intents = (prepared: string[]) => ({
		save: formIntent(schema, async ({ name }) => `/saved/${name}`),
		send: formIntent(schema, async () => '/sent', { echo: { routeId: 'r1' } }),
		remove: () => {
			prepared.push('remove')
			return formIntent(noFields, async () => '/removed')
		},
	})

	it('sends the post through the form its intent names, echoing the intent and its own echo', async () => {
		const saved = await handleIntents(form({ intent: 'save', name: 'Ada' }), intents([]))
		expect((saved as Response).headers.get('Location')).toBe('/saved/Ada')
		const refused = reply(await handleIntents(form({ intent: 'send' }), intents([])))
		expect(refused.status).toBe(400)
		expect(refused.body).toMatchObject({ intent: 'send', routeId: 'r1' })
		expect(refused.body.result.error?.name).toEqual([message('check.required', { label: 'label.name' })])
	})

	it('never sends back the fields an intent hides (passwords), as handleForm does', async () => {
		const hidden = { save: formIntent(schema, async () => '/saved', { hideFields: ['password'] }) }
		const answer = reply(await handleIntents(form({ intent: 'save', password: 'secret' }), hidden))
		expect(answer.status).toBe(400)
		expect(answer.body.intent).toBe('save')
		expect(answer.body.result.initialValue).not.toHaveProperty('password')
	})

	it('prepares an intent given as a function only when its form was sent', async () => {
		const prepared: string[] = []
		await handleIntents(form({ intent: 'save', name: 'Ada' }), intents(prepared))
		expect(prepared).toEqual([])
		const removed = await handleIntents(form({ intent: 'remove' }), intents(prepared))
		expect((removed as Response).headers.get('Location')).toBe('/removed')
		expect(prepared).toEqual(['remove'])
	})

	it.each<Record<string, string>>([{}, { intent: 'unknown' }, { intent: 'toString' }, { intent: '__proto__' }])(
		'answers a post that names none of the forms (%o) with 400',
		async (entries) => {
			const thrown = await handleIntents(form(entries), intents([])).catch((error: unknown) => error)
			expect(thrown).toBeInstanceOf(Response)
			expect((thrown as Response).status).toBe(400)
		},
	)
})

describe('confirmFirst', () => {
	const closing = (entries: Record<string, string>, ran: string[]) => {
		const data = form(entries)
		return handleForm(
			data,
			schema,
			confirmFirst(data, async ({ name }) => {
				ran.push(name)
				return '/closed'
			}),
		)
	}

	it('answers a first post with what was sent, for the page to ask, and does nothing', async () => {
		const ran: string[] = []
		const answer = reply(await closing({ intent: 'close', name: 'Ada', password: 'x' }, ran))
		expect(answer.status).toBe(200)
		expect(answer.body.confirming).toEqual([
			['name', 'Ada'],
			['password', 'x'],
		])
		expect(ran).toEqual([])
	})

	it('does it on the post that carries the confirmation', async () => {
		const ran: string[] = []
		const answer = await closing({ intent: 'close', name: 'Ada', confirm: 'yes' }, ran)
		expect((answer as Response).headers.get('Location')).toBe('/closed')
		expect(ran).toEqual(['Ada'])
	})

	it('checks the rules before asking, and says what the question needs', async () => {
		const ask = (name: string) => {
			const data = form({ intent: 'merge', name })
			return handleForm(
				data,
				schema,
				confirmFirst(
					data,
					async () => '/merged',
					async (value) => {
						if (value.name === 'Self') throw new RuleError('merge-same-listing', 'name')
						return { survivor: `${value.name} AB` }
					},
				),
			)
		}
		expect(reply(await ask('Ada')).body).toMatchObject({ survivor: 'Ada AB', confirming: [['name', 'Ada']] })
		const refused = reply(await ask('Self'))
		expect(refused.status).toBe(400)
		expect(refused.body.result.error?.name).toEqual(['rule:merge-same-listing'])
	})

	it('asks nothing while the schema refuses the input', async () => {
		const ran: string[] = []
		const answer = reply(await closing({ intent: 'close', confirm: 'yes' }, ran))
		expect(answer.status).toBe(400)
		expect(answer.body).not.toHaveProperty('confirming')
		expect(ran).toEqual([])
	})
})
