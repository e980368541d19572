import type { SubmissionResult } from '@conform-to/react'
import { Link } from '@remix-run/react'
import type { ReactNode } from 'react'
import type { ListingRecord, ListingType } from '~/domain/listings/interchange.ts'
import { listingFields, type ListingField } from '~/domain/listings/listing-fields.ts'
import { languagesAsNames } from '~/domain/listings/language-names.ts'
import { hasImage, parseListingForm, type FormFieldValue } from '~/domain/listings/listing-form-input.ts'
import { taxonomy } from '~/taxonomy/taxonomy.ts'
import type { Locale } from '~/i18n/locale.ts'
import type { PlainMessageKey, Translator } from '~/i18n/messages.ts'
import { useT } from '~/i18n/use-t.ts'
import {
	ChoiceFieldset,
	errorsByField,
	Field,
	type Option,
	ReadOnlyField,
	SchemaForm,
	SelectField,
	SubmitButton,
	TextareaField,
	type SummaryField,
	useSchemaForm,
	type FieldMetadata,
} from '../forms/index.ts'
import { ImageFields } from '../forms/image-fields.tsx'
import { TaxonomyPicker } from './taxonomy-picker.tsx'

export interface OrganizationChoice {
	ref: string
	name: string
}

export interface ListingFormProps {
	/** Unique on the page; prefixes every control's id. */
	id: string
	type: ListingType
	defaultValue: Record<string, FormFieldValue>
	lastResult?: SubmissionResult<string[]> | null
	/** A lab's or facility's host: shown, never editable here. */
	organization: OrganizationChoice | null
	/** An expert's possible affiliations. */
	affiliations?: readonly OrganizationChoice[]
	/** The picture the listing has now (organisations, facilities and experts carry one). */
	image?: { key: string; alt: string } | null
	/** Value of the submit button's `intent`. */
	intent: string
	submitLabel: string
	cancelHref?: string
	/** Shown above the submit button (what happens next). */
	footnote?: ReactNode
	/** The language of the version in the other language; a new listing's is the other one of the viewer's. */
	translationLocale?: Locale
}

type SectionKey = PlainMessageKey &
	`listingForm.section.${'basics' | 'about' | 'contact' | 'research' | 'facility' | 'expertise' | 'taxonomy'}`

interface Section {
	heading: SectionKey
	fields: readonly string[]
	/** Optional fields few people know, folded away below the others until opened. */
	byHand?: readonly string[]
}

const sections: Record<ListingType, readonly Section[]> = {
	organization: [
		{ heading: 'listingForm.section.basics', fields: ['name', 'kind', 'summary'] },
		{ heading: 'listingForm.section.about', fields: ['description'] },
		{
			heading: 'listingForm.section.contact',
			fields: ['website', 'email', 'street', 'postcode', 'city', 'campus'],
			// Nobody knows their building's degrees: the address fills them for known buildings.
			byHand: ['lat', 'lng'],
		},
		{ heading: 'listingForm.section.taxonomy', fields: ['services', 'modalities', 'phases'] },
	],
	lab: [
		{ heading: 'listingForm.section.basics', fields: ['name', 'organizationRef', 'lead', 'summary'] },
		{ heading: 'listingForm.section.about', fields: ['description'] },
		{ heading: 'listingForm.section.research', fields: ['techniques', 'acceptsExternalProjects'] },
		{ heading: 'listingForm.section.taxonomy', fields: ['modalities', 'services', 'phases'] },
	],
	facility: [
		{ heading: 'listingForm.section.basics', fields: ['name', 'organizationRef', 'summary'] },
		{ heading: 'listingForm.section.about', fields: ['description'] },
		{
			heading: 'listingForm.section.facility',
			fields: ['cleanroomGrades', 'areaSqm', 'suites', 'availableFrom', 'qpRelease', 'licences', 'productTypes'],
		},
		{ heading: 'listingForm.section.taxonomy', fields: ['modalities', 'services', 'phases'] },
	],
	expert: [
		{ heading: 'listingForm.section.basics', fields: ['name', 'title', 'organizationRef', 'summary'] },
		{ heading: 'listingForm.section.about', fields: ['bio'] },
		{ heading: 'listingForm.section.expertise', fields: ['expertise', 'languages', 'orcid', 'openTo'] },
		{ heading: 'listingForm.section.taxonomy', fields: ['modalities', 'services', 'phases'] },
	],
}

const sectionSlug = (heading: SectionKey) => heading.slice('listingForm.section.'.length)

/** Fields short enough to sit two to a row on wider screens. */
const halfWidth = new Set(['postcode', 'city', 'campus', 'lat', 'lng', 'areaSqm', 'suites', 'availableFrom', 'orcid'])

const hints: Partial<Record<string, PlainMessageKey>> = {
	summary: 'listingHint.summary',
	description: 'listingHint.description',
	bio: 'listingHint.description',
	translatedDescription: 'listingHint.description',
	translatedBio: 'listingHint.description',
	website: 'listingHint.website',
	email: 'listingHint.email',
	street: 'listingHint.street',
	postcode: 'listingHint.postcode',
	lat: 'listingHint.lat',
	lng: 'listingHint.lng',
	techniques: 'listingHint.techniques',
	expertise: 'listingHint.expertise',
	languages: 'listingHint.languages',
	orcid: 'listingHint.orcid',
	availableFrom: 'listingHint.availableFrom',
}

