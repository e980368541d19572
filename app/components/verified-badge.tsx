import type { VerificationEvidenceView } from '~/domain/listings/active-verification.ts'
import { useT } from '~/i18n/use-t.ts'
import { SolidIcon } from './icon.tsx'
// The taxonomy's labels that term() shows (app/i18n/term-labels.ts).
import '~/taxonomy/taxonomy.ts'
import { needTexts } from '~/i18n/messages.ts'

// What listings and the search say is a part of the texts of its own (text-parts.ts).
await needTexts('directory')

const seal =
	'M10 1.5 12.3 3l2.7-.1.9 2.6 2.2 1.6-.9 2.6.9 2.6-2.2 1.6-.9 2.6-2.7-.1L10 18.5 7.7 17l-2.7.1-.9-2.6-2.2-1.6.9-2.6-.9-2.6 2.2-1.6.9-2.6 2.7.1L10 1.5Zm3.4 6.3a.8.8 0 0 0-1.2-1l-3 3.6-1.5-1.5a.8.8 0 1 0-1.1 1.1l2.1 2.1a.8.8 0 0 0 1.2 0l3.5-4.3Z'

export function VerifiedBadge() {
	const { t } = useT()
	return (
		<span
			className="inline-flex shrink-0 items-center gap-1 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-semibold text-emerald-800 ring-1 ring-emerald-200 ring-inset"
			title={t('verified.description')}
		>
			<SolidIcon path={seal} className="size-3.5" />
			{t('verified.badge')}
		</span>
	)
}

/**
 * What the badge rests on: licence type, reference and expiry of each
 * verification in force, as far as the viewer may read them (members all,
 * visitors what a coordinator made public; the loader decides). Nothing
 * when there is nothing to show: the badge alone then says "Verified".
 */
export function VerificationEvidence({ evidence }: { evidence: readonly VerificationEvidenceView[] }) {
	const { t, term, formatDate } = useT()
	if (!evidence.length) return null
	return (
		<section aria-labelledby="verification-evidence" className="mt-3 text-sm text-slate-700">
			<h2 id="verification-evidence" className="font-semibold text-emerald-800">
				{t('evidence.heading')}
			</h2>
			<ul className="mt-1 space-y-1">
				{evidence.map((item, index) => (
					<li key={index}>
						<span className="font-medium text-slate-900">
							{item.licenceCode ? term('licences', item.licenceCode) : t('evidence.general')}
						</span>
						{item.reference ? <> · {t('evidence.reference', { reference: item.reference })}</> : null}
						{' · '}
						{item.expiresOn ? t('evidence.validUntil', { date: formatDate(item.expiresOn) }) : t('evidence.noExpiry')}
					</li>
				))}
			</ul>
		</section>
	)
}
