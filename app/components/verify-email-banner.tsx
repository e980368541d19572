import { Form } from '@remix-run/react'
import { useT } from '~/i18n/use-t.ts'

/** Shown on every page to a signed-in user whose address is not confirmed yet. */
export function VerifyEmailBanner() {
	const { t } = useT()
	return (
		<div className="border-b border-amber-200 bg-amber-50">
			<div className="container-page flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-3 text-sm text-amber-950">
				<p>
					<strong className="font-semibold">{t('verifyBanner.title')}</strong> {t('verifyBanner.body')}
				</p>
				<Form method="post" action="/account">
					<button
						type="submit"
						name="intent"
						value="resend-verification"
						className="rounded-lg border border-amber-300 bg-white px-3 py-1.5 font-semibold text-amber-950 hover:bg-amber-100"
					>
						{t('verifyBanner.resend')}
					</button>
				</Form>
			</div>
		</div>
	)
}
