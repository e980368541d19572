import { shownImage, type ShownImage } from '~/domain/images/image-key.ts'

const variants = {
	// The page's picture is part of what the visitor came for: loaded at once.
	page: {
		size: 'large',
		className: 'h-auto max-h-48 w-auto max-w-full rounded-lg bg-white object-contain',
		lazy: false,
	},
	// A news item's or an offer's picture heads its page, as wide as the text.
	feature: {
		size: 'large',
		className: 'h-auto max-h-96 w-full max-w-3xl rounded-lg bg-slate-100 object-cover',
		lazy: false,
	},
	// At the card's start edge: a card is a column, whose stretched items would centre the picture in its box.
	card: {
		size: 'small',
		className: 'h-12 w-auto max-w-24 self-start rounded bg-white object-contain object-left',
		lazy: true,
	},
	review: {
		size: 'small',
		className: 'h-auto max-h-40 w-auto max-w-full rounded bg-white object-contain',
		lazy: false,
	},
} as const

/**
 * A listing's logo or photo, a news item's or an offer's picture. Width and height come from its key, so the page
 * keeps its place while the picture loads; cards load theirs only when
 * scrolled near.
 */
export function ListingImage({
	image,
	variant,
}: {
	image: { key: string; alt: string } | ShownImage | null
	variant: keyof typeof variants
}) {
	const { size, className, lazy } = variants[variant]
	const shown = image && 'key' in image ? shownImage(image.key, image.alt, size) : image
	if (!shown) return null
	return (
		<img
			src={shown.src}
			width={shown.width}
			height={shown.height}
			alt={shown.alt}
			loading={lazy ? 'lazy' : undefined}
			decoding="async"
			className={className}
		/>
	)
}
