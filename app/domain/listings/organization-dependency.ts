// A lab, facility or expert is only as public as its organisation: one can
// never be published under an organisation the directory does not show.
// A new user registers an organisation and adds a facility at once, so the
// facility's approval also decides the organisation's first proposal
// (docs/decisions/008, "an organisation with its first listing").

import type { ListingStatus } from '~/generated/prisma/enums.ts'
import { awaitsFirstApproval } from '../auth/membership-rights.ts'

export interface DependedOnOrganization {
	id: string
	status: ListingStatus
	/** Its proposal still waiting for review, if any. */
	pendingRevisionId: string | null
}

export type OrganizationDependency =
	/** No organisation, or one a coordinator has approved before: publish the listing alone. */
	| { kind: 'none' }
	/** A new organisation waiting for review: approving the listing approves its proposal too. */
	| { kind: 'publish-with'; organizationId: string; revisionId: string }
	/** A new organisation that was sent back: the listing waits until it is resubmitted. */
	| { kind: 'blocked'; organizationId: string }

export function organizationDependency(organization: DependedOnOrganization | null): OrganizationDependency {
	if (!organization || !awaitsFirstApproval(organization.status)) return { kind: 'none' }
	if (organization.pendingRevisionId) {
		return { kind: 'publish-with', organizationId: organization.id, revisionId: organization.pendingRevisionId }
	}
	return { kind: 'blocked', organizationId: organization.id }
}
