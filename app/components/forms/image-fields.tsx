import { Section } from '~/components/section.tsx'
import { imageFileField, imageRemoveField } from '~/domain/listings/listing-form-input.ts'
import { useT } from '~/i18n/use-t.ts'
import { CheckboxField, Field, type Meta } from './fields.tsx'
import { ListingImage } from '../listing-image.tsx'

/**
 * The one picture of a listing, a news item or an offer: the one it has (with
 * a box to remove it), a file to replace it, and the words that stand for it. A file is checked by
 * the server, whatever the browser says it is; the `accept` list only helps
 * the file chooser.
 */
export function ImageFields({
	id,
	heading,
	hints,
	image,
	fields,
	errorsOf,
}: {
	id: string
	heading: string
	/** What the file and the words fields say under them, where a listing's (reviewed before shown) would be wrong. */
	hints?: { file: string; alt: string }
	image: { key: string; alt: string } | null
	fields: Record<string, Meta | undefined>
	errorsOf: (name: string) => readonly string[]
}) {
	const { t } = useT()
	const headingId = `${id}-section-picture`
	return (
		<Section id={headingId} heading={heading} size="lg" className="card p-5 sm:p-6">
			<div className="mt-5 grid gap-6">
				{image ? (
					<div className="space-y-3">
						<figure className="space-y-2">
							<ListingImage image={image} variant="review" />
							<figcaption className="text-sm text-slate-600">{t('listingForm.picture.current')}</figcaption>
						</figure>
						<CheckboxField
							label={t('listingForm.picture.remove')}
							meta={fields[imageRemoveField]}
							errors={errorsOf(imageRemoveField)}
						/>
					</div>
				) : null}
				<Field
					label={t('listingField.imageFile')}
					hint={hints?.file ?? t('listingHint.imageFile')}
					meta={fields[imageFileField]}
					errors={errorsOf(imageFileField)}
					type="file"
					inputProps={{ accept: 'image/jpeg,image/png,image/webp' }}
				/>
				<Field
					label={t('listingField.imageAlt')}
					hint={hints?.alt ?? t('listingHint.imageAlt')}
					meta={fields.imageAlt}
					errors={errorsOf('imageAlt')}
					inputProps={{
						autoComplete: 'off',
						defaultValue: typeof fields.imageAlt?.initialValue === 'string' ? fields.imageAlt.initialValue : '',
					}}
				/>
			</div>
		</Section>
	)
}
