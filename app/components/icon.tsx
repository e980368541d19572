/** A solid 20×20 icon in the text's colour. Decorative: the words beside it say what it means. */
export function SolidIcon({ path, className }: { path: string; className: string }) {
	return (
		<svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className={className}>
			<path fillRule="evenodd" clipRule="evenodd" d={path} />
		</svg>
	)
}
