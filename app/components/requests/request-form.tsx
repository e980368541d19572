import {
	getFormProps,
	getInputProps,
	getSelectProps,
	getTextareaProps,
	type SubmissionResult,
	useForm,
} from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Form } from '@remix-run/react'
import type { ReactNode } from 'react'
import {
	ErrorSummary,
	FieldMessages,
	hintClass,
	inputClass,
	labelClass,
	Notice,
	RequiredMark,
	type SummaryError,
} from '~/components/form-controls.tsx'
import { SubmitButton } from '~/components/forms.tsx'
import { localizeFormError } from '~/components/listing-form/form-errors.ts'
import { TaxonomyPicker } from '~/components/listing-form/taxonomy-picker.tsx'
import { confidentialityLevels, requestFormSchema, requestLimits } from '~/domain/requests/request-form-schema.ts'
import { taxonomy, type VocabularyName } from '~/domain/taxonomy/taxonomy.ts'
import type { PlainMessageKey } from '~/i18n/messages.ts'
import { useT } from '~/i18n/use-t.ts'

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
}

const fieldLabels: Record<string, PlainMessageKey> = {
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
}

/** "services[1]" → "services": list items report under their list. */
const baseField = (key: string) => key.replace(/\[.*$/, '').replace(/\..*$/, '')

function TextControl({
	id,
	label,
	hint,
	required,
	messages,
	children,
}: {
	id: string
	label: string
	hint?: string
	required?: boolean
	messages: readonly string[]
	children: ReactNode
}) {
	return (
		<div>
			<label htmlFor={id} className={labelClass}>
				{label}
				{required ? <RequiredMark /> : null}
			</label>
			{hint ? (
				<p id={`${id}-hint`} className={hintClass}>
					{hint}
				</p>
			) : null}
			<div className="mt-1.5">{children}</div>
			<FieldMessages id={`${id}-error`} messages={messages} />
		</div>
	)
}

/**
 * The match request form, for new requests and drafts. Two buttons: "save
 * draft" keeps whatever is there; "submit" needs the teaser and description
 * too. Validated in the browser with the server's schema, and again by the
 * action; a failed submit comes back with every typed value.
 */
export function RequestForm({
	organizations,
	defaultValue,
	lastResult,
}: {
	organizations: ReadonlyArray<{ id: string; name: string }>
	defaultValue: RequestFormValues
	lastResult?: SubmissionResult<string[]> | null
}) {
	const i18n = useT()
	const { t, term } = i18n
	const [form, fields] = useForm({
		id: 'request',
		lastResult,
		defaultValue,
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: requestFormSchema }),
	})
	const allErrors = form.allErrors
	const messagesOf = (name: string) =>
		Object.entries(allErrors)
			.filter(([key]) => key !== '' && baseField(key) === name)
			.flatMap(([, messages]) => messages.map((message) => localizeFormError(message, i18n)))
	const summary: SummaryError[] = Object.entries(allErrors)
		.filter(([key]) => key !== '' && key !== 'intent')
		.flatMap(([key, messages]) => {
			const name = baseField(key)
			return messages.map((message) => ({
				fieldId: `request-${name}`,
				label: fieldLabels[name] ? t(fieldLabels[name]) : name,
				message: localizeFormError(message, i18n),
			}))
		})
	const formMessages = (allErrors[''] ?? []).map((message) => localizeFormError(message, i18n))
	const describedBy = (id: string, hint: boolean, messages: readonly string[]) =>
		[hint ? `${id}-hint` : null, messages.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined
	const invalid = (messages: readonly string[]) => (messages.length ? true : undefined)

	const listValue = (value: unknown): string[] =>
		Array.isArray(value)
			? value.filter((item): item is string => typeof item === 'string')
			: typeof value === 'string'
				? [value]
				: []
	const text = (name: keyof typeof fieldLabels, hint?: PlainMessageKey, required = false) => {
		const id = `request-${name}`
		const messages = messagesOf(name)
		return {
			id,
			messages,
			hint: hint ? t(hint) : undefined,
			required,
			describedBy: describedBy(id, Boolean(hint), messages),
		}
	}

	const picker = (
		name: 'services' | 'modalities' | 'requiredGrades' | 'requiredLicences',
		vocabulary: VocabularyName,
		legend: PlainMessageKey,
	) => (
		<TaxonomyPicker
			id={`request-${name}`}
			name={fields[name].name}
			legend={t(legend)}
			vocabulary={vocabulary}
			selected={listValue(fields[name].initialValue)}
			errors={messagesOf(name)}
			errorId={`request-${name}-error`}
		/>
	)

	const title = text('title', 'requestForm.titleHint', true)
	const teaser = text('teaser', 'requestForm.teaserHint', true)
	const description = text('description', 'requestForm.descriptionHint', true)
	const phase = text('phase')
	const neededBy = text('neededBy')
	const preferred = text('preferredListingType')
	const organization = text('organizationId')

	return (
		<Form method="post" {...getFormProps(form)} noValidate className="space-y-8">
			{formMessages.length ? (
				<Notice tone="error" role="alert">
					{formMessages.map((message) => (
						<p key={message}>{message}</p>
					))}
				</Notice>
			) : null}
			<ErrorSummary id="request-errors" errors={summary} />

			<section aria-labelledby="request-basics" className="card space-y-6 p-5 sm:p-6">
				<h2 id="request-basics" className="sr-only">
					{t('requestForm.newTitle')}
				</h2>
				{organizations.length > 1 ? (
					<TextControl
						id={organization.id}
						label={t('requestForm.organization')}
						messages={organization.messages}
						required
					>
						<select
							{...getSelectProps(fields.organizationId)}
							id={organization.id}
							key={fields.organizationId.key}
							aria-describedby={organization.describedBy}
							aria-invalid={invalid(organization.messages)}
							className={inputClass}
						>
							{organizations.map((choice) => (
								<option key={choice.id} value={choice.id}>
									{choice.name}
								</option>
							))}
						</select>
					</TextControl>
				) : (
					<>
						<input type="hidden" name={fields.organizationId.name} value={organizations[0]?.id ?? ''} />
						<p className="text-slate-700">
							{t('requestDetail.postedFor', { organization: organizations[0]?.name ?? '' })}
						</p>
					</>
				)}
				<TextControl {...title} label={t('requestForm.title')}>
					<input
						{...getInputProps(fields.title, { type: 'text' })}
						id={title.id}
						key={fields.title.key}
						maxLength={requestLimits.title}
						aria-describedby={title.describedBy}
						aria-invalid={invalid(title.messages)}
						className={inputClass}
					/>
				</TextControl>
				<TextControl {...teaser} label={t('requestForm.teaser')}>
					<textarea
						{...getTextareaProps(fields.teaser)}
						id={teaser.id}
						key={fields.teaser.key}
						rows={3}
						maxLength={requestLimits.teaser}
						aria-describedby={teaser.describedBy}
						aria-invalid={invalid(teaser.messages)}
						className={inputClass}
					/>
				</TextControl>
				<TextControl {...description} label={t('requestForm.description')}>
					<textarea
						{...getTextareaProps(fields.description)}
						id={description.id}
						key={fields.description.key}
						rows={8}
						aria-describedby={description.describedBy}
						aria-invalid={invalid(description.messages)}
						className={inputClass}
					/>
				</TextControl>
			</section>

			<section aria-labelledby="request-needs" className="card space-y-6 p-5 sm:p-6">
				<h2 id="request-needs" className="text-lg font-semibold text-slate-900">
					{t('requestForm.needsHeading')}
				</h2>
				{picker('services', 'services', 'requestForm.services')}
				{picker('modalities', 'modalities', 'requestForm.modalities')}
				<div className="grid gap-6 sm:grid-cols-3">
					<TextControl {...phase} label={t('requestForm.phase')}>
						<select
							{...getSelectProps(fields.phase)}
							id={phase.id}
							key={fields.phase.key}
							aria-describedby={phase.describedBy}
							aria-invalid={invalid(phase.messages)}
							className={inputClass}
						>
							<option value="">{t('requestForm.phaseNone')}</option>
							{taxonomy.phases.map((option) => (
								<option key={option.code} value={option.code}>
									{term('phases', option.code)}
								</option>
							))}
						</select>
					</TextControl>
					<TextControl {...neededBy} label={t('requestForm.neededBy')}>
						<input
							{...getInputProps(fields.neededBy, { type: 'date' })}
							id={neededBy.id}
							key={fields.neededBy.key}
							aria-describedby={neededBy.describedBy}
							aria-invalid={invalid(neededBy.messages)}
							className={inputClass}
						/>
					</TextControl>
					<TextControl {...preferred} label={t('requestForm.preferredType')}>
						<select
							{...getSelectProps(fields.preferredListingType)}
							id={preferred.id}
							key={fields.preferredListingType.key}
							aria-describedby={preferred.describedBy}
							aria-invalid={invalid(preferred.messages)}
							className={inputClass}
						>
							<option value="">{t('requestForm.preferredTypeAny')}</option>
							{taxonomy.listingTypes.map((option) => (
								<option key={option.code} value={option.code}>
									{term('listingTypes', option.code)}
								</option>
							))}
						</select>
					</TextControl>
				</div>
				<div className="grid gap-6 sm:grid-cols-2">
					{picker('requiredGrades', 'cleanroomGrades', 'requestForm.grades')}
					{picker('requiredLicences', 'licences', 'requestForm.licences')}
				</div>
			</section>

			<fieldset id="request-confidentiality" className="card space-y-3 p-5 sm:p-6">
				<legend className="float-left mb-2 w-full text-lg font-semibold text-slate-900">
					{t('requestForm.confidentiality')}
				</legend>
				<FieldMessages id="request-confidentiality-error" messages={messagesOf('confidentiality')} />
				{confidentialityLevels.map((level) => {
					const id = `request-confidentiality-${level}`
					const checked = (fields.confidentiality.initialValue ?? 'hub_only') === level
					return (
						<div key={level} className="flex items-start gap-3 rounded-lg border border-slate-200 p-3">
							<input
								id={id}
								type="radio"
								name={fields.confidentiality.name}
								value={level}
								defaultChecked={checked}
								aria-describedby={`${id}-hint`}
								className="mt-1 size-5 shrink-0 accent-brand-700"
							/>
							<div>
								<label htmlFor={id} className="font-semibold text-slate-900">
									{t(`request.confidentiality.${level}`)}
								</label>
								<p id={`${id}-hint`} className={hintClass}>
									{t(`request.confidentiality.${level}.hint`)}
								</p>
							</div>
						</div>
					)
				})}
			</fieldset>

			<div className="flex flex-wrap items-center gap-3">
				<SubmitButton name="intent" value="submit" pendingLabel={t('requestForm.submitting')}>
					{t('requestForm.submit')}
				</SubmitButton>
				<SubmitButton name="intent" value="save" tone="secondary" pendingLabel={t('requestForm.saving')}>
					{t('requestForm.save')}
				</SubmitButton>
				<p className="text-sm text-slate-600">{t('requestForm.submitHint')}</p>
			</div>
		</Form>
	)
}
