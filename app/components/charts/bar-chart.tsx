import { CHART_WIDTH, ChartFrame } from './chart-frame.tsx'

export interface Bar {
	label: string
	value: number
	/** The value as the page writes it (a count, a percentage). */
	valueLabel: string
}

const LABEL = 20
const BAR = 22
const GAP = 14
const VALUE_ROOM = 72
const MAX_LABEL_CHARACTERS = 52

export function shorten(text: string, max = MAX_LABEL_CHARACTERS): string {
	return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text
}

/**
 * Horizontal bars, each under its label, longest value widest: the funnel's
 * stages, the providers' answer rates, a breakdown. `max` fixes the scale
 * (100 for percentages); otherwise the largest value fills the width.
 */
export function BarChart({
	title,
	description,
	bars,
	max,
	tone = 'brand',
}: {
	title: string
	description: string
	bars: readonly Bar[]
	max?: number
	tone?: 'brand' | 'slate'
}) {
	const scale = max ?? Math.max(1, ...bars.map((bar) => bar.value))
	const room = CHART_WIDTH - VALUE_ROOM
	const rowHeight = LABEL + BAR + GAP
	const height = Math.max(rowHeight, bars.length * rowHeight)
	return (
		<ChartFrame title={title} description={description} height={height}>
			{bars.map((bar, index) => {
				const top = index * rowHeight
				const width = bar.value > 0 ? Math.max(2, (Math.min(bar.value, scale) / scale) * room) : 0
				return (
					<g key={`${bar.label}-${index}`}>
						<text x={0} y={top + 15} className="fill-slate-800" fontSize={15}>
							{shorten(bar.label)}
						</text>
						<rect x={0} y={top + LABEL} width={room} height={BAR} rx={3} className="fill-slate-100" />
						<rect
							x={0}
							y={top + LABEL}
							width={width}
							height={BAR}
							rx={3}
							className={tone === 'brand' ? 'fill-brand-600' : 'fill-slate-500'}
						/>
						<text x={width + 6} y={top + LABEL + 16} className="fill-slate-900" fontSize={15} fontWeight={600}>
							{bar.valueLabel}
						</text>
					</g>
				)
			})}
		</ChartFrame>
	)
}
