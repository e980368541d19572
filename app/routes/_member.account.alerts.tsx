import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import {
	allMessages,
	ChoiceFieldset,
	FormErrors,
	inputClass,
	IntentNotice,
	type IntentReply,
	labelClass,
	Notice,
	SubmitButton,
	useDone,
} from '~/components/forms/index.ts'
import { formIntent, handleIntents, stay } from '~/components/forms/form-action.server.ts'
import { PageHeader } from '~/components/page-header.tsx'
import { CardSection } from '~/components/section.tsx'
import {
	deliveryChoices,
	digestFrequencies,
	notificationKinds,
	type NotificationDelivery,
	type NotificationKind,
} from '~/domain/notifications/notification-kinds.ts'
import { digestFrequencyOf, notificationSettingsOf } from '~/domain/notifications/delivery.server.ts'
import { setNotificationSettings } from '~/domain/notifications/set-notification-settings.server.ts'
import { notificationSettingsSchema } from '~/domain/notifications/settings-schema.ts'
import { deleteSavedSearch } from '~/domain/saved-searches/delete-saved-search.server.ts'
import { saveSearch } from '~/domain/saved-searches/save-search.server.ts'
import {
	alertFrequencies,
	deleteSavedSearchSchema,
	SAVED_SEARCH_NAME_MAX,
	SAVED_SEARCHES_PER_USER,
	saveSearchSchema,
	updateSavedSearchSchema,
} from '~/domain/saved-searches/saved-search-schema.ts'
import { savedSearchesOf, type SavedSearchView } from '~/domain/saved-searches/saved-searches-of.server.ts'
import { updateSavedSearch } from '~/domain/saved-searches/update-saved-search.server.ts'
import { requireActor } from '~/http/viewer.server.ts'
import { needTexts } from '~/i18n/messages.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { message } from '~/domain/messages.ts'

await needTexts('savedSearches')

// A member's saved searches and notification settings. Only the signed-in
// member's own rows are read or changed: every use case filters by their id.
// The "Save this search" form of the search pages posts here (intent "save").

export async function loader({ request }: LoaderFunctionArgs) {
	const actor = await requireActor(request)
	const [searches, settings, digestFrequency] = await Promise.all([
		savedSearchesOf(actor),
		notificationSettingsOf(actor.userId),
		digestFrequencyOf(actor.userId),
	])
	return { searches, settings, digestFrequency }
}

type Intent = 'save' | 'update' | 'delete' | 'settings'

export async function action({ request }: ActionFunctionArgs) {
	const actor = await requireActor(request)
	const formData = await request.formData()
	return handleIntents(formData, {
		// Back to this page, where the new search is listed with its alert choice (post, redirect, get).
		save: formIntent(saveSearchSchema, async (value) => {
			await saveSearch(actor, value)
			return '/account/alerts?done=saved#saved-searches'
		}),
		update: formIntent(
			updateSavedSearchSchema,
			async (value) => {
				await updateSavedSearch(actor, value)
				return stay({ notice: { tone: 'success', message: message('alerts.saved.updated', { name: value.name }) } })
			},
			{ echo: { id: String(formData.get('id') ?? '') } },
		),
		delete: formIntent(
			deleteSavedSearchSchema,
			async (value) => {
				await deleteSavedSearch(actor, value.id)
				return stay({ notice: { tone: 'success', message: 'alerts.saved.deleted' } })
			},
			{ echo: { id: String(formData.get('id') ?? '') } },
		),
		settings: formIntent(notificationSettingsSchema, async (value) => {
			await setNotificationSettings(actor, value)
			return stay({ notice: { tone: 'success', message: 'alerts.settings.saved' } })
		}),
	})
}

export const meta: MetaFunction = ({ matches }) => documentMeta(matches, (i18n) => ({ title: i18n.t('alerts.title') }))

type Reply = IntentReply<Intent> & { id?: string }

function SavedSearchRow({ search, reply }: { search: SavedSearchView; reply?: Reply }) {
	const { t, formatDate } = useT()
	const mine = reply?.id === search.id ? reply : undefined
	const nameId = `saved-${search.id}-name`
	const frequencyId = `saved-${search.id}-frequency`
	return (
		<li className="py-4 first:pt-0 last:pb-0" aria-labelledby={`saved-${search.id}-title`}>
			<h3 id={`saved-${search.id}-title`} className="font-semibold text-slate-900">
				<Link to={search.href} className="link">
					{search.name}
				</Link>
			</h3>
			<p className="mt-0.5 text-sm text-slate-600">
				{t(`alerts.frequency.${search.frequency}`)}
				{' · '}
				{search.lastSentAt
					? t('alerts.saved.lastSent', { date: formatDate(search.lastSentAt) })
					: t('alerts.saved.neverSent')}
			</p>
			{mine ? (
				<>
					<IntentNotice reply={mine} intents={['update', 'delete']} className="mt-3" />
					<FormErrors messages={allMessages(mine.result?.error)} className="mt-3" />
				</>
			) : null}
			<div className="mt-3 flex flex-wrap items-end gap-3">
				<Form method="post" className="flex flex-wrap items-end gap-3">
					<input type="hidden" name="id" value={search.id} />
					<div>
						<label htmlFor={nameId} className={labelClass}>
							{t('alerts.saved.name')}
						</label>
						<input
							id={nameId}
							name="name"
							defaultValue={search.name}
							required
							maxLength={SAVED_SEARCH_NAME_MAX}
							className={`${inputClass} mt-1 w-64 max-w-full`}
						/>
					</div>
					<div>
						<label htmlFor={frequencyId} className={labelClass}>
							{t('alerts.saved.frequency')}
						</label>
						<select
							id={frequencyId}
							name="frequency"
							defaultValue={search.frequency}
							className={`${inputClass} mt-1 pr-8`}
						>
							{alertFrequencies.map((frequency) => (
								<option key={frequency} value={frequency}>
									{t(`alerts.frequency.${frequency}`)}
								</option>
							))}
						</select>
					</div>
					<SubmitButton name="intent" value="update" tone="secondary" pendingLabel={t('alerts.saved.updating')}>
						{t('alerts.saved.update')}
					</SubmitButton>
				</Form>
				<Form method="post">
					<input type="hidden" name="id" value={search.id} />
					<SubmitButton name="intent" value="delete" tone="dangerQuiet" pendingLabel={t('alerts.saved.deleting')}>
						{t('alerts.saved.delete')}
						<span className="sr-only">: {search.name}</span>
					</SubmitButton>
				</Form>
			</div>
		</li>
	)
}

