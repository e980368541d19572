import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { CoordinatorHeader } from '~/components/curation/coordinator-header.tsx'
import { handleForm } from '~/components/forms/form-action.server.ts'
import {
	Field,
	Notice,
	SchemaForm,
	schemaOnUse,
	SubmitButton,
	TextareaField,
	useDone,
	useSchemaForm,
} from '~/components/forms/index.ts'
import { SavedBy } from '~/components/site-pages/saved-by.tsx'
import { sitePageSchema } from '~/domain/site-pages/schemas.ts'
import { sitePagesForCoordinators } from '~/domain/site-pages/site-pages-for-coordinators.server.ts'
import {
	fieldName,
	isSitePageKey,
	sitePageEditPath,
	sitePageLimits,
	sitePagePath,
	type SitePageKey,
} from '~/domain/site-pages/site-page-keys.ts'
import { updateSitePage } from '~/domain/site-pages/update-site-page.server.ts'
import { notFound } from '~/http/params.server.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { locales, type Locale } from '~/i18n/locale.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

const sitePageSchemaOnUse = schemaOnUse(() =>
	import('~/domain/site-pages/schemas.ts').then((module) => module.sitePageSchema),
)

// A coordinator edits one of the hub's pages, both languages in one form.
// Saving goes back to this page (Post / Redirect / Get) with a link to the
// page as visitors read it; bad input comes back with a message by each
// field and everything typed still in the form.

function pageKey(params: LoaderFunctionArgs['params']): SitePageKey {
	if (!isSitePageKey(params.key)) throw notFound()
	return params.key
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const key = pageKey(params)
	await requirePermission(request, 'content.publish')
	const [page] = await sitePagesForCoordinators(key)
	return {
		key,
		texts: page!.texts,
		version: page!.version,
		updatedAt: page!.updatedAt?.toISOString() ?? null,
		updatedBy: page!.updatedBy,
	}
}

export async function action({ request, params }: ActionFunctionArgs) {
	const key = pageKey(params)
	const actor = await requirePermission(request, 'content.publish')
	return handleForm(await request.formData(), sitePageSchema, async (value) => {
		const { changed } = await updateSitePage(actor, key, value)
		return `${sitePageEditPath(key)}?done=${changed.length ? 'saved' : 'unchanged'}`
	})
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
	documentMeta(matches, (i18n) => ({
		title: data
			? i18n.t('sitePages.edit.title', { page: i18n.t(`sitePages.name.${data.key}`) })
			: i18n.t('error.generic.title'),
	}))

const doneMessages = { saved: 'sitePages.edit.saved', unchanged: 'sitePages.edit.unchanged' } as const

export default function EditSitePage() {
	const { key, texts, version, updatedAt, updatedBy } = useLoaderData<typeof loader>()
	const reply = useActionData<typeof action>()
	const { t, languageName } = useT()
	const doneKey = useDone(doneMessages)
	const defaultValue = Object.fromEntries([
		['version', String(version)],
		...locales.flatMap((locale) => [
			[fieldName('title', locale), texts[locale]?.title ?? ''],
			[fieldName('lead', locale), texts[locale]?.lead ?? ''],
			[fieldName('body', locale), texts[locale]?.body ?? ''],
		]),
	])
	const [form, fields] = useSchemaForm(sitePageSchemaOnUse, {
		id: `site-page-${key}-${version}`,
		lastResult: reply?.result,
		defaultValue,
		checkFirst: 'onSubmit',
	})
	const name = t(`sitePages.name.${key}`)
	const field = (name: string) => fields[name as keyof typeof fields]!
	const section = (locale: Locale) => (
		<fieldset key={locale} className="card min-w-0 space-y-5 p-5 sm:p-6">
			<legend className="float-left mb-2 w-full text-lg font-semibold text-slate-900">
				{t(`sitePages.edit.language.${locale}`)}
			</legend>
			<Field
				meta={field(fieldName('title', locale))}
				label={t('label.sitePageTitle')}
				inputProps={{ maxLength: sitePageLimits.title, lang: locale }}
			/>
			<TextareaField
				meta={field(fieldName('lead', locale))}
				label={t('label.sitePageLead')}
				hint={t('sitePages.edit.leadHint')}
				rows={3}
				textareaProps={{ lang: locale }}
			/>
			<TextareaField
				meta={field(fieldName('body', locale))}
				label={t('label.sitePageBody')}
				hint={t('sitePages.edit.bodyHint')}
				rows={18}
				textareaProps={{ lang: locale }}
				controlClassName="font-mono text-sm"
			/>
		</fieldset>
	)
	return (
		<>
			<CoordinatorHeader
				section={{ label: t('sitePages.list.title'), to: '/coordinator/pages' }}
				title={t('sitePages.edit.title', { page: name })}
				crumb={name}
				intro={t('sitePages.edit.intro')}
			/>
			<div className="container-page space-y-6 py-8 sm:py-10">
				{doneKey ? (
					<Notice tone="success">
						<p>{t(doneKey)}</p>
						<p className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
							{locales.map((locale) => (
								<Link
									key={locale}
									to={`${sitePagePath(key)}?lang=${locale}`}
									className="link font-semibold"
									reloadDocument
								>
									{t('sitePages.viewLinkIn', { language: languageName(locale) })}
								</Link>
							))}
						</p>
					</Notice>
				) : null}
				<p className="text-sm text-slate-600">
					{updatedBy.kind === 'portal' ? (
						t('sitePages.edit.firstText')
					) : (
						<SavedBy updatedAt={updatedAt} updatedBy={updatedBy} />
					)}{' '}
					<Link to={sitePagePath(key)} className="link">
						{t('sitePages.viewLink')}
					</Link>
				</p>
				<SchemaForm form={form} hidden={{ version: String(version) }} className="space-y-6">
					<div className="grid gap-6 xl:grid-cols-2">{locales.map(section)}</div>
					<SubmitButton pendingLabel={t('sitePages.edit.pending')}>{t('sitePages.edit.submit')}</SubmitButton>
				</SchemaForm>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
