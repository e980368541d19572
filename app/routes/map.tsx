import type { LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useLoaderData } from '@remix-run/react'
import { CampusDrawing } from '~/components/map/campus-drawing.tsx'
import '~/components/map/campus-map.css'
import { LeafletCampusMap } from '~/components/map/leaflet-campus-map.tsx'
import { markerShapes } from '~/components/map/marker-shapes.ts'
import { buttonClass, choiceClass } from '~/components/forms/styles.ts'
import { PageHeader } from '~/components/page-header.tsx'
import { Section } from '~/components/section.tsx'
import { onCampus } from '~/domain/map/campus-outline.ts'
import { kindsFromSearch, mapKinds, type MapKind, type MapPoint } from '~/domain/map/map-kinds.ts'
import { campusMapPoints, landmarkPoints } from '~/domain/map/map-points.server.ts'
import { mapTilesSetting } from '~/domain/map/map-tiles-setting.server.ts'
import { spreadPoints } from '~/domain/map/spread-points.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { needTexts } from '~/i18n/messages.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

// The map's texts are a part of their own: other public pages do not carry them.
await needTexts('map')

export async function loader({ request }: LoaderFunctionArgs) {
	const search = new URL(request.url).searchParams
	const kinds = kindsFromSearch(search)
	const locale = resolveLocale(request).locale
	const points = spreadPoints(await campusMapPoints({ kinds, locale }))
	const focus = search.get('focus')
	return {
		kinds,
		points,
		landmarks: landmarkPoints(locale),
		focusId: points.some((point) => point.id === focus) ? focus : null,
		tiles: mapTilesSetting(),
	}
}

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('map.title'), description: i18n.t('map.description') }))

function KindSymbol({ kind }: { kind: MapKind }) {
	return (
		<svg viewBox="-1.4 -1.4 2.8 2.8" className="size-4 shrink-0" aria-hidden="true">
			<path d={markerShapes[kind].path} fill={markerShapes[kind].fill} />
		</svg>
	)
}

export default function CampusMapPage() {
	const { kinds, points, landmarks, focusId, tiles } = useLoaderData<typeof loader>()
	const { t, tCount, locale } = useT()
	const markerLabel = (point: MapPoint) => t('map.marker', { kind: t(`map.one.${point.kind}`), name: point.name })
	const groups = kinds
		.map((kind) => ({ kind, points: points.filter((point) => point.kind === kind) }))
		.filter((group) => group.points.length > 0)
	const everything = kinds.length === mapKinds.length
	const offDrawing = points.filter((point) => !onCampus(point)).length
	return (
		<>
			<PageHeader trail={[]} title={t('map.title')}>
				<p className="mt-3 max-w-3xl text-lg leading-relaxed text-slate-700">{t('map.intro')}</p>
			</PageHeader>
			<div className="container-page campus-map-layout grid gap-8 py-8 sm:py-10">
				<div className="min-w-0 space-y-4">
					<Form method="get" className="card p-4" aria-labelledby="map-filter">
						{/* The language travels with the filter, so a shared map opens in it. */}
						<input type="hidden" name="lang" value={locale} />
						<fieldset>
							<legend id="map-filter" className="font-semibold text-slate-900">
								{t('map.filter.heading')}
							</legend>
							<div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
								{mapKinds.map((kind) => (
									<label key={kind} className="flex items-center gap-2 text-slate-800">
										<input
											type="checkbox"
											name="kind"
											value={kind}
											defaultChecked={kinds.includes(kind)}
											className={choiceClass}
										/>
										<KindSymbol kind={kind} />
										{t(`map.kind.${kind}`)}
									</label>
								))}
							</div>
						</fieldset>
						<div className="mt-3 flex flex-wrap items-center gap-4">
							<button type="submit" className={buttonClass('secondary')}>
								{t('map.filter.apply')}
							</button>
							{everything ? null : (
								<Link to={`/map?lang=${locale}`} className="link">
									{t('map.filter.all')}
								</Link>
							)}
						</div>
					</Form>
					<LeafletCampusMap
						points={points}
						landmarks={landmarks}
						focusId={focusId}
						tiles={tiles}
						markerLabel={markerLabel}
						kindName={(point) => t(`map.one.${point.kind}`)}
						openText={t('map.open')}
						stationName={t('map.station')}
					>
						<CampusDrawing
							title={t('map.drawing.title')}
							description={t('map.drawing.description')}
							points={points}
							landmarks={landmarks}
							names={{ station: t('map.station') }}
							className="campus-drawing"
							focusId={focusId}
							markerLabel={markerLabel}
						/>
					</LeafletCampusMap>
					<p className="text-sm text-slate-600">
						{t('map.drawing.note')} {offDrawing ? tCount('map.offDrawing', offDrawing) : null}
					</p>
				</div>
				<Section
					id="map-places"
					heading={
						<>
							{t('map.list.heading')}{' '}
							<span className="font-normal text-slate-600">({tCount('map.list.count', points.length)})</span>
						</>
					}
					size="lg"
					className="min-w-0"
				>
					{groups.length === 0 ? <p className="mt-3 text-slate-700">{t('map.empty')}</p> : null}
					{groups.map((group) => (
						<div key={group.kind} className="mt-5">
							<h3 className="flex items-center gap-2 font-semibold text-slate-900">
								<KindSymbol kind={group.kind} />
								{t(`map.kind.${group.kind}`)}
							</h3>
							<ul className="mt-2 space-y-1.5" data-kind={group.kind}>
								{group.points.map((point) => (
									<li key={point.id} aria-current={point.id === focusId ? 'location' : undefined}>
										<a href={point.href} lang={point.lang} className="link">
											{point.name}
										</a>
										{point.id === focusId ? (
											<span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
												{t('map.focused')}
											</span>
										) : null}
									</li>
								))}
							</ul>
						</div>
					))}
				</Section>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
