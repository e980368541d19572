// One permission model for every loader and action (docs/decisions/007).
// Checks happen at three levels: may this kind of actor do this at all
// (function), on this record (own organisation or any), and which fields
// they may see (member-only fields).

import type { MembershipRole, PlatformRole } from '~/generated/prisma/enums.ts'
import { mayActForEstablishmentOffice, mayCurateOffers } from './establishment-office.ts'

export type { MembershipRole, PlatformRole }

export interface ActorMembership {
	organizationId: string
	role: MembershipRole
	/**
	 * The organisation was registered by its admin and no coordinator has
	 * published it yet. Such a membership lets its holder keep the
	 * organisation's own listings (propose, edit, see drafts) but is not yet
	 * membership of the hub: no member-only fields, open calls or requests,
	 * and no invitations sent in the organisation's name.
	 */
	provisional?: boolean
}

export interface Actor {
	userId: string
	platformRole: PlatformRole
	/** Verified e-mail: unverified accounts can sign in but not act as members. */
	emailVerified: boolean
	/** Memberships of organisations that are not archived: an archived organisation gives no rights. */
	memberships: ReadonlyArray<ActorMembership>
	/** Works for the establishment office, beside whatever platform role they hold. */
	establishmentOffice?: boolean
}

/** null is a visitor who is not signed in. */
export type Viewer = Actor | null

export type Permission =
	// visitors and everyone
	| 'directory.read'
	// members
	| 'directory.readMemberFields'
	| 'openCalls.read'
	| 'request.create'
	| 'profile.exportPersonalData'
	// verified users who belong to no organisation yet
	| 'organization.register'
	// record-level: own organisation
	| 'listing.createForOrganization'
	| 'listing.edit'
	| 'listing.viewDraft'
	| 'organization.manageMembers'
	| 'request.read'
	| 'route.respond'
	// hub staff
	| 'coordinator.enter'
	| 'revision.review'
	| 'claim.review'
	| 'listing.verify'
	| 'listing.feature'
	| 'listing.archive'
	| 'listing.merge'
	| 'audit.read'
	| 'request.triage'
	| 'listing.import'
	| 'content.publish'
	| 'mailbox.read'
	| 'user.manageRoles'
	// establishing in Flemingsberg (establishment-office.ts says who)
	| 'establishment.curateOffers'
	| 'establishment.workEnquiries'

export interface RecordScope {
	/** The organisation that owns the record (listing's organisation, request's organisation). */
	organizationId?: string | null
	/** The user who owns the record (an expert profile). */
	ownerUserId?: string | null
}

const staffPermissions: ReadonlySet<Permission> = new Set([
	'coordinator.enter',
	'revision.review',
	'claim.review',
	'listing.verify',
	'listing.feature',
	'listing.archive',
	'listing.merge',
	'audit.read',
	'request.triage',
	'listing.import',
	// the hub's own texts: news, events and the about, contact and privacy pages (issue 14)
	'content.publish',
])

const adminOnlyPermissions: ReadonlySet<Permission> = new Set(['mailbox.read', 'user.manageRoles'])

const memberPermissions: ReadonlySet<Permission> = new Set([
	'directory.readMemberFields',
	'openCalls.read',
	'request.create',
])

const ownRecordPermissions: ReadonlySet<Permission> = new Set([
	'listing.createForOrganization',
	'listing.edit',
	'listing.viewDraft',
	'request.read',
	'route.respond',
])

/** Coordinators and platform admins: the people who curate the directory and handle requests. */
export function isStaff(person: { platformRole: PlatformRole } | null | undefined): boolean {
	return person?.platformRole === 'coordinator' || person?.platformRole === 'platform_admin'
}

export function isMember(viewer: Viewer): viewer is Actor {
	return Boolean(viewer && viewer.emailVerified && (viewer.memberships.some((m) => !m.provisional) || isStaff(viewer)))
}

/** A membership of this organisation (with this role); provisional ones count unless `established` is asked for. */
export function belongsTo(
	viewer: Viewer,
	organizationId: string | null | undefined,
	role?: MembershipRole,
	options: { established?: boolean } = {},
): boolean {
	if (!viewer || !organizationId || !viewer.emailVerified) return false
	return viewer.memberships.some(
		(m) => m.organizationId === organizationId && (!role || m.role === role) && !(options.established && m.provisional),
	)
}

export function can(viewer: Viewer, permission: Permission, record: RecordScope = {}): boolean {
	if (permission === 'directory.read') return true
	if (!viewer || !viewer.emailVerified) return false
	if (permission === 'profile.exportPersonalData') return true
	if (permission === 'organization.register') {
		// One organisation at a time: someone who already belongs somewhere joins others by invitation or claim.
		return viewer.platformRole === 'user' && viewer.memberships.length === 0
	}
	if (adminOnlyPermissions.has(permission)) return viewer.platformRole === 'platform_admin'
	if (permission === 'establishment.curateOffers') return mayCurateOffers(viewer)
	if (permission === 'establishment.workEnquiries') return mayActForEstablishmentOffice(viewer)
	if (staffPermissions.has(permission)) return isStaff(viewer)
	if (memberPermissions.has(permission)) return isMember(viewer)
	if (permission === 'organization.manageMembers') {
		return isStaff(viewer) || belongsTo(viewer, record.organizationId, 'admin', { established: true })
	}
	if (ownRecordPermissions.has(permission)) {
		if (isStaff(viewer)) return true
		if (record.ownerUserId && record.ownerUserId === viewer.userId) return true
		return belongsTo(viewer, record.organizationId)
	}
	return false
}

/** Whom a permission is for, in the words a refusal gives the person refused. */
export type Audience =
	'staff' | 'admins' | 'members' | 'organization' | 'organizationAdmins' | 'establishmentOffice' | 'everyone'

export function audienceOf(permission: Permission): Audience {
	if (adminOnlyPermissions.has(permission)) return 'admins'
	if (staffPermissions.has(permission)) return 'staff'
	if (memberPermissions.has(permission)) return 'members'
	if (ownRecordPermissions.has(permission)) return 'organization'
	if (permission === 'organization.manageMembers') return 'organizationAdmins'
	if (permission === 'establishment.curateOffers' || permission === 'establishment.workEnquiries')
		return 'establishmentOffice'
	return 'everyone'
}

export class PermissionDenied extends Error {
	constructor(public readonly permission: Permission) {
		super(`Not allowed: ${permission}`)
		this.name = 'PermissionDenied'
	}
}

export function assertCan(viewer: Viewer, permission: Permission, record: RecordScope = {}) {
	if (!can(viewer, permission, record)) throw new PermissionDenied(permission)
}
