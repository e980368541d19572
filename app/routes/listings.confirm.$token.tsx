import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { AuthPage } from '~/components/auth-page.tsx'
import { Notice, SubmitButton } from '~/components/forms/index.ts'
import { tokenPageHeaders } from '~/components/token-page-headers.ts'
import { RuleError } from '~/domain/rules.ts'
import { confirmationFor, confirmListing } from '~/domain/stale/confirm-listing.server.ts'
import { CAPACITY_WINDOWS_STALE_MONTHS } from '~/domain/stale/stale-rule.ts'
import { requireParam } from '~/http/params.server.ts'
import { needTexts } from '~/i18n/messages.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { env } from '~/utils/env.server.ts'

// The "still accurate?" link of a stale-listing nudge (docs/decisions/044).
// Opening it only shows the question: mail scanners open links, so only the
// button's POST confirms. The link itself is the credential; nobody signs in.
// A link about a facility's capacity windows asks about those instead.
await needTexts('members')

export async function loader({ params }: LoaderFunctionArgs) {
	const confirmation = await confirmationFor(requireParam(params, 'token', 'token'))
	const months = confirmation?.purpose === 'capacity' ? CAPACITY_WINDOWS_STALE_MONTHS : env().HUB_STALE_MONTHS
	return { confirmation, months }
}

export async function action({ params }: ActionFunctionArgs) {
	try {
		const { listingName, purpose } = await confirmListing({ token: requireParam(params, 'token', 'token') })
		return { outcome: 'confirmed' as const, listingName, purpose }
	} catch (error) {
		if (error instanceof RuleError) return { outcome: 'invalid' as const }
		throw error
	}
}

export const headers = tokenPageHeaders

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
	documentMeta(matches, (i18n) => ({
		title: data?.confirmation
			? i18n.t(data.confirmation.purpose === 'capacity' ? 'stale.confirm.capacityTitle' : 'stale.confirm.title', {
					listing: data.confirmation.listingName,
				})
			: i18n.t('stale.confirm.invalidTitle'),
	}))

export default function ConfirmListingPage() {
	const { confirmation, months } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useT()

	if (actionData?.outcome === 'confirmed') {
		return (
			<AuthPage title={t('stale.confirm.doneTitle')}>
				<Notice tone="success">
					{t(actionData.purpose === 'capacity' ? 'stale.confirm.capacityDoneBody' : 'stale.confirm.doneBody', {
						listing: actionData.listingName,
					})}
				</Notice>
			</AuthPage>
		)
	}
	if (!confirmation || actionData?.outcome === 'invalid') {
		return (
			<AuthPage title={t('stale.confirm.invalidTitle')}>
				<div className="space-y-4">
					<p className="leading-relaxed text-slate-700">{t('stale.confirm.invalidBody')}</p>
					<Link to="/my-listings" className="button-primary">
						{t('stale.confirm.myListings')}
					</Link>
				</div>
			</AuthPage>
		)
	}
	const capacity = confirmation.purpose === 'capacity'
	return (
		<AuthPage
			title={t(capacity ? 'stale.confirm.capacityTitle' : 'stale.confirm.title', { listing: confirmation.listingName })}
			intro={t(capacity ? 'stale.confirm.capacityIntro' : 'stale.confirm.intro', {
				listing: confirmation.listingName,
				months,
			})}
		>
			<Form method="post" className="space-y-4">
				<SubmitButton>{t(capacity ? 'stale.confirm.capacityButton' : 'stale.confirm.button')}</SubmitButton>
				<p>
					<Link to={confirmation.editPath} className="link">
						{t(capacity ? 'stale.confirm.capacityEdit' : 'stale.confirm.edit')}
					</Link>
				</p>
			</Form>
		</AuthPage>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
