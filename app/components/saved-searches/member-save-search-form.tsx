import { Form, Link, useLocation } from '@remix-run/react'
// The button and styles alone, not the form kit's index: its fields bring the forms' texts, which a
// search page does not otherwise need.
import { SubmitButton } from '~/components/forms/buttons.tsx'
import { inputClass, labelClass } from '~/components/forms/styles.ts'
import { searchParameterNames, toSearchParams, type SearchState } from '~/domain/search/search-address.ts'
import { needTexts } from '~/i18n/messages.ts'
import { useT } from '~/i18n/use-t.ts'

await needTexts('savedSearches')

/** The signed-in member's "Save this search" (save-search-form.tsx shows it). */
export function MemberSaveSearchForm({ state }: { state: SearchState }) {
	const { t } = useT()
	const { pathname } = useLocation()
	// The search itself, not where in it the member was: no page, no ?lang=.
	const query = toSearchParams({ ...state, page: 1 })
	for (const name of [...query.keys()]) if (!searchParameterNames.has(name)) query.delete(name)
	return (
		<details className="card p-4 sm:p-5">
			<summary className="cursor-pointer font-semibold text-slate-900">{t('savedSearches.save.title')}</summary>
			<Form method="post" action="/account/alerts" className="mt-3 space-y-3">
				<p className="text-sm text-slate-600">{t('savedSearches.save.hint')}</p>
				<input type="hidden" name="query" value={query.toString()} />
				<input type="hidden" name="path" value={pathname} />
				<div>
					<label htmlFor="save-search-name" className={labelClass}>
						{t('savedSearches.save.name')}
					</label>
					<input
						id="save-search-name"
						name="name"
						defaultValue={state.q}
						maxLength={100}
						className={`${inputClass} mt-1 w-full sm:w-80`}
					/>
				</div>
				<div className="flex flex-wrap items-center gap-x-4 gap-y-2">
					<SubmitButton name="intent" value="save" pendingLabel={t('savedSearches.save.pending')}>
						{t('savedSearches.save.submit')}
					</SubmitButton>
					<Link to="/account/alerts" className="link text-sm">
						{t('savedSearches.save.manage')}
					</Link>
				</div>
			</Form>
		</details>
	)
}
