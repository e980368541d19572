import type { SubmissionResult } from '@conform-to/react'
import { Link } from '@remix-run/react'
import {
	ChoiceFieldset,
	Field,
	FieldMessages,
	HiddenFields,
	SchemaForm,
	schemaOnUse,
	SelectField,
	SubmitButton,
	type SummaryField,
	TextareaField,
	useLabelledFields,
	useSchemaForm,
} from '~/components/forms/index.ts'
import { TaxonomyPicker } from '~/components/listing-form/taxonomy-picker.tsx'
import { Section } from '~/components/section.tsx'
import { listingPath } from '~/domain/directory/types.ts'
import type { StartedFrom } from '~/domain/requests/prefill-request.server.ts'
import { confidentialityLevels, type requestFormSchema, requestLimits } from '~/domain/requests/request-form-schema.ts'
import { taxonomy, type VocabularyName } from '~/taxonomy/taxonomy.ts'
import type { PlainMessageKey } from '~/i18n/messages.ts'
import { useT } from '~/i18n/use-t.ts'

const requestFormSchemaOnUse = schemaOnUse(() =>
	import('~/domain/requests/request-form-schema.ts').then((module) => module.requestFormSchema),
)

export interface RequestFormValues {
	organizationId?: string
	title?: string
	teaser?: string
	description?: string
	services?: string[]
	modalities?: string[]
	phase?: string | null
	neededBy?: string | null
	requiredGrades?: string[]
	requiredLicences?: string[]
	preferredListingType?: string | null
	confidentiality?: string
	startedFromListingId?: string
}

const fieldLabels = {
	organizationId: 'requestForm.organization',
	title: 'requestForm.title',
	teaser: 'requestForm.teaser',
	description: 'requestForm.description',
	services: 'requestForm.services',
	modalities: 'requestForm.modalities',
	phase: 'requestForm.phase',
	neededBy: 'requestForm.neededBy',
	requiredGrades: 'requestForm.grades',
	requiredLicences: 'requestForm.licences',
	preferredListingType: 'requestForm.preferredType',
	confidentiality: 'requestForm.confidentiality',
	startedFromListingId: 'requestForm.startedFromLabel',
} as const satisfies Record<string, PlainMessageKey>

/**
 * The match request form, for new requests and drafts. Two buttons: "save
 * draft" keeps whatever is there; "submit" needs the teaser and description
 * too. Validated in the browser with the server's schema, and again by the
 * action; a failed submit comes back with every typed value.
 */
