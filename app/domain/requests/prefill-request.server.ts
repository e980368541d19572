import type { Locale } from '~/i18n/locale.ts'
import { translator } from '~/i18n/messages.ts'
import { prisma } from '~/utils/db.server.ts'
import type { ListingLink } from '../directory/types.ts'
import { visibleListingsWhere, type DirectoryViewer } from '../directory/viewer.server.ts'
import { requestLimits, type RequestFields } from './request-form-schema.ts'

/** The listing a new request starts from, as the form names and links it. */
export interface StartedFrom extends ListingLink {
	id: string
}

export interface RequestPrefill {
	values: Partial<Omit<RequestFields, 'organizationId' | 'confidentiality'>>
	startedFrom: StartedFrom | null
}

// A ref or a search query from an address: anything longer is not one of ours.
const maxRefLength = 100

/**
 * What a new request form opens with when a member comes from "Ask the hub":
 * `from` names a listing by its ref, and its services, modalities, cleanroom
 * grades and type become the request's needs, with a title and a first
 * sentence naming it; `need` (a search that found nothing) starts the
 * description. A listing the member cannot see published is ignored, as if
 * the address had no `from`: the form opens empty rather than failing.
 */
export async function prefillRequest(options: {
	from?: string | null
	need?: string | null
	viewer: DirectoryViewer
	locale: Locale
}): Promise<RequestPrefill> {
	const { t } = translator(options.locale)
	const need = options.need?.trim().slice(0, requestLimits.description) || undefined
	const from = options.from?.trim()
	const listing =
		from && from.length <= maxRefLength
			? await prisma().listing.findFirst({
					where: { ...visibleListingsWhere(options.viewer), ref: from },
					select: {
						id: true,
						type: true,
						slug: true,
						name: true,
						services: true,
						modalities: true,
						cleanroomGrades: true,
					},
				})
			: null
	if (!listing) return { values: need ? { description: need } : {}, startedFrom: null }
	const sentence = t('requestForm.prefill.description', { name: listing.name })
	return {
		values: {
			title: t('requestForm.prefill.title', { name: listing.name }).slice(0, requestLimits.title),
			description: need ? `${sentence}\n\n${need}` : sentence,
			services: listing.services,
			modalities: listing.modalities,
			requiredGrades: listing.cleanroomGrades,
			preferredListingType: listing.type,
		},
		startedFrom: { id: listing.id, type: listing.type, slug: listing.slug, name: listing.name },
	}
}
