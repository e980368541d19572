// Establishment enquiries through their use cases: a visitor's waits for the
// mail's confirmation, a member's reaches the office at once; the office
// answers (the enquirer hears by mail, with a link back), hands over to a
// provider, closes with an outcome; unconfirmed ones expire. Bad input and
// steps the lifecycle does not allow write nothing.
import { describe, expect, it } from 'vitest'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { PermissionDenied } from '../../app/domain/auth/permissions.ts'
import { answerEnquiry } from '../../app/domain/establishment/enquiries/answer-enquiry.server.ts'
import { closeEnquiry } from '../../app/domain/establishment/enquiries/close-enquiry.server.ts'
import { confirmEnquiry } from '../../app/domain/establishment/enquiries/confirm-enquiry.server.ts'
import { expireUnconfirmedEnquiries } from '../../app/domain/establishment/enquiries/expire-enquiries.server.ts'
import { handOverEnquiry } from '../../app/domain/establishment/enquiries/hand-over-enquiry.server.ts'
import { replyToEnquiry } from '../../app/domain/establishment/enquiries/reply-to-enquiry.server.ts'
import { enquiryRateLimit, submitEnquiry } from '../../app/domain/establishment/enquiries/submit-enquiry.server.ts'
import { turnEnquiryIntoRequest } from '../../app/domain/establishment/enquiries/turn-into-request.server.ts'
import { withdrawEnquiry } from '../../app/domain/establishment/enquiries/withdraw-enquiry.server.ts'
import {
	enquiryQueue,
	enquiryThread,
	enquiryThreadByLink,
} from '../../app/domain/establishment/enquiries/enquiry-views.server.ts'
import { requestForRequester } from '../../app/domain/requests/request-views.server.ts'
import { RuleError } from '../../app/domain/rules.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { actorOf, addMembership, makeOrganization, makeUser, queuedMailTo } from '../accounts/factories.ts'
import { withTestDatabase } from '../setup/database.ts'

withTestDatabase()

const baseUrl = 'http://hub.test'
let ipCounter = 0
const context = (actor: Actor | null = null) => ({ actor, ip: `10.0.0.${++ipCounter}`, locale: 'en' as const, baseUrl })

const form = (overrides: Record<string, string> = {}) => ({
	company: 'Nordic Vector Labs AB',
	need: 'A lab bench and an office for four people.',
	sizeValue: '120',
	sizeUnit: 'sqm',
	timing: 'Spring 2027',
	contactName: 'Kim Enquirer',
	contactEmail: `kim-${Math.random().toString(36).slice(2)}@example.org`,
	...overrides,
})

async function office(): Promise<Actor> {
	const user = await makeUser()
	await prisma().user.update({ where: { id: user.id }, data: { establishmentOffice: true } })
	return actorOf(user.id)
}

function linkTokenIn(text: string): string {
	const match = text.match(/\/establish\/enquiries\/link\/([A-Za-z0-9_-]+)/)
	if (!match) throw new Error(`No enquiry link in: ${text}`)
	return match[1]!
}

async function lastLinkSentTo(address: string): Promise<string> {
	const mails = await queuedMailTo(address)
	return linkTokenIn(mails.at(-1)!.text)
}

async function countRows() {
	const db = prisma()
	return {
		enquiries: await db.establishmentEnquiry.count(),
		messages: await db.establishmentEnquiryMessage.count(),
		outbox: await db.outboxEvent.count(),
		notifications: await db.notification.count(),
	}
}

