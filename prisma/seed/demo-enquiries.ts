// Establishment enquiries for the demo database, so the office's queue is not
// empty on the first visit: one a member sent signed in, one a visitor
// confirmed and the office answered, one closed with its outcome. Written
// through the enquiry use cases, by the demo accounts, after the demo offers.
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { answerEnquiry } from '../../app/domain/establishment/enquiries/answer-enquiry.server.ts'
import { closeEnquiry } from '../../app/domain/establishment/enquiries/close-enquiry.server.ts'
import { confirmEnquiry } from '../../app/domain/establishment/enquiries/confirm-enquiry.server.ts'
import { issueEnquiryLink } from '../../app/domain/establishment/enquiries/enquiry-records.server.ts'
import { submitEnquiry } from '../../app/domain/establishment/enquiries/submit-enquiry.server.ts'
import { viewerOfUser } from '../../app/domain/auth/viewer-of-session.server.ts'
import { prisma } from '../../app/utils/db.server.ts'

const OFFICE_EMAIL = 'office@demo.atmp-flemingsberg.example'
const MEMBER_EMAIL = 'company-member@demo.atmp-flemingsberg.example'

async function actorByEmail(email: string): Promise<Actor | null> {
	const user = await prisma().user.findUnique({ where: { email }, select: { id: true } })
	return user ? viewerOfUser(user.id) : null
}

/** A visitor's enquiry, confirmed as if from its mail (the seed issues a link of its own to confirm with). */
async function visitorEnquiry(form: Record<string, string>, context: { baseUrl: string; now: Date }) {
	await submitEnquiry(form, { actor: null, ip: 'demo-seed', locale: 'en', ...context })
	const { id } = await prisma().establishmentEnquiry.findFirstOrThrow({
		where: { company: form.company, status: 'unconfirmed' },
		select: { id: true },
	})
	const token = await prisma().$transaction((tx) => issueEnquiryLink(tx, id))
	await confirmEnquiry({ token, baseUrl: context.baseUrl, now: context.now })
	return id
}

export async function seedDemoEnquiries(options: { baseUrl: string; log?: (line: string) => void }): Promise<number> {
	const office = await actorByEmail(OFFICE_EMAIL)
	const member = await actorByEmail(MEMBER_EMAIL)
	if (!office || !member || (await prisma().establishmentEnquiry.count()) > 0) return 0
	const now = new Date()
	const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 3_600_000)
	const { baseUrl } = options

	await submitEnquiry(
		{
			offer: 'small-offices-for-start-ups-at-the-innovation-station',
			company: 'Visättra Cell Therapeutics AB',
			need: 'Our CAR-T team grows from four to nine next year: we need an office for the business side, close to our lab space.',
			sizeValue: '6',
			sizeUnit: 'desks',
			timing: 'From April 2027',
			contactName: 'Demo Company Member',
			contactEmail: MEMBER_EMAIL,
		},
		{ actor: member, ip: 'demo-seed', locale: 'en', baseUrl, now: daysAgo(1) },
	)

	const answered = await visitorEnquiry(
		{
			company: 'Lindholmen Gene Medicines AB (demo)',
			need: 'A Gothenburg gene therapy company looking at a second site: 300–400 m² of lab space with room for a small cleanroom later, and help with recruitment.',
			sizeText: '300–400 m² of lab',
			timing: 'Within a year',
			contactName: 'Alva Demo',
			contactEmail: 'alva@lindholmen-gene.example',
		},
		{ baseUrl, now: daysAgo(4) },
	)
	await answerEnquiry({
		actor: office,
		enquiryId: answered,
		body: 'Thank you for your interest! Novum has a wet lab suite from March, and the establishment office can introduce you to the recruitment partners of the hub. Would a visit in two weeks suit you?',
		baseUrl,
		now: daysAgo(3),
	})

	const closed = await visitorEnquiry(
		{
			offer: 'ready-to-build-plot-in-flemingsberg',
			company: 'Nordic Viral Manufacturing AB (demo)',
			need: 'Land for a 6,000 m² viral vector production plant.',
			sizeValue: '20000',
			sizeUnit: 'sqm',
			timing: '2028',
			contactName: 'Olof Demo',
			contactEmail: 'olof@nordic-viral.example',
		},
		{ baseUrl, now: daysAgo(20) },
	)
	await answerEnquiry({
		actor: office,
		enquiryId: closed,
		body: 'The plot fits the size; the detailed development plan allows production buildings. Shall we send the plan?',
		baseUrl,
		now: daysAgo(19),
	})
	await closeEnquiry({
		actor: office,
		enquiryId: closed,
		outcome: 'chose_elsewhere',
		outcomeNote: 'Chose a site closer to their existing plant.',
		baseUrl,
		now: daysAgo(10),
	})
	options.log?.('Demo establishment enquiries: 3.')
	return 3
}
