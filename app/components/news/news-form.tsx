import type { SubmissionResult } from '@conform-to/react'
import { Field, SchemaForm, schemaOnUse, SubmitButton, TextareaField, useSchemaForm } from '~/components/forms/index.ts'
import { ImageFields } from '~/components/forms/image-fields.tsx'
import { NEWS_LIMITS } from '~/domain/news/news-schema.ts'
import { useT } from '~/i18n/use-t.ts'

const newsSchemaOnUse = schemaOnUse(() => import('~/domain/news/news-schema.ts').then((module) => module.newsSchema))

export type NewsFormValues = Record<
	'titleEn' | 'leadEn' | 'bodyEn' | 'titleSv' | 'leadSv' | 'bodySv' | 'imageAlt',
	string
>

/** The coordinator's news form: one fieldset per language, both posted together. */
export function NewsForm({
	defaultValue,
	image = null,
	lastResult,
}: {
	defaultValue?: NewsFormValues
	/** The picture the item has. */
	image?: { key: string; alt: string } | null
	lastResult?: SubmissionResult<string[]>
}) {
	const { t } = useT()
	const [form, fields] = useSchemaForm(newsSchemaOnUse, {
		id: 'news',
		defaultValue,
		lastResult,
		checkFirst: 'onSubmit',
	})
	const languages = [
		{ suffix: 'En', legend: t('publishing.inEnglish'), lang: 'en' },
		{ suffix: 'Sv', legend: t('publishing.inSwedish'), lang: 'sv' },
	] as const
	return (
		<SchemaForm
			form={form}
			intro={<p className="text-slate-700">{t('publishing.languagesHint')}</p>}
			encType="multipart/form-data"
		>
			{languages.map(({ suffix, legend, lang }) => (
				<fieldset key={suffix} lang={lang} className="card space-y-4 p-5 sm:p-6">
					<legend className="px-1 text-lg font-semibold text-slate-900">{legend}</legend>
					<Field
						meta={fields[`title${suffix}`]}
						label={t('publishing.field.title')}
						inputProps={{ maxLength: NEWS_LIMITS.title }}
					/>
					<TextareaField
						meta={fields[`lead${suffix}`]}
						label={t('publishing.field.lead')}
						hint={t('publishing.field.leadHint')}
						rows={3}
					/>
					<TextareaField
						meta={fields[`body${suffix}`]}
						label={t('publishing.field.body')}
						hint={t('publishing.markdownHint')}
						rows={12}
					/>
				</fieldset>
			))}
			<ImageFields
				id="news"
				heading={t('publishing.picture')}
				hints={{ file: t('publishing.pictureHint'), alt: t('publishing.pictureAltHint') }}
				image={image}
				fields={fields}
				errorsOf={(name) => fields[name as keyof typeof fields]?.errors ?? []}
			/>
			<SubmitButton name="intent" value="save" pendingLabel={t('publishing.saving')}>
				{t('publishing.save')}
			</SubmitButton>
		</SchemaForm>
	)
}
