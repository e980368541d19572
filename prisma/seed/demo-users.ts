// Sign-in accounts for the demo database, one per role people want to try.
import type { MembershipRole, PlatformRole } from '../../app/generated/prisma/enums.ts'

export interface DemoUser {
	email: string
	name: string
	password: string
	/**
	 * hashPassword(password), computed once: scrypt at full cost takes about
	 * 0.4 s of CPU per user, which would be most of the seed's time budget on a
	 * small machine. tests/seed/seed.test.ts checks each hash still matches its
	 * password; after changing a password, print a new hash with
	 * npx tsx -e "import('./app/domain/auth/password.server.ts').then(async (m) => console.log(await m.hashPassword('the-new-password')))"
	 */
	passwordHash: string
	platformRole: PlatformRole
	preferredLocale: 'en' | 'sv'
	/** Organisations by interchange ref (prisma/seed/demo-data.ts). */
	memberships: ReadonlyArray<{ organizationRef: string; role: MembershipRole }>
	/** Works for the establishment office (its enquiries and offers). */
	establishmentOffice?: true
}

/**
 * DEMO ONLY. These passwords are published on purpose (README, login page
 * hint) so anyone can try each role; they exist only in a database that the
 * demo seed filled, which the seed never does to a database holding real data.
 */
export const demoUsers: readonly DemoUser[] = [
	{
		email: 'admin@demo.atmp-flemingsberg.example',
		name: 'Platform Admin (demo)',
		password: 'demo-admin-2026',
		passwordHash:
			'scrypt$131072$8$1$ZEAWFT7bt0Eevzw/1bzuBw==$PbXdBbWmR5o+OYK0DB6Z3BYf9mw06J6RdsUcPG+WgtGkYk3K+0Gj9iIFXWnV6eMKyUoY1aoxAv3dHfGr7d3YrQ==',
		platformRole: 'platform_admin',
		preferredLocale: 'en',
		memberships: [],
	},
	{
		email: 'coordinator@demo.atmp-flemingsberg.example',
		name: 'Hub Coordinator (demo)',
		password: 'demo-coordinator-2026',
		passwordHash:
			'scrypt$131072$8$1$vhSGyTZSO9kS/kiQiexGGA==$qqs2I6aZJWLljlQxwYgD/IDQgBJecjtR3bfzZiw/DkzISRdcX7eWGkqVnfCtPsBRYduKLSSed+8kHdNHFrXN4A==',
		platformRole: 'coordinator',
		preferredLocale: 'sv',
		memberships: [],
	},
	{
		// Admin of Visättra Cell Therapeutics AB, a CAR-T start-up that posts requests.
		email: 'company-admin@demo.atmp-flemingsberg.example',
		name: 'Company Admin (demo)',
		password: 'demo-company-admin-2026',
		passwordHash:
			'scrypt$131072$8$1$4Viv6gJG7KZWGe8bt3cyYw==$s09u66PFA5bDBbD7mplgalMqCubJZw0GBDxVaWGtMt+LaPbWYQC6VqWZFINMsEoz/AbN/6uZoOfezFgk+GsLLQ==',
		platformRole: 'user',
		preferredLocale: 'en',
		memberships: [{ organizationRef: 'org-0001', role: 'admin' }],
	},
	{
		email: 'company-member@demo.atmp-flemingsberg.example',
		name: 'Company Member (demo)',
		password: 'demo-company-member-2026',
		passwordHash:
			'scrypt$131072$8$1$BYEx9dxdbUEJBipI+LsaxQ==$HhpmdXs/fVCuJTl7AXSPbyX+pNkGrQYLuEayU4KOAH8UZY27vJsIklfS14bDIknanDtrwDfg4P0Hebis5vyiPw==',
		platformRole: 'user',
		preferredLocale: 'sv',
		memberships: [{ organizationRef: 'org-0001', role: 'member' }],
	},
	{
		// Member of Grantorp Biologics AB, the CDMO that operates GMP facilities fac-0001 and fac-0002.
		email: 'facility-member@demo.atmp-flemingsberg.example',
		name: 'Facility Operator (demo)',
		password: 'demo-facility-member-2026',
		passwordHash:
			'scrypt$131072$8$1$2Mc3nWoe/CAncFHNO7Gs+Q==$t6KL3KOI8WVa8FJ5HO0sUZvMyZ1GeM0Tpx8geulGZw7vVriX8M7E55wFgYBdKFX4yRHs+FFuUXJKTzwAYqArEg==',
		platformRole: 'user',
		preferredLocale: 'en',
		memberships: [{ organizationRef: 'org-0002', role: 'member' }],
	},
	{
		// Member of Glömsta Vector Sciences AB, a viral vector company: a second provider to route requests to.
		email: 'vector-member@demo.atmp-flemingsberg.example',
		name: 'Vector Scientist (demo)',
		password: 'demo-vector-member-2026',
		passwordHash:
			'scrypt$131072$8$1$pt/mh7YhRC5TGyN+5nRt3Q==$fd3Hbwc1Bk+DoJjyRNGap2yI3jof6N31RjWWbpYWl+BqcOrogM/swcVbvl94kVP8I9cTqi1dw9UQeBNYpQhVPQ==',
		platformRole: 'user',
		preferredLocale: 'sv',
		memberships: [{ organizationRef: 'org-0006', role: 'admin' }],
	},
	{
		// The establishment office: curates the offers on /establish and answers companies' enquiries.
		email: 'office@demo.atmp-flemingsberg.example',
		name: 'Establishment Office (demo)',
		password: 'demo-office-2026',
		passwordHash:
			'scrypt$131072$8$1$MAI21CYC/0zFI+a7e/Ei7g==$jXJpTlCHlWEzBQBAW4CWvJzezQMZRCVbTKP7khGqcGwQdYfs3SlQPoZzEZpdrTkOH/pJwXPXOKhVVdeQzDB17w==',
		platformRole: 'user',
		preferredLocale: 'sv',
		memberships: [],
		establishmentOffice: true,
	},
]
