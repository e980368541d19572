// The organisation form asks for an address and the expert form for
// languages by name; both post to the same actions as before. Bad input
// comes back as messages beside its fields with nothing written; a known
// campus address puts the organisation on the map by itself.
import { beforeAll, describe, expect, it } from 'vitest'
import { renderMessage } from '../../app/domain/messages.ts'
import { translator } from '../../app/i18n/messages.ts'
import * as newRoute from '../../app/routes/_member.my-listings.new.tsx'
import { prisma } from '../../app/utils/db.server.ts'
import { sessionCookie } from '../accounts/factories.ts'
import { call, requestAs } from '../authorization/route-calls.ts'
import { createUser } from './factories.ts'
import { withTestDatabase } from '../setup/database.ts'

withTestDatabase()

type Reply = { result: { error: Record<string, string[]>; initialValue: Record<string, unknown> } }

async function newUserCookie() {
	return sessionCookie((await createUser()).userId)
}

function replyOf(body: unknown) {
	return (body as Reply).result
}

/** Registers an organisation as a new user, through the form's action. */
async function register(fields: Record<string, string>) {
	return call(
		newRoute.action,
		requestAs(await newUserCookie(), '/my-listings/new?type=organization', {
			intent: 'submit',
			kind: 'company',
			...fields,
		}),
	)
}

/** The listing a successful registration wrote. */
async function registered(fields: Record<string, string> & { name: string }) {
	expect((await register(fields)).status).toBe(302)
	return prisma().listing.findFirstOrThrow({ where: { name: fields.name } })
}

describe('registering an organisation with its address', () => {
	it('fills the postcode, campus and map position from a known campus building', async () => {
		const listing = await registered({ name: 'Hälsan Cell Therapies AB', street: 'Hälsovägen 7', postcode: '' })
		expect(listing).toMatchObject({ street: 'Hälsovägen 7', postcode: '141 57', city: 'Huddinge', campus: 'Novum' })
		expect(listing.lat).toBeCloseTo(59.22, 1)
		expect(listing.lng).toBeCloseTo(17.94, 1)
	})

	it('leaves the position empty for an address that names no known building', async () => {
		const listing = await registered({ name: 'Nine AB', street: 'Hälsovägen 9', postcode: '14157', city: 'Solna' })
		expect(listing).toMatchObject({ postcode: '141 57', city: 'Solna', lat: null, lng: null, campus: null })
	})

	it('answers a bad postcode and half a position with messages by the fields, and writes nothing', async () => {
		const before = { listings: await prisma().listing.count(), memberships: await prisma().membership.count() }
		const outcome = await register({
			name: 'Half Way AB',
			street: 'Hälsovägen 7',
			postcode: '1415',
			lat: '59.22',
		})
		expect(outcome.status).toBe(400)
		const result = replyOf(outcome.body)
		expect(Object.keys(result.error).sort()).toEqual(['lng', 'postcode'])
		expect(renderMessage(translator('sv'), result.error.postcode![0]!)).toBe(
			'Skriv ett svenskt postnummer, till exempel 141 57.',
		)
		expect(result.initialValue).toMatchObject({ street: 'Hälsovägen 7', postcode: '1415' })
		expect({ listings: await prisma().listing.count(), memberships: await prisma().membership.count() }).toEqual(before)
	})
})

describe('an expert profile with languages by name', () => {
	let cookie: string

	beforeAll(async () => {
		cookie = await newUserCookie()
	})

	it('names the word it does not understand, in the reader’s language, and writes nothing', async () => {
		const before = await prisma().listing.count()
		const outcome = await call(
			newRoute.action,
			requestAs(cookie, '/my-listings/new?type=expert', {
				intent: 'submit',
				name: 'Dr Klingon',
				languages: 'svenska, klingon',
			}),
		)
		expect(outcome.status).toBe(400)
		// One message, by the (only) line of the languages field that it concerns.
		const { error } = replyOf(outcome.body)
		expect(Object.keys(error)).toEqual(['languages[0]'])
		const [encoded] = error['languages[0]']!
		expect(renderMessage(translator('en'), encoded!)).toBe('“klingon” is not a language we know.')
		expect(renderMessage(translator('sv'), encoded!)).toBe('”klingon” är inget språk vi känner till.')
		expect(await prisma().listing.count()).toBe(before)
	})

	it('stores languages written by name in either language as their codes', async () => {
		const outcome = await call(
			newRoute.action,
			requestAs(cookie, '/my-listings/new?type=expert', {
				intent: 'submit',
				name: 'Dr Polyglot',
				languages: 'svenska, English and Deutsch\nfrançais',
			}),
		)
		expect(outcome.status).toBe(302)
		const listing = await prisma().listing.findFirstOrThrow({ where: { name: 'Dr Polyglot' } })
		expect(listing.languages).toEqual(['sv', 'en', 'de', 'fr'])
	})
})
