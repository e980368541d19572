import { type FieldMetadata, getFormProps, type SubmissionResult, useForm } from '@conform-to/react'
import { Form, Link } from '@remix-run/react'
import type { ReactNode } from 'react'
import type { ListingRecord, ListingType } from '~/domain/listings/interchange.ts'
import { listingFields, type ListingField } from '~/domain/listings/listing-fields.ts'
import { parseListingForm, type FormFieldValue } from '~/domain/listings/listing-form-input.ts'
import { taxonomy } from '~/domain/taxonomy/taxonomy.ts'
import type { PlainMessageKey } from '~/i18n/messages.ts'
import { useT } from '~/i18n/use-t.ts'
import {
	ErrorSummary,
	FieldMessages,
	hintClass,
	inputClass,
	labelClass,
	Notice,
	RequiredMark,
	type SummaryError,
} from '../form-controls.tsx'
import { localizeFormError } from './form-errors.ts'
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
	/** Value of the submit button's `intent`. */
	intent: string
	submitLabel: string
	cancelHref?: string
	/** Shown above the submit button (what happens next). */
	footnote?: ReactNode
}

type SectionKey = PlainMessageKey &
	`listingForm.section.${'basics' | 'about' | 'contact' | 'research' | 'facility' | 'expertise' | 'taxonomy'}`

