// What each field of a listing record is, for the forms and the review diff:
// how it is edited and compared, and which taxonomy its codes come from.
// Labels are message keys (`listingField.<name>`), so both languages agree.
import type { VocabularyName } from '../../taxonomy/taxonomy.ts'
import { limits } from './interchange-fields.ts'
import type { ListingType } from './interchange.ts'

export type ListingFieldKind =
	| 'line'
	| 'paragraphs'
	| 'code'
	| 'codes'
	| 'textList'
	| 'yesNo'
	| 'number'
	| 'integer'
	| 'date'
	| 'url'
	| 'email'
	| 'organization'
	| 'orcid'
	| 'image'

export interface ListingField {
	name: string
	kind: ListingFieldKind
	/** A text in the other language of the two: the field it translates. */
	translates?: 'summary' | 'description' | 'bio'
	vocabulary?: VocabularyName
	required?: boolean
	maxLength?: number
}

const field = (
	name: string,
	kind: ListingFieldKind,
	extra: Omit<ListingField, 'name' | 'kind'> = {},
): ListingField => ({
	name,
	kind,
	...extra,
})

const name = field('name', 'line', { required: true, maxLength: limits.name })
const summary = field('summary', 'line', { maxLength: limits.summary })
const description = field('description', 'paragraphs', { maxLength: limits.description })
const translatedSummary = field('translatedSummary', 'line', { maxLength: limits.summary, translates: 'summary' })
const translatedDescription = field('translatedDescription', 'paragraphs', {
	maxLength: limits.description,
	translates: 'description',
})
const organizationRef = field('organizationRef', 'organization')
const modalities = field('modalities', 'codes', { vocabulary: 'modalities' })
const services = field('services', 'codes', { vocabulary: 'services' })
const phases = field('phases', 'codes', { vocabulary: 'phases' })
const image = field('image', 'image')
const imageAlt = field('imageAlt', 'line', { maxLength: limits.shortText })

/** Every field of each listing type, in the order forms and diffs show them. */
export const listingFields: Record<ListingType, readonly ListingField[]> = {
	organization: [
		name,
		field('kind', 'code', { vocabulary: 'organizationKinds', required: true }),
		summary,
		description,
		translatedSummary,
		translatedDescription,
		field('website', 'url', { maxLength: limits.website }),
		field('email', 'email', { maxLength: limits.email }),
		field('street', 'line', { maxLength: limits.shortText }),
		field('postcode', 'line'),
		field('city', 'line', { maxLength: limits.shortText }),
		field('campus', 'line', { maxLength: limits.shortText }),
		field('lat', 'number'),
		field('lng', 'number'),
		image,
		imageAlt,
		services,
		modalities,
		phases,
	],
	lab: [
		name,
		organizationRef,
		field('lead', 'line', { maxLength: limits.shortText }),
		summary,
		description,
		translatedSummary,
		translatedDescription,
		field('techniques', 'textList', { maxLength: limits.tag }),
		field('acceptsExternalProjects', 'yesNo'),
		modalities,
		services,
		phases,
	],
	facility: [
		name,
		organizationRef,
		summary,
		description,
		translatedSummary,
		translatedDescription,
		field('cleanroomGrades', 'codes', { vocabulary: 'cleanroomGrades' }),
		field('areaSqm', 'integer'),
		field('suites', 'integer'),
		field('availableFrom', 'date'),
		field('qpRelease', 'yesNo'),
		field('licences', 'codes', { vocabulary: 'licences' }),
		field('productTypes', 'codes', { vocabulary: 'productTypes' }),
		image,
		imageAlt,
		modalities,
		services,
		phases,
	],
	expert: [
		name,
		field('title', 'line', { maxLength: limits.shortText }),
		organizationRef,
		summary,
		field('bio', 'paragraphs', { maxLength: limits.description }),
		translatedSummary,
		field('translatedBio', 'paragraphs', { maxLength: limits.description, translates: 'bio' }),
		field('expertise', 'textList', { maxLength: limits.tag }),
		field('languages', 'textList'),
		field('orcid', 'orcid'),
		field('openTo', 'codes', { vocabulary: 'openTo' }),
		image,
		imageAlt,
		modalities,
		services,
		phases,
	],
}

export function listingField(type: ListingType, fieldName: string): ListingField | undefined {
	return listingFields[type].find((candidate) => candidate.name === fieldName)
}