describe('a visitor’s enquiry', () => {
	it('waits unseen until confirmed from the mail, then reaches the office, which is told', async () => {
		const staff = await office()
		const sent = form()
		expect(await submitEnquiry(sent, context())).toEqual({ kind: 'check-mail' })
		const row = await prisma().establishmentEnquiry.findFirstOrThrow({ where: { contactEmail: sent.contactEmail } })
		expect(row).toMatchObject({ status: 'unconfirmed', sizeValue: 120, sizeUnit: 'sqm', senderUserId: null })
		expect(await enquiryQueue(staff, 'queue')).toEqual([])
		expect(await enquiryThread(staff, row.id)).toBeNull()

		const token = await lastLinkSentTo(sent.contactEmail)
		expect((await queuedMailTo(sent.contactEmail))[0]!.subject).toMatch(/Confirm your enquiry/)
		expect(await confirmEnquiry({ token, baseUrl })).toEqual({ enquiryId: row.id, confirmedNow: true })
		// A second press changes nothing and tells nobody again.
		expect(await confirmEnquiry({ token, baseUrl })).toEqual({ enquiryId: row.id, confirmedNow: false })
		expect((await enquiryQueue(staff, 'queue')).map((item) => item.id)).toEqual([row.id])
		const notices = await prisma().notification.findMany({ where: { userId: staff.userId } })
		expect(notices.map((notice) => notice.kind)).toEqual(['enquiry.received'])
		const staffMail = await prisma().user.findUniqueOrThrow({ where: { id: staff.userId } })
		expect((await queuedMailTo(staffMail.email)).map((mail) => mail.subject)).toEqual([
			'New enquiry to the establishment office: Nordic Vector Labs AB',
		])
		const audit = await prisma().auditEntry.findMany({ where: { entityId: row.id }, orderBy: { createdAt: 'asc' } })
		expect(audit.map((entry) => entry.action)).toEqual(['enquiry.submitted', 'enquiry.confirmed'])
	})

	it('hears the office’s answer by mail with a link of its own, and replies through it', async () => {
		const staff = await office()
		const sent = form()
		await submitEnquiry(sent, context())
		const confirmToken = await lastLinkSentTo(sent.contactEmail)
		const { enquiryId } = await confirmEnquiry({ token: confirmToken, baseUrl })

		await answerEnquiry({ actor: staff, enquiryId, body: 'Novum has 120 m² from March. Shall we meet?', baseUrl })
		const answerMail = (await queuedMailTo(sent.contactEmail)).at(-1)!
		expect(answerMail.subject).toBe('The establishment office has answered: Nordic Vector Labs AB')
		expect(answerMail.text).toContain('> Novum has 120 m² from March. Shall we meet?')
		const answerToken = linkTokenIn(answerMail.text)
		expect(answerToken).not.toBe(confirmToken)

		const thread = await enquiryThreadByLink(answerToken)
		expect(thread?.enquiry.status).toBe('answered')
		expect(thread?.messages.map((message) => [message.side, message.author])).toEqual([['office', null]])

		await replyToEnquiry({ enquirer: { token: answerToken }, body: 'Yes, Tuesday works.', baseUrl })
		const after = await enquiryThread(staff, enquiryId)
		expect(after?.enquiry.status).toBe('open')
		expect(after?.messages.map((message) => message.side)).toEqual(['office', 'enquirer'])
		// The first link still opens the thread too.
		expect((await enquiryThreadByLink(confirmToken))?.enquiry.id).toBe(enquiryId)
	})

	it('a made-up link opens nothing and confirms nothing', async () => {
		expect(await enquiryThreadByLink('not-a-real-link')).toBeNull()
		await expect(confirmEnquiry({ token: 'not-a-real-link', baseUrl })).rejects.toMatchObject({
			rule: 'enquiry-not-found',
		})
	})

	it('the honeypot and the rate limit keep bots out; bad input writes nothing', async () => {
		const before = await countRows()
		expect(await submitEnquiry({ ...form(), website: 'http://spam.example' }, context())).toEqual({
			kind: 'check-mail',
		})
		const refusal = await submitEnquiry(form({ company: ' ', contactEmail: 'nope', sizeUnit: '' }), context()).catch(
			(error: unknown) => error,
		)
		expect(refusal).toBeInstanceOf(RuleError)
		expect((refusal as RuleError).issues.map((issue) => issue.field).sort()).toEqual([
			'company',
			'contactEmail',
			'sizeUnit',
		])
		const { need: _left, ...withoutNeed } = form()
		await expect(submitEnquiry(withoutNeed, context())).rejects.toBeInstanceOf(RuleError)
		expect(await countRows()).toEqual(before)

		const sameAddress = { ...context(), ip: '10.9.9.9' }
		const results = []
		for (let attempt = 0; attempt <= enquiryRateLimit.limit; attempt++)
			results.push((await submitEnquiry(form(), sameAddress)).kind)
		expect(results).toEqual([...Array<string>(enquiryRateLimit.limit).fill('check-mail'), 'rate-limited'])
	})

	it('expires unconfirmed after a week, forgetting the contact details', async () => {
		const sent = form()
		await submitEnquiry(sent, { ...context(), now: new Date('2026-11-01T10:00:00Z') })
		const token = await lastLinkSentTo(sent.contactEmail)
		expect(await expireUnconfirmedEnquiries({ now: new Date('2026-11-05T10:00:00Z') })).toEqual({ expired: 0 })
		const { expired } = await expireUnconfirmedEnquiries({ now: new Date('2026-11-09T10:00:00Z') })
		expect(expired).toBeGreaterThanOrEqual(1)
		const row = await prisma().establishmentEnquiry.findFirstOrThrow({
			where: { company: sent.company, status: 'expired' },
		})
		expect(row).toMatchObject({ contactEmail: '', contactName: '', accessTokenHashes: [] })
		await expect(confirmEnquiry({ token, baseUrl })).rejects.toMatchObject({ rule: 'enquiry-not-found' })
	})
})