export function RequestForm({
	organizations,
	defaultValue,
	startedFrom = null,
	lastResult,
}: {
	organizations: ReadonlyArray<{ id: string; name: string }>
	defaultValue: RequestFormValues
	/** The published listing an "Ask the hub" link came from: it travels with the form to the new request. */
	startedFrom?: StartedFrom | null
	lastResult?: SubmissionResult<string[]> | null
}) {
	const { t, term } = useT()
	const [form, fields] = useSchemaForm<typeof requestFormSchema, RequestFormValues>(requestFormSchemaOnUse, {
		id: 'request',
		lastResult,
		defaultValue,
	})
	const { field, messagesOf } = useLabelledFields(form, fields, fieldLabels, 'request')
	const summaryField: SummaryField = (name) =>
		name === 'intent'
			? null
			: {
					id: `request-${name}`,
					label: Object.hasOwn(fieldLabels, name) ? t(fieldLabels[name as keyof typeof fieldLabels]) : name,
				}

	const listValue = (value: unknown): string[] =>
		Array.isArray(value)
			? value.filter((item): item is string => typeof item === 'string')
			: typeof value === 'string'
				? [value]
				: []

	const picker = (
		name: 'services' | 'modalities' | 'requiredGrades' | 'requiredLicences',
		vocabulary: VocabularyName,
	) => (
		<TaxonomyPicker
			id={`request-${name}`}
			name={fields[name].name}
			legend={t(fieldLabels[name])}
			vocabulary={vocabulary}
			selected={listValue(fields[name].initialValue)}
			errors={messagesOf(name)}
			errorId={`request-${name}-error`}
		/>
	)

	return (
		<SchemaForm
			form={form}
			className="space-y-8"
			summary={{ id: 'request-errors', reply: lastResult, field: summaryField }}
		>
			<Section
				id="request-basics"
				heading={t('requestForm.newTitle')}
				size="hidden"
				className="card space-y-6 p-5 sm:p-6"
			>
				{organizations.length > 1 ? (
					<SelectField
						{...field('organizationId')}
						required
						options={organizations.map((choice) => ({ value: choice.id, label: choice.name }))}
					/>
				) : (
					<>
						<HiddenFields values={{ [fields.organizationId.name]: organizations[0]?.id ?? '' }} />
						<p className="text-slate-700">
							{t('requestDetail.postedFor', { organization: organizations[0]?.name ?? '' })}
						</p>
					</>
				)}
				{startedFrom || messagesOf('startedFromListingId').length ? (
					<div id="request-startedFromListingId">
						{startedFrom ? (
							<>
								<HiddenFields values={{ [fields.startedFromListingId.name]: startedFrom.id }} />
								<p className="text-slate-800">
									<span className="font-semibold">{t('requestForm.startedFromLabel')}:</span>{' '}
									<Link to={listingPath(startedFrom)} className="link">
										{startedFrom.name}
									</Link>
								</p>
								<p className="mt-1 text-sm text-slate-600">{t('requestForm.startedFromHint')}</p>
							</>
						) : null}
						<FieldMessages id="request-startedFromListingId-error" messages={messagesOf('startedFromListingId')} />
					</div>
				) : null}
				<Field
					{...field('title')}
					hint={t('requestForm.titleHint')}
					required
					inputProps={{ maxLength: requestLimits.title }}
				/>
				<TextareaField
					{...field('teaser')}
					hint={t('requestForm.teaserHint')}
					required
					rows={3}
					textareaProps={{ maxLength: requestLimits.teaser }}
				/>
				<TextareaField {...field('description')} hint={t('requestForm.descriptionHint')} required rows={8} />
			</Section>

			<Section
				id="request-needs"
				heading={t('requestForm.needsHeading')}
				size="lg"
				className="card space-y-6 p-5 sm:p-6"
			>
				{picker('services', 'services')}
				{picker('modalities', 'modalities')}
				<div className="grid gap-6 sm:grid-cols-3">
					<SelectField
						{...field('phase')}
						options={[
							{ value: '', label: t('requestForm.phaseNone') },
							...taxonomy.phases.map((option) => ({ value: option.code, label: term('phases', option.code) })),
						]}
					/>
					<Field {...field('neededBy')} type="date" />
					<SelectField
						{...field('preferredListingType')}
						options={[
							{ value: '', label: t('requestForm.preferredTypeAny') },
							...taxonomy.listingTypes.map((option) => ({
								value: option.code,
								label: term('listingTypes', option.code),
							})),
						]}
					/>
				</div>
				<div className="grid gap-6 sm:grid-cols-2">
					{picker('requiredGrades', 'cleanroomGrades')}
					{picker('requiredLicences', 'licences')}
				</div>
			</Section>

			<ChoiceFieldset
				id="request-confidentiality"
				name={fields.confidentiality.name}
				type="radio"
				layout="cards"
				className="card space-y-3 p-5 sm:p-6"
				legend={t('requestForm.confidentiality')}
				legendClassName="float-left mb-2 w-full text-lg font-semibold text-slate-900"
				choices={confidentialityLevels.map((level) => ({
					value: level,
					label: t(`request.confidentiality.${level}`),
					hint: t(`request.confidentiality.${level}.hint`),
				}))}
				selected={
					typeof fields.confidentiality.initialValue === 'string' ? fields.confidentiality.initialValue : 'hub_only'
				}
				errors={messagesOf('confidentiality')}
				errorId="request-confidentiality-error"
			/>

			<div className="flex flex-wrap items-center gap-3">
				<SubmitButton name="intent" value="submit" pendingLabel={t('requestForm.submitting')}>
					{t('requestForm.submit')}
				</SubmitButton>
				<SubmitButton name="intent" value="save" tone="secondary" pendingLabel={t('requestForm.saving')}>
					{t('requestForm.save')}
				</SubmitButton>
				<p className="text-sm text-slate-600">{t('requestForm.submitHint')}</p>
			</div>
		</SchemaForm>
	)
}
