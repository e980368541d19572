import type { SubmissionResult } from '@conform-to/react'
import { Link, useLocation } from '@remix-run/react'
import { CheckboxField, Notice, SchemaForm, SubmitButton, useDone, useSchemaForm } from '~/components/forms/index.ts'
import { followSchema } from '~/domain/news/follow-schema.ts'
import { useT } from '~/i18n/use-t.ts'

// "Get new items by mail" on /news and /events: two boxes and a button, the
// same form on both pages (someone may follow news from the events page).
// A visitor is asked to sign in and comes back to the page.

export const followDone = { followed: 'following.saved', stopped: 'following.stopped' } as const

export function FollowForm({
	following,
	lastResult,
}: {
	/** null for a visitor. */
	following: { news: boolean; events: boolean } | null
	lastResult?: SubmissionResult<string[]> | null
}) {
	const { t } = useT()
	const { pathname, search } = useLocation()
	const done = useDone(followDone)
	const [form, fields] = useSchemaForm(followSchema, {
		id: 'follow',
		lastResult,
		checkFirst: 'onSubmit',
		defaultValue: following
			? { news: following.news ? 'on' : undefined, events: following.events ? 'on' : undefined }
			: undefined,
	})
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
	return (
		<section aria-labelledby="follow-heading" className="card max-w-xl p-4 sm:p-5">
			<h2 id="follow-heading" className="font-semibold text-slate-900">
				{t('following.heading')}
			</h2>
			<p className="mt-1 text-sm text-slate-700">{t('following.intro')}</p>
			{done ? <Notice tone="success" title={t(done)} className="mt-3" /> : null}
			<SchemaForm form={form} className="mt-3 space-y-3">
				<fieldset className="flex flex-wrap gap-x-6 gap-y-2">
					<legend className="sr-only">{t('following.heading')}</legend>
					<CheckboxField meta={fields.news} label={t('following.news')} />
					<CheckboxField meta={fields.events} label={t('following.events')} />
				</fieldset>
				<SubmitButton name="intent" value="follow" size="sm" pendingLabel={t('following.saving')}>
					{t('following.save')}
				</SubmitButton>
			</SchemaForm>
		</section>
	)
}