export function fieldLabelKey(name: string): PlainMessageKey {
	return `listingField.${name}` as PlainMessageKey
}

/** A field's label; a text in the other language names that language ("Summary in Swedish"). */
export function fieldLabel(i18n: Translator, field: ListingField, translationLocale: Locale): string {
	if (!field.translates) return i18n.t(fieldLabelKey(field.name))
	return i18n.t('listingField.inLanguage', {
		field: i18n.t(fieldLabelKey(field.translates)),
		language: i18n.languageName(translationLocale),
	})
}

/** The fields of the version in the other language, folded away until asked for. */
function translationFieldsOf(type: ListingType): string[] {
	return listingFields[type].filter((field) => field.translates).map((field) => field.name)
}

/** What a control shows: the submitted text after a failed submit, else the default. */
function textOf(name: string, value: unknown): string {
	if (Array.isArray(value)) return value.map(String).join(name === 'languages' ? ', ' : '\n')
	return typeof value === 'string' ? value : ''
}

function codesOf(value: unknown): string[] {
	if (Array.isArray(value)) return value.map(String)
	return typeof value === 'string' && value ? [value] : []
}

type Meta = FieldMetadata

/**
 * The one form for all four listing types, driven by the interchange schema
 * of the type (parseListingForm), on the server and, with JavaScript, in the
 * browser before sending. Works as a plain HTML form without JavaScript; a
 * failed submit comes back with every typed value and a message by each field.
 */
export function ListingForm(props: ListingFormProps) {
	const { type, organization, affiliations = [] } = props
	const i18n = useT()
	const { t } = i18n
	const translationLocale = props.translationLocale ?? (i18n.locale === 'sv' ? 'en' : 'sv')
	// The real ref is the server's; any valid ref stands in for it here.
	const hostRef = type === 'lab' || type === 'facility' ? (organization?.ref ?? null) : undefined
	const [form, fields] = useSchemaForm<Record<string, FormFieldValue>, ListingRecord>(
		(formData) => parseListingForm(formData, type, { ref: 'draft', organizationRef: hostRef }),
		{ id: props.id, lastResult: props.lastResult, defaultValue: props.defaultValue },
	)
	const schemaFields = new Map(listingFields[type].map((field) => [field.name, field]))
	const byField = errorsByField(form.allErrors)
	const withImage = hasImage(type)
	const summaryField: SummaryField = (name) => {
		const field = schemaFields.get(name)
		return {
			id: (fields[name] as Meta | undefined)?.id ?? props.id,
			label: field ? fieldLabel(i18n, field, translationLocale) : t(fieldLabelKey(name)),
		}
	}
	const translationFields = translationFieldsOf(type)
	// Open when it holds text or a message, so a page sent back without JavaScript shows both.
	const translationOpen = translationFields.some(
		(name) => textOf(name, (fields[name] as Meta | undefined)?.initialValue) !== '' || byField.has(name),
	)

	const renderField = (name: string) => {
		const field = schemaFields.get(name)
		const meta = fields[name] as Meta
		if (!field) return null
		return (
			<FieldControl
				key={name}
				field={field}
				meta={meta}
				errors={byField.get(name) ?? []}
				organization={organization}
				affiliations={affiliations}
				type={type}
				translationLocale={translationLocale}
			/>
		)
	}

	return (
		<SchemaForm
			form={form}
			className="space-y-8"
			summary={{ id: `${props.id}-errors`, reply: props.lastResult, field: summaryField }}
			encType={withImage ? 'multipart/form-data' : undefined}
		>
			{sections[type].map((section, index) => [
				index === 1 && withImage ? (
					<ImageFields
						key="picture"
						id={props.id}
						heading={t(
							`listingForm.section.picture.${type === 'organization' ? 'organization' : type === 'expert' ? 'expert' : 'facility'}`,
						)}
						image={props.image ?? null}
						fields={fields as Record<string, Meta | undefined>}
						errorsOf={(name) => byField.get(name) ?? []}
					/>
				) : null,
				<section
					key={section.heading}
					aria-labelledby={`${props.id}-section-${sectionSlug(section.heading)}`}
					className="card p-5 sm:p-6"
				>
					<h2
						id={`${props.id}-section-${sectionSlug(section.heading)}`}
						className="text-lg font-semibold text-slate-900"
					>
						{t(section.heading)}
					</h2>
					<div className="mt-5 grid gap-6 sm:grid-cols-2">
						{section.fields.map((name) => (
							<div key={name} className={halfWidth.has(name) ? 'min-w-0' : 'min-w-0 sm:col-span-2'}>
								{renderField(name)}
							</div>
						))}
					</div>
					{section.byHand ? (
						// Open when a field in it has a message, so no message is ever folded away.
						<details className="mt-6" open={section.byHand.some((name) => byField.has(name))}>
							<summary className="cursor-pointer font-medium text-slate-900">{t('listingForm.positionByHand')}</summary>
							<div className="mt-4 grid gap-6 sm:grid-cols-2">
								{section.byHand.map((name) => (
									<div key={name} className="min-w-0">
										{renderField(name)}
									</div>
								))}
							</div>
						</details>
					) : null}
					{section.heading === 'listingForm.section.about' ? (
						<details open={translationOpen} className="mt-6 rounded-lg border border-slate-200 p-4 sm:p-5">
							<summary className="cursor-pointer font-medium text-brand-700">
								{t(`listingForm.translation.add.${translationLocale}`)}
							</summary>
							<p className="mt-2 text-sm text-slate-600">
								{t('listingForm.translation.hint', { language: i18n.languageName(translationLocale) })}
							</p>
							<div className="mt-5 grid gap-6">{translationFields.map(renderField)}</div>
						</details>
					) : null}
				</section>,
			])}
			{props.footnote ? <div className="text-sm text-slate-700">{props.footnote}</div> : null}
			<div className="flex flex-wrap items-center gap-4">
				<SubmitButton name="intent" value={props.intent}>
					{props.submitLabel}
				</SubmitButton>
				{props.cancelHref ? (
					<Link to={props.cancelHref} className="link">
						{t('listingForm.cancel')}
					</Link>
				) : null}
			</div>
		</SchemaForm>
	)
}

