import { useId, type ReactNode } from 'react'

// Charts are drawn on the server as SVG (docs/decisions/041): they need no
// script and no library, scale with their box, and each names itself with a
// title and a description. The figures themselves are in the table that
// always goes with a chart (DataTable), which is what assistive technology reads.

/** The drawing's own width; the SVG scales to its box, up to the box's width. */
export const CHART_WIDTH = 480

/** The one frame every chart is drawn in: its size, its name and its description. */
export function ChartFrame({
	title,
	description,
	height,
	children,
}: {
	title: string
	description: string
	height: number
	children: ReactNode
}) {
	const id = useId()
	return (
		<svg
			role="img"
			aria-labelledby={`${id}-title ${id}-desc`}
			viewBox={`0 0 ${CHART_WIDTH} ${height}`}
			className="h-auto w-full max-w-xl"
			preserveAspectRatio="xMinYMin meet"
		>
			<title id={`${id}-title`}>{title}</title>
			<desc id={`${id}-desc`}>{description}</desc>
			{children}
		</svg>
	)
}
