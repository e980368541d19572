// Establishment offers for the demo database: fictional offers at real
// places of the Flemingsberg campus, written through the same use case as
// the curators' form (createOffer), by the demo establishment office. Run
// once, right after the demo users were seeded into an empty database.
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { createOffer } from '../../app/domain/establishment/create-offer.server.ts'
import { prisma } from '../../app/utils/db.server.ts'

const OFFICE_EMAIL = 'office@demo.atmp-flemingsberg.example'

const contact = {
	contactName: 'Establishment Office (demo)',
	contactEmail: OFFICE_EMAIL,
	contactPhone: '+46 8 000 00 00',
}

/** The form's values, as a curator types them. */
export const demoOffers: ReadonlyArray<Record<string, string>> = [
	{
		kind: 'coworking',
		titleEn: 'Coworking desks at the Innovation Station',
		titleSv: 'Kontorsplatser i Innovation Station',
		descriptionEn:
			'Flexible desks in the shared workspace by Flemingsberg station, twelve minutes from Stockholm Central. Meeting rooms, a kitchen and events with the hub’s companies are included.',
		descriptionSv:
			'Flexibla arbetsplatser i det delade kontoret vid Flemingsbergs station, tolv minuter från Stockholms central. Mötesrum, kök och träffar med hubbens företag ingår.',
		termsEn: 'Monthly membership, one month’s notice, SEK 2,500–3,500 per desk and month.',
		termsSv: 'Månadsmedlemskap med en månads uppsägning, 2 500–3 500 kr per plats och månad.',
		site: 'innovation-station',
		sizeValue: '24',
		sizeUnit: 'desks',
		status: 'available',
	},
	{
		kind: 'coworking',
		titleEn: 'Small offices for start-ups at the Innovation Station',
		titleSv: 'Små kontor för startups i Innovation Station',
		descriptionEn:
			'Lockable offices for teams of two to six, next to the coworking floor, for a company that has outgrown a desk.',
		descriptionSv:
			'Låsbara kontor för team på två till sex personer, intill coworkingytan, för företag som vuxit ur en arbetsplats.',
		termsEn: 'Twelve-month lease, renewable.',
		termsSv: 'Tolv månaders hyresavtal som kan förlängas.',
		site: 'innovation-station',
		sizeValue: '40',
		sizeUnit: 'sqm',
		availableFrom: '2027-02-01',
		status: 'reserved',
	},
	{
		kind: 'lab',
		titleEn: 'Wet lab suite in Novum',
		titleSv: 'Våtlabb i Novum',
		descriptionEn:
			'A fitted biosafety level 2 laboratory with fume cupboards, cold room access and office space for a research team, in the Novum building next to Karolinska Institutet.',
		descriptionSv:
			'Ett färdigt laboratorium för skyddsnivå 2 med dragskåp, tillgång till kylrum och kontorsplatser för en forskargrupp, i Novum intill Karolinska Institutet.',
		termsEn: 'Lease of three years or more; shared instruments by agreement.',
		termsSv: 'Hyresavtal på minst tre år; delade instrument enligt överenskommelse.',
		site: 'novum',
		sizeValue: '320',
		sizeUnit: 'sqm',
		availableFrom: '2027-03-01',
		status: 'available',
	},
	{
		kind: 'cleanroom',
		titleEn: 'GMP cleanroom suite in Novum',
		titleSv: 'GMP-renrum i Novum',
		descriptionEn:
			'A grade B cleanroom suite with grade C and D support rooms, designed for cell therapy manufacturing, with QC laboratory space beside it.',
		descriptionSv:
			'En renrumssvit i klass B med stödrum i klass C och D, utformad för tillverkning av cellterapier, med QC-laboratorium intill.',
		termsEn: 'Long-term lease; qualification support through the establishment office.',
		termsSv: 'Långsiktigt hyresavtal; stöd med kvalificering via etableringskontoret.',
		site: 'novum',
		sizeValue: '180',
		sizeUnit: 'sqm',
		availableFrom: '2027-09-01',
		status: 'available',
	},
	{
		kind: 'land',
		titleEn: 'Ready-to-build plot in Flemingsberg',
		titleSv: 'Byggklar tomt i Flemingsberg',
		descriptionEn:
			'A plot zoned for laboratories and offices between the station and the campus, with a detailed development plan in place and utilities at the boundary.',
		descriptionSv:
			'En tomt planlagd för laboratorier och kontor mellan stationen och campus, med gällande detaljplan och ledningar fram till tomtgränsen.',
		termsEn: 'Land allocation agreement with the municipality, then purchase or site leasehold.',
		termsSv: 'Markanvisningsavtal med kommunen, därefter köp eller tomträtt.',
		site: 'flemingsberg-development-area',
		sizeValue: '12000',
		sizeUnit: 'sqm',
		status: 'available',
	},
	{
		kind: 'office_service',
		titleEn: 'Help with permits',
		titleSv: 'Hjälp med tillstånd',
		descriptionEn:
			'The establishment office guides you through building, environmental and GMP-related permits, and puts you in touch with the right authority early.',
		descriptionSv:
			'Etableringskontoret guidar dig genom bygg-, miljö- och GMP-relaterade tillstånd och kopplar dig tidigt till rätt myndighet.',
		termsEn: 'Free of charge for companies establishing in Flemingsberg.',
		termsSv: 'Kostnadsfritt för företag som etablerar sig i Flemingsberg.',
		status: 'available',
	},
	{
		kind: 'office_service',
		titleEn: 'Help with recruitment',
		titleSv: 'Hjälp med rekrytering',
		descriptionEn:
			'Introductions to the universities’ career services, graduate programmes and the hub’s network, so you can staff a new site quickly.',
		descriptionSv:
			'Kontakter med lärosätenas karriärcenter, examensprogram och hubbens nätverk, så att du snabbt kan bemanna en ny verksamhet.',
		termsEn: 'Free of charge for companies establishing in Flemingsberg.',
		termsSv: 'Kostnadsfritt för företag som etablerar sig i Flemingsberg.',
		status: 'available',
	},
	{
		kind: 'office_service',
		titleEn: 'Help with housing for new staff',
		titleSv: 'Hjälp med bostad för nyanställda',
		descriptionEn:
			'Guidance on rental and corporate housing in Huddinge and southern Stockholm for staff who move here.',
		descriptionSv:
			'Vägledning om hyresrätter och företagsbostäder i Huddinge och södra Stockholm för medarbetare som flyttar hit.',
		termsEn: 'Free of charge for companies establishing in Flemingsberg.',
		termsSv: 'Kostnadsfritt för företag som etablerar sig i Flemingsberg.',
		status: 'available',
	},
]

export async function seedDemoOffers(options: { log?: (line: string) => void } = {}): Promise<number> {
	const office = await prisma().user.findUnique({
		where: { email: OFFICE_EMAIL },
		select: { id: true, platformRole: true, establishmentOffice: true },
	})
	if (!office || (await prisma().establishmentOffer.count()) > 0) return 0
	const actor: Actor = {
		userId: office.id,
		platformRole: office.platformRole,
		emailVerified: true,
		memberships: [],
		establishmentOffice: office.establishmentOffice,
	}
	for (const offer of demoOffers) await createOffer(actor, { ...contact, ...offer, published: 'on' })
	options.log?.(`Demo establishment offers: ${demoOffers.length}.`)
	return demoOffers.length
}
