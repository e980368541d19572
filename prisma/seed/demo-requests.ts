// Match requests for the demo database, written through the same use cases
// as the pages (save, submit, route), so the coordinator's screens show real
// suggestions with their reasons on the first visit. Run once, right after
// the demo listings and users were seeded into an empty database.
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { saveRequest } from '../../app/domain/requests/save-request.server.ts'
import type { RequestFields } from '../../app/domain/requests/request-form-schema.ts'
import { prisma } from '../../app/utils/db.server.ts'

interface DemoRequest {
	byEmail: string
	fields: Omit<RequestFields, 'organizationId'>
	contentLocale: 'en' | 'sv'
}

const demoRequests: readonly DemoRequest[] = [
	{
		byEmail: 'company-admin@demo.atmp-flemingsberg.example',
		contentLocale: 'en',
		fields: {
			title: 'GMP manufacturing slot for an autologous CAR-T product, phase I',
			teaser:
				'A Flemingsberg cell therapy company looks for GMP manufacturing capacity for an autologous CAR-T product entering a phase I trial in 2027.',
			description:
				'We need a manufacturing partner with grade B cleanrooms and QP release for about 20 patient batches from spring 2027. Our process is closed and semi-automated; tech transfer documentation is ready. Lentiviral vector is already secured from another supplier.',
			services: ['gmp-manufacturing', 'qp-release'],
			modalities: ['car-t'],
			phase: 'phase-1',
			neededBy: '2027-04-30',
			requiredGrades: ['B'],
			requiredLicences: [],
			confidentiality: 'hub_only',
		},
	},
	{
		byEmail: 'company-member@demo.atmp-flemingsberg.example',
		contentLocale: 'sv',
		fields: {
			title: 'Partner för QC-frisläppning av CAR-T-batcher',
			teaser:
				'Vi söker ett laboratorium som kan utföra frisläppningstester (sterilitet, mykoplasma, flödescytometri) för CAR-T.',
			description:
				'Vi behöver validerade metoder för sterilitet, mykoplasma och identitet med flödescytometri för upp till 30 batcher per år. Laboratoriet bör ha GMP-certifikat.',
			services: ['qc-testing'],
			modalities: ['car-t'],
			requiredGrades: [],
			requiredLicences: ['gmp-certificate'],
			confidentiality: 'open_call',
		},
	},
]

export async function seedDemoRequests(options: { baseUrl: string; log?: (line: string) => void }): Promise<number> {
	let count = 0
	for (const demo of demoRequests) {
		const user = await prisma().user.findUnique({
			where: { email: demo.byEmail },
			select: { id: true, platformRole: true, memberships: { select: { organizationId: true, role: true } } },
		})
		const organizationId = user?.memberships[0]?.organizationId
		if (!user || !organizationId) continue
		const actor: Actor = {
			userId: user.id,
			platformRole: user.platformRole,
			emailVerified: true,
			memberships: user.memberships,
		}
		await saveRequest({
			actor,
			fields: { ...demo.fields, organizationId },
			intent: 'submit',
			contentLocale: demo.contentLocale,
			baseUrl: options.baseUrl,
		})
		count++
	}
	options.log?.(`Demo match requests submitted: ${count}.`)
	return count
}
