import { Form } from '@remix-run/react'
import { useT } from '~/i18n/use-t.ts'

/** A GET form to /search: works without JavaScript and gives a shareable address. */
const buttonTones = {
	light: 'bg-brand-700 hover:bg-brand-800',
	// On the dark hero a dark button would vanish into the background.
	dark: 'bg-brand-500 hover:bg-brand-600 ring-1 ring-brand-300/40',
}

export function SearchForm({
	defaultQuery = '',
	tone = 'light',
}: {
	defaultQuery?: string
	tone?: keyof typeof buttonTones
}) {
	const { t } = useT()
	return (
		<Form method="get" action="/search" role="search" className="w-full">
			<label htmlFor="directory-search" className="mb-2 block text-sm font-semibold">
				{t('search.label')}
			</label>
			<div className="flex flex-col gap-2 sm:flex-row">
				<input
					id="directory-search"
					type="search"
					name="q"
					defaultValue={defaultQuery}
					placeholder={t('search.placeholder')}
					className="min-h-12 w-full flex-1 rounded-lg border border-slate-300 bg-white px-4 text-base text-slate-900 placeholder:text-slate-500 shadow-sm"
				/>
				<button
					type="submit"
					className={`min-h-12 rounded-lg px-6 font-semibold text-white shadow-sm ${buttonTones[tone]}`}
				>
					{t('search.submit')}
				</button>
			</div>
		</Form>
	)
}
