// The establishment office is a duty, not a platform role: a coordinator may
// work for it too, so it is a flag beside the role (User.establishmentOffice),
// given and taken by a platform admin (accounts/set-establishment-office.server.ts).
// These two answers are the only place that says what the duty allows.
import type { PlatformRole } from '~/generated/prisma/enums.ts'

interface OfficeCandidate {
	platformRole: PlatformRole
	emailVerified: boolean
	establishmentOffice?: boolean
}

/**
 * May this person act for the establishment office: work the enquiry queue,
 * answer and close enquiries? Its own staff, and platform admins who stand in.
 */
export function mayActForEstablishmentOffice(viewer: OfficeCandidate | null | undefined): boolean {
	if (!viewer?.emailVerified) return false
	return viewer.establishmentOffice === true || viewer.platformRole === 'platform_admin'
}

/** May this person create, edit and change the status of establishment offers: the office and the coordinators. */
export function mayCurateOffers(viewer: OfficeCandidate | null | undefined): boolean {
	if (!viewer?.emailVerified) return false
	return mayActForEstablishmentOffice(viewer) || viewer.platformRole === 'coordinator'
}