const sections: Record<ListingType, ReadonlyArray<{ heading: SectionKey; fields: readonly string[] }>> = {
	organization: [
		{ heading: 'listingForm.section.basics', fields: ['name', 'kind', 'summary'] },
		{ heading: 'listingForm.section.about', fields: ['description'] },
		{ heading: 'listingForm.section.contact', fields: ['website', 'email', 'city', 'campus', 'lat', 'lng'] },
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
const halfWidth = new Set(['city', 'campus', 'lat', 'lng', 'areaSqm', 'suites', 'availableFrom', 'orcid'])

const hints: Partial<Record<string, PlainMessageKey>> = {
	summary: 'listingHint.summary',
	description: 'listingHint.description',
	bio: 'listingHint.description',
	website: 'listingHint.website',
	email: 'listingHint.email',
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

/** What a control shows: the submitted text after a failed submit, else the default. */
function textOf(name: string, value: unknown): string {
	if (Array.isArray(value)) return value.map(String).join(name === 'languages' ? ', ' : '\n')
	return typeof value === 'string' ? value : ''
}

function codesOf(value: unknown): string[] {
	if (Array.isArray(value)) return value.map(String)
	return typeof value === 'string' && value ? [value] : []
}

/** The base field of an error key: "modalities[2]" belongs to "modalities". */
function baseField(errorKey: string): string {
	return errorKey.replace(/[[.].*$/, '')
}

type Meta = FieldMetadata<unknown, Record<string, FormFieldValue>, string[]>

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
	const [form, fields] = useForm<Record<string, FormFieldValue>, ListingRecord>({
		id: props.id,
		lastResult: props.lastResult,
		defaultValue: props.defaultValue,
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate({ formData }) {
			// The real ref is the server's; any valid ref stands in for it here.
			const hostRef = type === 'lab' || type === 'facility' ? (organization?.ref ?? null) : undefined
			return parseListingForm(formData, type, { ref: 'draft', organizationRef: hostRef })
		},
	})
	const schemaFields = new Map(listingFields[type].map((field) => [field.name, field]))
	const allErrors = form.allErrors

	const messagesOf = (name: string): string[] =>
		Object.entries(allErrors)
			.filter(([key]) => key !== '' && baseField(key) === name)
			.flatMap(([, messages]) => messages.map((message) => localizeFormError(message, i18n)))

	const summary: SummaryError[] = Object.entries(allErrors)
		.filter(([key]) => key !== '')
		.flatMap(([key, messages]) => {
			const name = baseField(key)
			const meta = fields[name] as Meta | undefined
			return messages.map((message) => ({
				fieldId: meta?.id ?? props.id,
				label: t(fieldLabelKey(name)),
				message: localizeFormError(message, i18n),
			}))
		})
	const formMessages = (allErrors[''] ?? []).map((message) => localizeFormError(message, i18n))

	const renderField = (name: string) => {
		const field = schemaFields.get(name)
		const meta = fields[name] as Meta
		if (!field) return null
		return (
			<FieldControl
				key={name}
				field={field}
				meta={meta}
				messages={messagesOf(name)}
				organization={organization}
				affiliations={affiliations}
				type={type}
			/>
		)
	}

	return (
		<Form method="post" {...getFormProps(form)} noValidate className="space-y-8">
			{formMessages.length ? (
				<Notice tone="error" role="alert">
					{formMessages.map((message) => (
						<p key={message}>{message}</p>
					))}
				</Notice>
			) : null}
			<ErrorSummary id={`${props.id}-errors`} errors={summary} />
			{sections[type].map((section) => (
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
				</section>
			))}
			{props.footnote ? <div className="text-sm text-slate-700">{props.footnote}</div> : null}
			<div className="flex flex-wrap items-center gap-4">
				<button type="submit" name="intent" value={props.intent} className="button-primary">
					{props.submitLabel}
				</button>
				{props.cancelHref ? (
					<Link to={props.cancelHref} className="link">
						{t('listingForm.cancel')}
					</Link>
				) : null}
			</div>
		</Form>
	)
}

interface FieldControlProps {
	field: ListingField
	meta: Meta
	messages: string[]
	organization: OrganizationChoice | null
	affiliations: readonly OrganizationChoice[]
	type: ListingType
}

function FieldControl({ field, meta, messages, organization, affiliations, type }: FieldControlProps) {
	const i18n = useT()
	const { t, term } = i18n
	const label = t(fieldLabelKey(field.name))
	const hintKey = field.kind === 'codes' ? 'listingHint.codes' : hints[field.name]
	const hint = hintKey ? t(hintKey) : undefined
	const hintId = `${meta.id}-hint`
	const invalid = messages.length > 0
	const describedBy = [hint ? hintId : null, invalid ? meta.errorId : null].filter(Boolean).join(' ') || undefined
	const common = {
		id: meta.id,
		name: meta.name,
		'aria-invalid': invalid || undefined,
		'aria-describedby': describedBy,
		'aria-required': field.required || undefined,
	}
	const labelElement = (
		<label htmlFor={meta.id} className={labelClass}>
			{label}
			{field.required ? <RequiredMark /> : null}
		</label>
	)
	const below = (
		<>
			{hint ? (
				<p id={hintId} className={hintClass}>
					{hint}
				</p>
			) : null}
			<FieldMessages id={meta.errorId} messages={messages} />
		</>
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
					errors={messages}
					errorId={meta.errorId}
				/>
			)
		case 'yesNo': {
			const current = textOf(field.name, meta.initialValue)
			const options = [
				{ value: 'true', label: t('form.yesNo.yes') },
				{ value: 'false', label: t('form.yesNo.no') },
				{ value: '', label: t('form.yesNo.unstated') },
			]
			return (
				<fieldset id={meta.id} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
					<legend className={labelClass}>{label}</legend>
					<FieldMessages id={meta.errorId} messages={messages} />
					<div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
						{options.map((option) => (
							<label key={option.value} className="flex cursor-pointer items-center gap-2">
								<input
									type="radio"
									name={meta.name}
									value={option.value}
									defaultChecked={current === option.value}
									className="size-5 accent-brand-700"
								/>
								{option.label}
							</label>
						))}
					</div>
				</fieldset>
			)
		}
		case 'code':
			return (
				<div>
					{labelElement}
					<select
						{...common}
						key={meta.key}
						defaultValue={textOf(field.name, meta.initialValue)}
						className={`${inputClass} mt-1.5`}
					>
						<option value="">{t('form.choose')}</option>
						{taxonomy[field.vocabulary!].map((option) => (
							<option key={option.code} value={option.code}>
								{term(field.vocabulary!, option.code)}
							</option>
						))}
					</select>
					{below}
				</div>
			)
		case 'organization':
			if (type === 'expert') {
				return (
					<div>
						{labelElement}
						<select
							{...common}
							key={meta.key}
							defaultValue={textOf(field.name, meta.initialValue)}
							className={`${inputClass} mt-1.5`}
						>
							<option value="">{t('form.affiliation.none')}</option>
							{affiliations.map((option) => (
								<option key={option.ref} value={option.ref}>
									{option.name}
								</option>
							))}
						</select>
						{below}
					</div>
				)
			}
			// A lab's or facility's host is fixed: shown, and sent by the server, not the form.
			return (
				<div id={meta.id}>
					<p className={labelClass}>{label}</p>
					<p className="mt-1.5 text-slate-800">{organization?.name ?? '—'}</p>
					<p className={hintClass}>{t('listingHint.organizationFixed')}</p>
					<FieldMessages id={meta.errorId} messages={messages} />
				</div>
			)
		case 'paragraphs':
		case 'textList':
			return (
				<div>
					{labelElement}
					<textarea
						{...common}
						key={meta.key}
						rows={field.kind === 'paragraphs' ? 8 : field.name === 'languages' ? 2 : 4}
						defaultValue={textOf(field.name, meta.initialValue)}
						className={`${inputClass} mt-1.5`}
					/>
					{below}
				</div>
			)
		default: {
			const inputType = {
				url: 'url',
				email: 'email',
				date: 'date',
				integer: 'number',
			}[field.kind as string]
			return (
				<div>
					{labelElement}
					<input
						{...common}
						key={meta.key}
						type={inputType ?? 'text'}
						inputMode={field.kind === 'number' ? 'decimal' : field.kind === 'integer' ? 'numeric' : undefined}
						min={field.kind === 'integer' ? 1 : undefined}
						step={field.kind === 'integer' ? 1 : undefined}
						autoComplete="off"
						defaultValue={textOf(field.name, meta.initialValue)}
						className={`${inputClass} mt-1.5`}
					/>
					{below}
				</div>
			)
		}
	}
}
