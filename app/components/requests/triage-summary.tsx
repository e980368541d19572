import { useT } from '~/i18n/use-t.ts'
import { Section } from '~/components/section.tsx'
import { RequestNeedsList } from './request-needs.tsx'
import type { TriageDetail } from './triage-types.ts'

/** The request as its author wrote it, beside the triage: what they need and who may see it. */
export function RequestSummary({ request }: { request: TriageDetail['request'] }) {
	const { t } = useT()
	return (
		<Section id="request-heading" heading={t('triage.requestHeading')} className="card space-y-5 p-5 sm:p-6">
			{(
				[
					['requestDetail.teaser', request.teaser],
					['requestDetail.description', request.description],
				] as const
			).map(([label, text]) =>
				text ? (
					<div key={label}>
						<h3 className="font-semibold text-slate-900">{t(label)}</h3>
						<p className="mt-1 whitespace-pre-line text-slate-700">{text}</p>
					</div>
				) : null,
			)}
			<div>
				<h3 className="font-semibold text-slate-900">{t('requestDetail.needs')}</h3>
				<div className="mt-2 text-sm">
					<RequestNeedsList needs={request} stacked />
				</div>
			</div>
			<p className="text-sm text-slate-600">{t(`request.confidentiality.${request.confidentiality}.hint`)}</p>
		</Section>
	)
}