describe('a member’s enquiry and the office’s steps', () => {
	it('reaches the office at once; the member reads the answer on its page', async () => {
		const staff = await office()
		const memberUser = await makeUser()
		const member = await actorOf(memberUser.id)
		const result = await submitEnquiry(form({ contactEmail: memberUser.email }), context(member))
		expect(result.kind).toBe('sent')
		const enquiryId = (result as { enquiryId: string }).enquiryId
		expect((await enquiryQueue(staff, 'open')).map((item) => item.id)).toContain(enquiryId)

		await answerEnquiry({ actor: staff, enquiryId, body: 'Welcome!', baseUrl })
		const notices = await prisma().notification.findMany({ where: { userId: member.userId } })
		expect(notices.map((notice) => [notice.kind, (notice.payload as { path: string }).path])).toEqual([
			['enquiry.answered', `/establish/enquiries/${enquiryId}`],
		])
		expect((await enquiryThread(member, enquiryId))?.side).toBe('enquirer')
		await replyToEnquiry({ enquirer: { actor: member, enquiryId }, body: 'Thanks!', baseUrl })

		// Someone else's member account neither reads nor replies.
		const other = await actorOf((await makeUser()).id)
		expect(await enquiryThread(other, enquiryId)).toBeNull()
		await expect(replyToEnquiry({ enquirer: { actor: other, enquiryId }, body: 'Hi', baseUrl })).rejects.toMatchObject({
			rule: 'enquiry-not-found',
		})
	})

	it('is handed over to a provider, whose members are told and may read it', async () => {
		const staff = await office()
		const provider = await makeOrganization('Grantorp Test Biologics AB')
		const providerUser = await makeUser()
		await addMembership(providerUser.id, provider.id)
		const member = await actorOf((await makeUser()).id)
		const { enquiryId } = (await submitEnquiry(form(), context(member))) as { enquiryId: string }

		const providerActor = await actorOf(providerUser.id)
		expect(await enquiryThread(providerActor, enquiryId)).toBeNull()
		await handOverEnquiry({ actor: staff, enquiryId, listingId: provider.id, note: 'They need GMP space.', baseUrl })
		const notices = await prisma().notification.findMany({ where: { userId: providerUser.id } })
		expect(notices.map((notice) => notice.kind)).toEqual(['enquiry.handedOver'])
		const seen = await enquiryThread(providerActor, enquiryId)
		expect(seen?.side).toBe('provider')
		expect(seen?.enquiry.contactEmail).toBeTruthy()
		expect(seen?.messages.map((message) => message.side)).toEqual(['step'])
		const audit = await prisma().auditEntry.findFirstOrThrow({
			where: { entityId: enquiryId, action: 'enquiry.handedOver' },
		})
		expect(audit.changes).toEqual({ listingId: provider.id })

		// Not to a listing that is not published, and not by a member.
		const draft = await prisma().listing.create({
			data: { type: 'organization', ref: 'org-draft-x', slug: 'org-draft-x', name: 'Draft AB', status: 'draft' },
		})
		await expect(handOverEnquiry({ actor: staff, enquiryId, listingId: draft.id, baseUrl })).rejects.toMatchObject({
			rule: 'enquiry-listing-not-found',
		})
		await expect(handOverEnquiry({ actor: member, enquiryId, listingId: provider.id, baseUrl })).rejects.toBeInstanceOf(
			PermissionDenied,
		)
	})

	it('closes with an outcome; a closed enquiry takes no answer, reply or second close', async () => {
		const staff = await office()
		const memberUser = await makeUser()
		const memberEmail = memberUser.email
		const member = await actorOf(memberUser.id)
		const { enquiryId } = (await submitEnquiry(form(), context(member))) as { enquiryId: string }
		await expect(closeEnquiry({ actor: member, enquiryId, outcome: 'established', baseUrl })).rejects.toBeInstanceOf(
			PermissionDenied,
		)
		await closeEnquiry({ actor: staff, enquiryId, outcome: 'established', outcomeNote: 'Signed for Novum.', baseUrl })
		const row = await prisma().establishmentEnquiry.findUniqueOrThrow({ where: { id: enquiryId } })
		expect(row).toMatchObject({ status: 'closed', outcome: 'established', outcomeNote: 'Signed for Novum.' })
		// The member hears the outcome on the enquiry's page; the office's note stays the office's.
		const [closedNotice] = await prisma().notification.findMany({
			where: { userId: member.userId, kind: 'enquiry.closed' },
		})
		expect(closedNotice?.payload).toMatchObject({ path: `/establish/enquiries/${enquiryId}` })
		const closedMail = (await queuedMailTo(memberEmail)).at(-1)!
		expect(closedMail.text).toContain('> Established in Flemingsberg')
		expect(closedMail.text).not.toContain('Signed for Novum')
		const before = await countRows()
		for (const step of [
			() => closeEnquiry({ actor: staff, enquiryId, outcome: 'no_fit', baseUrl }),
			() => answerEnquiry({ actor: staff, enquiryId, body: 'One more thing', baseUrl }),
			() => replyToEnquiry({ enquirer: { actor: member, enquiryId }, body: 'And another', baseUrl }),
		])
			await expect(step()).rejects.toMatchObject({ rule: 'transition-not-allowed' })
		expect(await countRows()).toEqual(before)
		expect((await enquiryQueue(staff, 'closed')).map((item) => item.id)).toContain(enquiryId)
	})

	it('an empty answer writes nothing; only the office answers', async () => {
		const staff = await office()
		const member = await actorOf((await makeUser()).id)
		const { enquiryId } = (await submitEnquiry(form(), context(member))) as { enquiryId: string }
		const before = await countRows()
		await expect(answerEnquiry({ actor: staff, enquiryId, body: '   ', baseUrl })).rejects.toMatchObject({
			rule: 'message-invalid',
		})
		await expect(answerEnquiry({ actor: member, enquiryId, body: 'Hi', baseUrl })).rejects.toBeInstanceOf(
			PermissionDenied,
		)
		await expect(answerEnquiry({ actor: staff, enquiryId: 'not-an-id', body: 'Hi', baseUrl })).rejects.toMatchObject({
			rule: 'enquiry-not-found',
		})
		expect(await countRows()).toEqual(before)
	})
})