interface FieldControlProps {
	field: ListingField
	meta: Meta
	errors: readonly string[]
	organization: OrganizationChoice | null
	affiliations: readonly OrganizationChoice[]
	type: ListingType
	translationLocale: Locale
}

function FieldControl({ field, meta, errors, organization, affiliations, type, translationLocale }: FieldControlProps) {
	const i18n = useT()
	const { t, term, languageName } = i18n
	const label = fieldLabel(i18n, field, translationLocale)
	// Screen readers and spelling checkers read a translation in its own language.
	const lang = field.translates ? translationLocale : undefined
	const hintKey = field.kind === 'codes' ? 'listingHint.codes' : hints[field.name]
	const hint = hintKey ? t(hintKey) : undefined
	const common = { label, hint, meta, errors, required: field.required }
	const typed = textOf(field.name, meta.initialValue)
	// Stored languages are codes; people read and write them by name, in their own language.
	const value = field.name === 'languages' ? languagesAsNames(typed, languageName) : typed
	/** A choice of one, or none (the first option). */
	const select = (none: string, options: readonly Option[]) => (
		<SelectField {...common} selectProps={{ defaultValue: value }} options={[{ value: '', label: none }, ...options]} />
	)

	switch (field.kind) {
		case 'codes':
			return (
				<TaxonomyPicker
					id={meta.id}
					name={meta.name}
					legend={label}
					hint={hint}
					vocabulary={field.vocabulary!}
					selected={codesOf(meta.initialValue)}
					errors={errors}
					errorId={meta.errorId}
				/>
			)
		case 'yesNo':
			return (
				<ChoiceFieldset
					id={meta.id}
					name={meta.name}
					type="radio"
					legend={label}
					layout="inline"
					choices={[
						{ value: 'true', label: t('form.yesNo.yes') },
						{ value: 'false', label: t('form.yesNo.no') },
						{ value: '', label: t('form.yesNo.unstated') },
					]}
					selected={value}
					errors={errors}
					errorId={meta.errorId}
				/>
			)
		case 'code':
			return select(
				t('form.choose'),
				taxonomy[field.vocabulary!].map((option) => ({
					value: option.code,
					label: term(field.vocabulary!, option.code),
				})),
			)
		case 'organization':
			if (type === 'expert') {
				return select(
					t('form.affiliation.none'),
					affiliations.map((option) => ({ value: option.ref, label: option.name })),
				)
			}
			// A lab's or facility's host is fixed: shown, and sent by the server, not the form.
			return (
				<ReadOnlyField
					id={meta.id}
					label={label}
					value={organization?.name ?? '—'}
					hint={t('listingHint.organizationFixed')}
					errors={errors}
					errorId={meta.errorId}
				/>
			)
		case 'paragraphs':
		case 'textList':
			return (
				<TextareaField
					{...common}
					rows={field.kind === 'paragraphs' ? 8 : field.name === 'languages' ? 2 : 4}
					textareaProps={{ defaultValue: value, lang }}
				/>
			)
		default: {
			const inputType = ({ url: 'url', email: 'email', date: 'date', integer: 'number' } as const)[
				field.kind as 'url' | 'email' | 'date' | 'integer'
			]
			return (
				<Field
					{...common}
					type={inputType ?? 'text'}
					inputProps={{
						inputMode: field.kind === 'number' ? 'decimal' : field.kind === 'integer' ? 'numeric' : undefined,
						min: field.kind === 'integer' ? 1 : undefined,
						step: field.kind === 'integer' ? 1 : undefined,
						autoComplete: 'off',
						defaultValue: value,
						lang,
					}}
				/>
			)
		}
	}
}