function SavedSearches({ searches, reply, muted }: { searches: SavedSearchView[]; reply?: Reply; muted: boolean }) {
	const { t } = useT()
	const created = useDone({ saved: 'alerts.saved.created' } as const)
	const saveRefused = reply?.intent === 'save'
	return (
		<CardSection id="saved-searches" heading={t('alerts.saved.title')} description={t('alerts.saved.intro')}>
			{created && !reply ? (
				<Notice tone="success" className="mb-5">
					<p>{t(created)}</p>
				</Notice>
			) : null}
			{saveRefused ? <FormErrors messages={allMessages(reply.result?.error)} className="mb-5" /> : null}
			{muted && searches.length ? (
				<Notice tone="warning" className="mb-5">
					<p>{t('alerts.saved.muted')}</p>
				</Notice>
			) : null}
			{searches.length ? (
				<ul className="divide-y divide-slate-100">
					{searches.map((search) => (
						<SavedSearchRow key={search.id} search={search} reply={reply} />
					))}
				</ul>
			) : (
				<p className="text-sm text-slate-600">
					{t('alerts.saved.empty')}{' '}
					<Link to="/search" className="link">
						{t('alerts.saved.toSearch')}
					</Link>
				</p>
			)}
			<p className="mt-4 text-sm text-slate-600">{t('alerts.saved.limit', { limit: SAVED_SEARCHES_PER_USER })}</p>
		</CardSection>
	)
}

/** Each choice in plain words, once for the whole form. */
const explainedDeliveries = ['mail', 'digest', 'portal', 'off'] as const

/** News you follow has no notice in the portal: its mail choice is one mail per item. */
function deliveryLabel(kind: NotificationKind, delivery: NotificationDelivery) {
	return kind === 'following' && delivery === 'mail'
		? 'alerts.delivery.following.mail'
		: (`alerts.delivery.${delivery}` as const)
}

function Settings({
	settings,
	digestFrequency,
	reply,
}: {
	settings: Record<string, string>
	digestFrequency: string
	reply?: Reply
}) {
	const { t } = useT()
	const errors = reply?.intent === 'settings' ? reply.result?.error : undefined
	return (
		<CardSection id="notification-settings" heading={t('alerts.settings.title')}>
			<IntentNotice reply={reply} intents={['settings']} className="mb-5" />
			<div className="mb-6 max-w-3xl text-sm text-slate-700">
				<p>{t('alerts.settings.intro')}</p>
				<ul className="mt-2 list-disc space-y-1 pl-5">
					{explainedDeliveries.map((delivery) => (
						<li key={delivery}>{t(`alerts.settings.explain.${delivery}`)}</li>
					))}
				</ul>
			</div>
			<Form method="post" className="space-y-6">
				<ChoiceFieldset
					id="setting-digestFrequency"
					name="digestFrequency"
					type="radio"
					layout="inline"
					legend={t('alerts.settings.digestFrequency')}
					hint={t('alerts.settings.digestFrequency.hint')}
					choices={digestFrequencies.map((frequency) => ({
						value: frequency,
						label: t(`alerts.digestFrequency.${frequency}`),
					}))}
					selected={digestFrequency}
					errors={errors?.digestFrequency ?? null}
				/>
				{notificationKinds.map((kind) => (
					<ChoiceFieldset
						key={kind}
						id={`setting-${kind}`}
						name={kind}
						type="radio"
						layout="inline"
						legend={t(`alerts.kind.${kind}`)}
						hint={t(`alerts.kind.${kind}.hint`)}
						choices={deliveryChoices[kind].map((delivery) => ({
							value: delivery,
							label: t(deliveryLabel(kind, delivery)),
						}))}
						selected={settings[kind]}
						errors={errors?.[kind] ?? null}
					/>
				))}
				<p className="text-sm text-slate-600">{t('alerts.settings.digestNote')}</p>
				<SubmitButton name="intent" value="settings" pendingLabel={t('alerts.settings.saving')}>
					{t('alerts.settings.save')}
				</SubmitButton>
			</Form>
		</CardSection>
	)
}

export default function AccountAlertsPage() {
	const { searches, settings, digestFrequency } = useLoaderData<typeof loader>()
	const reply = useActionData<typeof action>() as Reply | undefined
	const { t } = useT()
	return (
		<>
			<PageHeader trail={[{ label: t('account.title'), to: '/account' }]} title={t('alerts.title')}>
				<p className="mt-3 max-w-2xl text-lg text-slate-700">{t('alerts.intro')}</p>
			</PageHeader>
			<div className="container-page space-y-6 py-8 sm:py-10">
				<SavedSearches searches={searches} reply={reply} muted={settings.savedSearches === 'off'} />
				<Settings settings={settings} digestFrequency={digestFrequency} reply={reply} />
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