describe('when the enquirer withdraws', () => {
	it('a visitor withdraws through the mail’s link; the office is told and the thread takes nothing more', async () => {
		const staff = await office()
		const sent = form({ contactName: 'Vera Visitor' })
		await submitEnquiry(sent, context())
		const { enquiryId } = await confirmEnquiry({ token: await lastLinkSentTo(sent.contactEmail), baseUrl })
		await answerEnquiry({ actor: staff, enquiryId, body: 'Novum has space from March.', baseUrl })
		const token = await lastLinkSentTo(sent.contactEmail)

		await withdrawEnquiry({ enquirer: { token }, baseUrl })
		const row = await prisma().establishmentEnquiry.findUniqueOrThrow({ where: { id: enquiryId } })
		expect(row).toMatchObject({ status: 'closed', outcome: 'withdrawn' })
		expect(row.closedAt).not.toBeNull()
		const told = await prisma().notification.findMany({ where: { userId: staff.userId, kind: 'enquiry.withdrawn' } })
		expect(told).toHaveLength(1)
		expect((await enquiryQueue(staff, 'open')).map((item) => item.id)).not.toContain(enquiryId)

		const before = await countRows()
		for (const step of [
			() => withdrawEnquiry({ enquirer: { token }, baseUrl }),
			() => replyToEnquiry({ enquirer: { token }, body: 'Wait, one more thing', baseUrl }),
			() => closeEnquiry({ actor: staff, enquiryId, outcome: 'no_fit', baseUrl }),
		])
			await expect(step()).rejects.toMatchObject({ rule: 'transition-not-allowed' })
		expect(await countRows()).toEqual(before)
	})

	it('a member withdraws their own enquiry only; a made-up link withdraws nothing', async () => {
		await office()
		const member = await actorOf((await makeUser()).id)
		const stranger = await actorOf((await makeUser()).id)
		const { enquiryId } = (await submitEnquiry(form(), context(member))) as { enquiryId: string }
		await expect(withdrawEnquiry({ enquirer: { actor: stranger, enquiryId }, baseUrl })).rejects.toMatchObject({
			rule: 'enquiry-not-found',
		})
		await expect(withdrawEnquiry({ enquirer: { token: 'made-up' }, baseUrl })).rejects.toMatchObject({
			rule: 'enquiry-not-found',
		})
		expect((await prisma().establishmentEnquiry.findUniqueOrThrow({ where: { id: enquiryId } })).status).toBe('open')
		await withdrawEnquiry({ enquirer: { actor: member, enquiryId }, baseUrl })
		expect((await prisma().establishmentEnquiry.findUniqueOrThrow({ where: { id: enquiryId } })).outcome).toBe(
			'withdrawn',
		)
	})

	it('a visitor whose enquiry the office closes gets the outcome by mail, with a link back', async () => {
		const staff = await office()
		const sent = form({ contactName: 'Olle Outcome' })
		await submitEnquiry(sent, context())
		const { enquiryId } = await confirmEnquiry({ token: await lastLinkSentTo(sent.contactEmail), baseUrl })
		await closeEnquiry({ actor: staff, enquiryId, outcome: 'no_fit', outcomeNote: 'Too large for us.', baseUrl })
		const mail = (await queuedMailTo(sent.contactEmail)).at(-1)!
		expect(mail.subject).toBe('The establishment office has closed your enquiry: Nordic Vector Labs AB')
		expect(mail.text).toContain('with this outcome: Nothing fitted.')
		expect(mail.text).not.toContain('Too large for us.')
		expect((await enquiryThreadByLink(linkTokenIn(mail.text)))?.enquiry.status).toBe('closed')
	})
})

