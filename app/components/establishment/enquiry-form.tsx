import type { SubmissionResult } from '@conform-to/react'
import {
	Field,
	SchemaForm,
	schemaOnUse,
	SelectField,
	SubmitButton,
	TextareaField,
	useLabelledFields,
	useSchemaForm,
} from '~/components/forms/index.ts'
import { enquiryLimits } from '~/domain/establishment/enquiries/enquiry-limits.ts'
import type { enquiryFormSchema } from '~/domain/establishment/enquiries/enquiry-schema.ts'
import { sizeUnits } from '~/domain/establishment/offer-kinds.ts'
import { needTexts, type PlainMessageKey } from '~/i18n/messages.ts'
import { useT } from '~/i18n/use-t.ts'

const enquiryFormSchemaOnUse = schemaOnUse(() =>
	import('~/domain/establishment/enquiries/enquiry-schema.ts').then((module) => module.enquiryFormSchema),
)

// The form is also shown on /contact, which loads none of the establish pages' texts.
await needTexts('enquiryForm')

/** The one page that answers the form, wherever it is shown (/establish/enquire, /contact). */
export const ENQUIRY_FORM_ACTION = '/establish/enquire'

export interface EnquiryFormValues {
	company?: string
	need?: string
	sizeText?: string
	sizeValue?: string
	sizeUnit?: string
	timing?: string
	contactName?: string
	contactEmail?: string
	contactPhone?: string
}

const fieldLabels = {
	company: 'label.enquiryCompany',
	need: 'label.enquiryNeed',
	sizeText: 'label.enquirySizeText',
	sizeValue: 'label.enquirySizeValue',
	sizeUnit: 'label.enquirySizeUnit',
	timing: 'label.enquiryTiming',
	contactName: 'label.enquiryContactName',
	contactEmail: 'label.email',
	contactPhone: 'label.enquiryPhone',
} as const satisfies Record<string, PlainMessageKey>

/**
 * "Talk to the establishment office", and "I'm interested" on an offer (which
 * passes the offer): one form, checked in the browser with the action's
 * schema, sent to one action whichever page shows it.
 */
export function EnquiryForm({
	offerSlug,
	defaultValue = {},
	lastResult,
	signedIn = false,
}: {
	offerSlug?: string | null
	defaultValue?: EnquiryFormValues
	lastResult?: SubmissionResult<string[]> | null
	signedIn?: boolean
}) {
	const { t } = useT()
	const [form, fields] = useSchemaForm<typeof enquiryFormSchema, EnquiryFormValues>(enquiryFormSchemaOnUse, {
		id: 'enquiry',
		lastResult,
		defaultValue,
		checkFirst: 'onSubmit',
	})
	const { field, summaryField } = useLabelledFields(form, fields, fieldLabels, 'enquiry')
	return (
		<SchemaForm
			form={form}
			action={ENQUIRY_FORM_ACTION}
			honeypot
			hidden={{ offer: offerSlug ?? undefined }}
			className="space-y-6"
			summary={{ id: 'enquiry-errors', reply: lastResult, field: summaryField }}
		>
			<fieldset className="card space-y-5 p-5 sm:p-6">
				<legend className="float-left mb-3 w-full text-lg font-semibold text-slate-900">
					{t('enquiry.form.companySection')}
				</legend>
				<Field
					{...field('company')}
					required
					inputProps={{ autoComplete: 'organization', maxLength: enquiryLimits.company }}
				/>
				<TextareaField {...field('need')} required rows={5} />
				<Field
					{...field('sizeText')}
					hint={t('enquiry.form.sizeHint')}
					inputProps={{ maxLength: enquiryLimits.sizeText }}
				/>
				<div className="grid gap-5 sm:grid-cols-2">
					<Field {...field('sizeValue')} inputProps={{ inputMode: 'numeric' }} />
					<SelectField
						{...field('sizeUnit')}
						options={[
							{ value: '', label: t('enquiry.form.unitNone') },
							...sizeUnits.map((unit) => ({ value: unit, label: t(`establish.unit.${unit}`) })),
						]}
					/>
				</div>
				<Field {...field('timing')} inputProps={{ maxLength: enquiryLimits.timing }} />
			</fieldset>
			<fieldset className="card space-y-5 p-5 sm:p-6">
				<legend className="float-left mb-3 w-full text-lg font-semibold text-slate-900">
					{t('enquiry.form.contactSection')}
				</legend>
				{signedIn ? <p className="text-sm text-slate-600">{t('enquiry.form.memberNote')}</p> : null}
				<Field {...field('contactName')} required inputProps={{ autoComplete: 'name' }} />
				<div className="grid gap-5 sm:grid-cols-2">
					<Field {...field('contactEmail')} type="email" required inputProps={{ autoComplete: 'email' }} />
					<Field {...field('contactPhone')} type="tel" inputProps={{ autoComplete: 'tel' }} />
				</div>
			</fieldset>
			<p className="text-sm leading-relaxed text-slate-600">{t('enquiry.form.privacy')}</p>
			<SubmitButton pendingLabel={t('enquiry.form.pending')}>{t('enquiry.form.submit')}</SubmitButton>
		</SchemaForm>
	)
}
