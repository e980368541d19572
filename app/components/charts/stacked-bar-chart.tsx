import { shorten } from './bar-chart.tsx'
import { CHART_WIDTH as WIDTH, ChartFrame } from './chart-frame.tsx'

export interface Segment {
	label: string
	value: number
	valueLabel: string
	/** A Tailwind fill class: segments are told apart by colour and by their place in the legend. */
	fill: string
}

const BAR = 36
const LEGEND_TOP = BAR + 20
const LEGEND_ROW = 26

/** One bar divided into parts of a whole (the outcomes), with a legend that names each part and its figure. */
export function StackedBarChart({
	title,
	description,
	segments,
}: {
	title: string
	description: string
	segments: readonly Segment[]
}) {
	const total = segments.reduce((sum, segment) => sum + segment.value, 0)
	const height = LEGEND_TOP + segments.length * LEGEND_ROW
	let left = 0
	return (
		<ChartFrame title={title} description={description} height={height}>
			<rect x={0} y={0} width={WIDTH} height={BAR} rx={4} className="fill-slate-100" />
			{total > 0
				? segments.map((segment) => {
						const width = (segment.value / total) * WIDTH
						const x = left
						left += width
						return width > 0 ? (
							<rect
								key={segment.label}
								x={x}
								y={0}
								width={width}
								height={BAR}
								className={`${segment.fill} stroke-white`}
								strokeWidth={2}
							/>
						) : null
					})
				: null}
			{segments.map((segment, index) => {
				const top = LEGEND_TOP + index * LEGEND_ROW
				return (
					<g key={segment.label}>
						<rect x={0} y={top} width={16} height={16} rx={3} className={segment.fill} />
						<text x={24} y={top + 13} className="fill-slate-800" fontSize={15}>
							{shorten(segment.label, 40)}
						</text>
						<text x={WIDTH} y={top + 13} textAnchor="end" className="fill-slate-900" fontSize={15} fontWeight={600}>
							{segment.valueLabel}
						</text>
					</g>
				)
			})}
		</ChartFrame>
	)
}