describe('turning an enquiry into a match request', () => {
	it('makes a draft request of the member’s organisation, linked both ways, once', async () => {
		const staff = await office()
		const memberUser = await makeUser()
		const organization = await makeOrganization('Enquiring Member AB')
		await addMembership(memberUser.id, organization.id)
		const member = await actorOf(memberUser.id)
		const { enquiryId } = (await submitEnquiry(form(), context(member))) as { enquiryId: string }

		const { requestId } = await turnEnquiryIntoRequest({ actor: staff, enquiryId, baseUrl })
		const request = await prisma().matchRequest.findUniqueOrThrow({
			where: { id: requestId },
			include: { fromEnquiry: { select: { id: true } } },
		})
		expect(request).toMatchObject({ status: 'draft', organizationId: organization.id, createdById: member.userId })
		expect(request.title).toMatch(/^Nordic Vector Labs AB: A lab bench/)
		expect(request.fromEnquiry?.id).toBe(enquiryId)
		const notices = await prisma().notification.findMany({ where: { userId: member.userId } })
		expect(notices.map((notice) => [notice.kind, (notice.payload as { path: string }).path])).toEqual([
			['enquiry.requestMade', `/requests/${requestId}`],
		])
		const before = await countRows()
		await expect(turnEnquiryIntoRequest({ actor: staff, enquiryId, baseUrl })).rejects.toMatchObject({
			rule: 'enquiry-already-requested',
		})
		expect(await countRows()).toEqual(before)
	})

	it('says on the request’s page which enquiry it came from, linked for its sender only', async () => {
		const staff = await office()
		const organization = await makeOrganization('Enquiry Origin AB')
		const [senderUser, colleagueUser] = [await makeUser(), await makeUser()]
		await addMembership(senderUser.id, organization.id)
		await addMembership(colleagueUser.id, organization.id)
		const sender = await actorOf(senderUser.id)
		const { enquiryId } = (await submitEnquiry(form({ company: 'Origin Cells AB' }), context(sender))) as {
			enquiryId: string
		}
		const { requestId } = await turnEnquiryIntoRequest({ actor: staff, enquiryId, baseUrl })

		const origin = async (actor: Actor) => (await requestForRequester(actor, requestId))?.request.fromEnquiry
		expect(await origin(sender)).toMatchObject({
			company: 'Origin Cells AB',
			href: `/establish/enquiries/${enquiryId}`,
		})
		// A colleague follows the request but may not open someone else's enquiry: its name, no link to a 403.
		expect(await origin(await actorOf(colleagueUser.id))).toMatchObject({ company: 'Origin Cells AB', href: null })
	})

	it('refuses a visitor’s enquiry and one from a member without an organisation, writing nothing', async () => {
		const staff = await office()
		const loner = await actorOf((await makeUser()).id)
		const { enquiryId } = (await submitEnquiry(form(), context(loner))) as { enquiryId: string }
		const requestsBefore = await prisma().matchRequest.count()
		await expect(turnEnquiryIntoRequest({ actor: staff, enquiryId, baseUrl })).rejects.toMatchObject({
			rule: 'enquiry-without-organization',
		})
		await expect(turnEnquiryIntoRequest({ actor: loner, enquiryId, baseUrl })).rejects.toBeInstanceOf(PermissionDenied)
		expect(await prisma().matchRequest.count()).toBe(requestsBefore)
	})
})
