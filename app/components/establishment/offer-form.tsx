import type { SubmissionResult } from '@conform-to/react'
import {
	CheckboxField,
	Field,
	SchemaForm,
	schemaOnUse,
	SelectField,
	SubmitButton,
	TextareaField,
	useLabelledFields,
	useSchemaForm,
} from '~/components/forms/index.ts'
import { ImageFields } from '~/components/forms/image-fields.tsx'
import { Section } from '~/components/section.tsx'
import { offerKinds, offerStatuses, sizeUnits } from '~/domain/establishment/offer-kinds.ts'
import { type offerFormSchema, offerLimits } from '~/domain/establishment/offer-schema.ts'
import { campusSites } from '~/domain/places/campus-sites.ts'
import { needTexts, type PlainMessageKey } from '~/i18n/messages.ts'
import { useT } from '~/i18n/use-t.ts'

// The enquiry's fields and the size units are the enquiry form's texts (text-parts.ts).
await needTexts('enquiryForm')

const offerFormSchemaOnUse = schemaOnUse(() =>
	import('~/domain/establishment/offer-schema.ts').then((module) => module.offerFormSchema),
)

export interface OfferFormValues {
	kind?: string
	titleEn?: string | null
	titleSv?: string | null
	descriptionEn?: string | null
	descriptionSv?: string | null
	termsEn?: string | null
	termsSv?: string | null
	priceRange?: string | null
	site?: string | null
	address?: string | null
	sizeValue?: number | string | null
	sizeUnit?: string | null
	availableFrom?: string | null
	availableUntil?: string | null
	contactName?: string | null
	contactEmail?: string | null
	contactPhone?: string | null
	status?: string
	published?: boolean | string
	imageAlt?: string | null
	/** The picture's file control and its "remove" box: posted, never a stored value. */
	imageFile?: string
	imageRemove?: string
}

const fieldLabels = {
	kind: 'label.offerKind',
	titleEn: 'label.offerTitleEn',
	titleSv: 'label.offerTitleSv',
	descriptionEn: 'label.offerDescriptionEn',
	descriptionSv: 'label.offerDescriptionSv',
	termsEn: 'label.offerTermsEn',
	termsSv: 'label.offerTermsSv',
	priceRange: 'label.offerPriceRange',
	site: 'label.offerSite',
	address: 'label.offerAddress',
	sizeValue: 'label.offerSize',
	sizeUnit: 'label.offerSizeUnit',
	availableFrom: 'label.offerAvailableFrom',
	availableUntil: 'label.offerAvailableUntil',
	contactName: 'label.offerContactName',
	contactEmail: 'label.offerContactEmail',
	contactPhone: 'label.offerContactPhone',
	status: 'label.offerStatus',
	published: 'label.offerPublished',
	imageFile: 'listingField.imageFile',
	imageAlt: 'listingField.imageAlt',
} as const satisfies Record<string, PlainMessageKey>

/** The offer form, for a new offer and an edit: checked in the browser with the action's schema. */
export function OfferForm({
	defaultValue,
	image = null,
	lastResult,
}: {
	defaultValue: OfferFormValues
	/** The picture the offer has. */
	image?: { key: string; alt: string } | null
	lastResult?: SubmissionResult<string[]> | null
}) {
	const { t } = useT()
	const [form, fields] = useSchemaForm<typeof offerFormSchema, OfferFormValues>(offerFormSchemaOnUse, {
		id: 'offer',
		lastResult,
		defaultValue,
		checkFirst: 'onSubmit',
	})
	const { field, summaryField, messagesOf } = useLabelledFields(form, fields, fieldLabels, 'offer')

	return (
		<SchemaForm
			form={form}
			className="space-y-8"
			summary={{ id: 'offer-errors', reply: lastResult, field: summaryField }}
			encType="multipart/form-data"
		>
			<Section id="offer-what" heading={t('offers.section.what')} size="lg" className="card space-y-6 p-5 sm:p-6">
				<SelectField
					{...field('kind')}
					required
					options={[
						{ value: '', label: t('offers.kindChoose') },
						...offerKinds.map((kind) => ({ value: kind, label: t(`establish.kind.${kind}`) })),
					]}
				/>
				<p className="text-sm text-slate-600">{t('offers.languagesHint')}</p>
				<div className="grid gap-6 lg:grid-cols-2">
					<div className="space-y-6" lang="en">
						<Field {...field('titleEn')} inputProps={{ maxLength: offerLimits.title }} />
						<TextareaField {...field('descriptionEn')} rows={6} />
					</div>
					<div className="space-y-6" lang="sv">
						<Field {...field('titleSv')} inputProps={{ maxLength: offerLimits.title }} />
						<TextareaField {...field('descriptionSv')} rows={6} />
					</div>
				</div>
			</Section>

			<Section id="offer-where" heading={t('offers.section.where')} size="lg" className="card space-y-6 p-5 sm:p-6">
				<div className="grid gap-6 sm:grid-cols-2">
					<SelectField
						{...field('site')}
						options={[
							{ value: '', label: t('offers.siteNone') },
							...campusSites.map((site) => ({ value: site.code, label: site.name })),
						]}
					/>
					<Field {...field('address')} inputProps={{ maxLength: offerLimits.address }} />
				</div>
				<div className="grid gap-6 sm:grid-cols-2">
					<Field {...field('sizeValue')} inputProps={{ inputMode: 'numeric' }} />
					<SelectField
						{...field('sizeUnit')}
						options={[
							{ value: '', label: t('offers.unitNone') },
							...sizeUnits.map((unit) => ({ value: unit, label: t(`establish.unit.${unit}`) })),
						]}
					/>
				</div>
				<div className="grid gap-6 sm:grid-cols-2">
					<Field {...field('availableFrom')} type="date" />
					<Field {...field('availableUntil')} type="date" />
				</div>
			</Section>

			<Section id="offer-terms" heading={t('offers.section.terms')} size="lg" className="card space-y-6 p-5 sm:p-6">
				<div className="grid gap-6 lg:grid-cols-2">
					<TextareaField {...field('termsEn')} rows={3} textareaProps={{ lang: 'en' }} />
					<TextareaField {...field('termsSv')} rows={3} textareaProps={{ lang: 'sv' }} />
				</div>
				<Field {...field('priceRange')} inputProps={{ maxLength: offerLimits.priceRange }} />
				<div className="grid gap-6 sm:grid-cols-3">
					<Field {...field('contactName')} required inputProps={{ autoComplete: 'off' }} />
					<Field {...field('contactEmail')} type="email" required />
					<Field {...field('contactPhone')} type="tel" />
				</div>
			</Section>

			<ImageFields
				id="offer"
				heading={t('offers.section.picture')}
				hints={{ file: t('publishing.pictureHint'), alt: t('publishing.pictureAltHint') }}
				image={image}
				fields={fields}
				errorsOf={messagesOf}
			/>

			<Section id="offer-publish" heading={t('offers.section.publish')} size="lg" className="card space-y-6 p-5 sm:p-6">
				<SelectField
					{...field('status')}
					options={offerStatuses.map((status) => ({ value: status, label: t(`establish.status.${status}`) }))}
				/>
				<CheckboxField {...field('published')} />
				<p className="text-sm text-slate-600">{t('offers.publishedHint')}</p>
			</Section>

			<SubmitButton pendingLabel={t('offers.saving')}>{t('offers.save')}</SubmitButton>
		</SchemaForm>
	)
}
