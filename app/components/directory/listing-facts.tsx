import { Link } from '@remix-run/react'
import type { ReactNode } from 'react'
import {
	listingPath,
	type ExpertDetail,
	type FacilityDetail,
	type LabDetail,
	type ListingDetail,
	type ListingLink,
	type OrganizationDetail,
	type Tag,
} from '~/domain/directory/types.ts'
import type { Translator } from '~/i18n/messages.ts'
import { textTags, vocabularyTags } from '../tag-list.tsx'
// The taxonomy's labels that term() shows (app/i18n/term-labels.ts).
import '~/taxonomy/taxonomy.ts'

export interface Fact {
	label: string
	/** null renders as "Not stated", so every public field is visibly accounted for. */
	value: ReactNode | null
}

export interface TagSection {
	heading: string
	tags: Tag[]
}

export interface ListingFacts {
	facts: Fact[]
	tagSections: TagSection[]
}

function yesNo(i18n: Translator, value: boolean | null): string | null {
	if (value === null) return null
	return i18n.t(value ? 'detail.yes' : 'detail.no')
}

function organizationLink(organization: ListingLink | null): ReactNode | null {
	if (!organization) return null
	return (
		<Link to={listingPath(organization)} className="link">
			{organization.name}
		</Link>
	)
}

function externalLink(href: string, text: string): ReactNode {
	return (
		<a href={href} className="link" rel="noopener noreferrer">
			{text}
		</a>
	)
}

function websiteHost(url: string): string {
	try {
		return new URL(url).host.replace(/^www\./, '')
	} catch {
		return url
	}
}

/** The postal address as a letter is addressed: street, then postcode and city. */
function postalAddress(listing: OrganizationDetail): ReactNode | null {
	const place = [listing.postcode, listing.city].filter(Boolean).join(' ')
	const lines = [listing.street, place].filter(Boolean)
	if (!lines.length) return null
	return (
		<address className="not-italic">
			{lines.map((line, index) => (
				<span key={index} className="block">
					{line}
				</span>
			))}
		</address>
	)
}

function orcidId(orcid: string): string {
	return orcid.replace(/^https?:\/\/(www\.)?orcid\.org\//i, '')
}

/** The member-only contact address, for members only (the loader leaves it out for visitors). */
function contactFacts(i18n: Translator, listing: ListingDetail): Fact[] {
	return listing.email !== undefined
		? [{ label: i18n.t('organization.email'), value: externalLink(`mailto:${listing.email}`, listing.email) }]
		: []
}

function commonTagSections(i18n: Translator, listing: ListingDetail): TagSection[] {
	return [
		{ heading: i18n.t('detail.modalities'), tags: vocabularyTags('modalities', listing.modalities) },
		{ heading: i18n.t('detail.services'), tags: vocabularyTags('services', listing.services) },
		{ heading: i18n.t('detail.phases'), tags: vocabularyTags('phases', listing.phases) },
	]
}

function organizationFacts(i18n: Translator, listing: OrganizationDetail): Fact[] {
	return [
		{ label: i18n.t('organization.kind'), value: listing.kind ? i18n.term('organizationKinds', listing.kind) : null },
		{
			label: i18n.t('organization.website'),
			value: listing.website ? externalLink(listing.website, websiteHost(listing.website)) : null,
		},
		...contactFacts(i18n, listing),
		{ label: i18n.t('organization.address'), value: postalAddress(listing) },
		{ label: i18n.t('organization.campus'), value: listing.campus },
		{
			label: i18n.t('organization.location'),
			value: listing.location ? (
				<a
					href={`https://www.openstreetmap.org/?mlat=${listing.location.lat}&mlon=${listing.location.lng}#map=17/${listing.location.lat}/${listing.location.lng}`}
					className="link"
					rel="noopener noreferrer"
				>
					{i18n.t('organization.mapLink')}
				</a>
			) : null,
		},
	]
}

function labFacts(i18n: Translator, listing: LabDetail): Fact[] {
	return [
		{ label: i18n.t('detail.hostOrganization'), value: organizationLink(listing.organization) },
		...contactFacts(i18n, listing),
		{ label: i18n.t('lab.lead'), value: listing.lead },
		{ label: i18n.t('lab.acceptsExternalProjects'), value: yesNo(i18n, listing.acceptsExternalProjects) },
	]
}

function facilityFacts(i18n: Translator, listing: FacilityDetail): Fact[] {
	return [
		{ label: i18n.t('detail.hostOrganization'), value: organizationLink(listing.organization) },
		...contactFacts(i18n, listing),
		{
			label: i18n.t('facility.capacity'),
			value: listing.availableFrom
				? i18n.t('facility.availableFrom', { date: i18n.formatDate(listing.availableFrom) })
				: i18n.t('facility.askForCapacity'),
		},
		{
			label: i18n.t('facility.area'),
			value: listing.areaSqm === null ? null : i18n.t('facility.areaValue', { area: listing.areaSqm }),
		},
		{ label: i18n.t('facility.suites'), value: listing.suites === null ? null : i18n.formatNumber(listing.suites) },
		{ label: i18n.t('facility.qpRelease'), value: yesNo(i18n, listing.qpRelease) },
	]
}

function expertFacts(i18n: Translator, listing: ExpertDetail): Fact[] {
	return [
		{ label: i18n.t('expert.title'), value: listing.title },
		{ label: i18n.t('detail.affiliation'), value: organizationLink(listing.organization) },
		...contactFacts(i18n, listing),
		{
			label: i18n.t('expert.orcid'),
			value: listing.orcid ? externalLink(`https://orcid.org/${orcidId(listing.orcid)}`, orcidId(listing.orcid)) : null,
		},
		{
			label: i18n.t('expert.languages'),
			value: listing.languages.length ? listing.languages.map((code) => i18n.languageName(code)).join(', ') : null,
		},
	]
}

/** Every public field of a listing, as scalar facts and taxonomy chip sections. */
export function listingFacts(i18n: Translator, listing: ListingDetail): ListingFacts {
	switch (listing.type) {
		case 'organization':
			return { facts: organizationFacts(i18n, listing), tagSections: commonTagSections(i18n, listing) }
		case 'lab':
			return {
				facts: labFacts(i18n, listing),
				tagSections: [
					{ heading: i18n.t('lab.techniques'), tags: textTags(listing.techniques) },
					...commonTagSections(i18n, listing),
				],
			}
		case 'facility':
			return {
				facts: facilityFacts(i18n, listing),
				tagSections: [
					{
						heading: i18n.t('facility.cleanroomGrades'),
						tags: vocabularyTags('cleanroomGrades', listing.cleanroomGrades),
					},
					{ heading: i18n.t('facility.licences'), tags: vocabularyTags('licences', listing.licences) },
					{ heading: i18n.t('facility.productTypes'), tags: vocabularyTags('productTypes', listing.productTypes) },
					...commonTagSections(i18n, listing),
				],
			}
		case 'expert':
			return {
				facts: expertFacts(i18n, listing),
				tagSections: [
					{ heading: i18n.t('expert.expertise'), tags: textTags(listing.expertise) },
					{ heading: i18n.t('expert.openTo'), tags: vocabularyTags('openTo', listing.openTo) },
					...commonTagSections(i18n, listing),
				],
			}
	}
}
