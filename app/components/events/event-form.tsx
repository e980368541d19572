import type { SubmissionResult } from '@conform-to/react'
import {
	Field,
	SchemaForm,
	schemaOnUse,
	SelectField,
	SubmitButton,
	TextareaField,
	useSchemaForm,
} from '~/components/forms/index.ts'
import { EVENT_LIMITS, registrationKinds } from '~/domain/events/event-schema.ts'
import { offeredTimeZones } from '~/domain/events/zoned-time.ts'
import { useT } from '~/i18n/use-t.ts'

const eventSchemaOnUse = schemaOnUse(() =>
	import('~/domain/events/event-schema.ts').then((module) => module.eventSchema),
)

export type EventFormValues = Record<
	| 'titleEn'
	| 'descriptionEn'
	| 'titleSv'
	| 'descriptionSv'
	| 'startsAt'
	| 'endsAt'
	| 'timeZone'
	| 'place'
	| 'address'
	| 'onlineUrl'
	| 'organiser'
	| 'registration'
	| 'registrationUrl'
	| 'capacity',
	string
>

/** The coordinator's event form: texts per language, then when and where, then registration. */
export function EventForm({
	defaultValue,
	lastResult,
}: {
	defaultValue?: Partial<EventFormValues>
	lastResult?: SubmissionResult<string[]>
}) {
	const { t } = useT()
	const [form, fields] = useSchemaForm(eventSchemaOnUse, {
		id: 'event',
		defaultValue: { timeZone: 'Europe/Stockholm', registration: 'none', ...defaultValue },
		lastResult,
		checkFirst: 'onSubmit',
	})
	const zone = defaultValue?.timeZone
	const zones =
		zone && !(offeredTimeZones as readonly string[]).includes(zone) ? [zone, ...offeredTimeZones] : offeredTimeZones
	const languages = [
		{ suffix: 'En', legend: t('publishing.inEnglish'), lang: 'en' },
		{ suffix: 'Sv', legend: t('publishing.inSwedish'), lang: 'sv' },
	] as const
	const section = 'card space-y-4 p-5 sm:p-6'
	const legend = 'px-1 text-lg font-semibold text-slate-900'
	return (
		<SchemaForm form={form} intro={<p className="text-slate-700">{t('publishing.languagesHint')}</p>}>
			{languages.map(({ suffix, legend: name, lang }) => (
				<fieldset key={suffix} lang={lang} className={section}>
					<legend className={legend}>{name}</legend>
					<Field
						meta={fields[`title${suffix}`]}
						label={t('publishing.field.title')}
						inputProps={{ maxLength: EVENT_LIMITS.title }}
					/>
					<TextareaField
						meta={fields[`description${suffix}`]}
						label={t('publishing.field.description')}
						hint={t('publishing.markdownHint')}
						rows={8}
					/>
				</fieldset>
			))}
			<fieldset className={section}>
				<legend className={legend}>{t('publishing.events.when')}</legend>
				<div className="grid gap-4 sm:grid-cols-2">
					<Field meta={fields.startsAt} type="datetime-local" label={t('publishing.field.startsAt')} required />
					<Field meta={fields.endsAt} type="datetime-local" label={t('publishing.field.endsAt')} required />
				</div>
				<SelectField
					meta={fields.timeZone}
					label={t('publishing.field.timeZone')}
					hint={t('publishing.field.timeZoneHint')}
					options={zones.map((value) => ({ value, label: value.replace(/_/g, ' ') }))}
				/>
				<Field
					meta={fields.place}
					label={t('publishing.field.place')}
					hint={t('publishing.field.placeHint')}
					inputProps={{ maxLength: EVENT_LIMITS.place }}
				/>
				<Field
					meta={fields.address}
					label={t('publishing.field.address')}
					inputProps={{ maxLength: EVENT_LIMITS.address, autoComplete: 'off' }}
				/>
				<Field meta={fields.onlineUrl} type="url" label={t('publishing.field.onlineUrl')} />
				<Field
					meta={fields.organiser}
					label={t('publishing.field.organiser')}
					required
					inputProps={{ maxLength: EVENT_LIMITS.organiser }}
				/>
			</fieldset>
			<fieldset className={section}>
				<legend className={legend}>{t('publishing.events.registrationSection')}</legend>
				<SelectField
					meta={fields.registration}
					label={t('publishing.field.registration')}
					options={registrationKinds.map((value) => ({ value, label: t(`publishing.registration.${value}`) }))}
				/>
				<Field
					meta={fields.registrationUrl}
					type="url"
					label={t('publishing.field.registrationUrl')}
					hint={t('publishing.field.registrationUrlHint')}
				/>
				<Field
					meta={fields.capacity}
					type="number"
					label={t('publishing.field.capacity')}
					hint={t('publishing.field.capacityHint')}
					inputProps={{ min: 1, max: EVENT_LIMITS.capacity, inputMode: 'numeric' }}
				/>
			</fieldset>
			<SubmitButton name="intent" value="save" pendingLabel={t('publishing.saving')}>
				{t('publishing.save')}
			</SubmitButton>
		</SchemaForm>
	)
}
