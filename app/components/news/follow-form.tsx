import type { SubmissionResult } from '@conform-to/react'
import { Form, Link, useLocation } from '@remix-run/react'
import { SubmitButton } from '~/components/forms/buttons.tsx'
import { Notice } from '~/components/forms/notice.tsx'
import { useDone } from '~/components/forms/reply.ts'
import { Section } from '~/components/section.tsx'
import { renderMessage } from '~/domain/messages.ts'
import { useT } from '~/i18n/use-t.ts'

// "Get new items by mail" on /news and /events: two boxes and a button, the
// same form on both pages (someone may follow news from the events page).
// A visitor is asked to sign in and comes back to the page. Plain inputs,
// not the form kit's fields: two checkboxes cannot be filled in wrong, and
// the lists stay within the public pages' weight budget (decision 027).

export const followDone = { followed: 'following.saved', stopped: 'following.stopped' } as const

export function FollowForm({
	following,
	lastResult,
}: {
	/** null for a visitor. */
	following: { news: boolean; events: boolean } | null
	lastResult?: SubmissionResult<string[]> | null
}) {
	const i18n = useT()
	const { t } = i18n
	const { pathname, search } = useLocation()
	const done = useDone(followDone)
	if (!following) {
		const back = encodeURIComponent(`${pathname}${search}`)
		return (
			<p className="text-sm">
				<Link to={`/login?redirectTo=${back}`} className="link">
					{t('following.signIn')}
				</Link>
			</p>
		)
	}
	const refusals = Object.values(lastResult?.error ?? {}).flatMap((messages) => messages ?? [])
	const box = 'size-5 shrink-0 rounded border-slate-400 accent-brand-700'
	return (
		<Section id="follow-heading" heading={t('following.heading')} size="inherit" className="card max-w-xl p-4 sm:p-5">
			<p className="mt-1 text-sm text-slate-700">{t('following.intro')}</p>
			{done ? <Notice tone="success" title={t(done)} className="mt-3" /> : null}
			{refusals.map((message) => (
				<Notice key={message} tone="error" title={renderMessage(i18n, message)} className="mt-3" />
			))}
			<Form method="post" className="mt-3 space-y-3">
				<fieldset className="flex flex-wrap gap-x-6 gap-y-2">
					<legend className="sr-only">{t('following.heading')}</legend>
					<label className="flex items-center gap-3 text-slate-800">
						<input type="checkbox" name="news" defaultChecked={following.news} className={box} />
						{t('following.news')}
					</label>
					<label className="flex items-center gap-3 text-slate-800">
						<input type="checkbox" name="events" defaultChecked={following.events} className={box} />
						{t('following.events')}
					</label>
				</fieldset>
				<SubmitButton name="intent" value="follow" size="sm" pendingLabel={t('following.saving')}>
					{t('following.save')}
				</SubmitButton>
			</Form>
		</Section>
	)
}
