import type { SubmissionResult } from '@conform-to/react'
import { Form, Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import {
	buttonClass,
	FormErrors,
	formLevelErrors,
	HiddenFields,
	ReplyNotice,
	SubmitButton,
} from '~/components/forms/index.ts'
import type { PageNotice } from '~/components/forms/form-action.server.ts'
import type { TokenRow } from '~/domain/api-tokens/list-api-tokens.server.ts'
import type { apiTokenPageData, TokenPageOwner } from '~/http/api-token-pages.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { CreateTokenForm } from './create-token-form.tsx'
import { Section } from '~/components/section.tsx'

// The body of both token pages: the token just created (once), the
// confirmation a revocation waits for, each owner's tokens, and the form for
// a new one. A revocation is two steps without JavaScript: the list links to
// this page with ?revoke=<id>, which asks before anything is done.

type PageData = Awaited<ReturnType<typeof apiTokenPageData>>

interface TokenActionData {
	intent: 'create' | 'revoke'
	result?: SubmissionResult<string[]>
	notice?: PageNotice
	created?: { name: string; text: string }
}

function CreatedToken({ created }: { created: { name: string; text: string } }) {
	const { t } = useT()
	return (
		<section
			aria-labelledby="created-heading"
			role="status"
			className="card border-emerald-300 bg-emerald-50 p-5 sm:p-6"
		>
			<h2 id="created-heading" className="text-lg font-semibold text-slate-900">
				{t('apiTokens.created.title', { name: created.name })}
			</h2>
			<p className="mt-1 text-sm leading-relaxed text-slate-700">{t('apiTokens.created.copy')}</p>
			<label htmlFor="created-token" className="mt-4 block text-sm font-medium text-slate-800">
				{t('apiTokens.created.label')}
			</label>
			<input
				id="created-token"
				readOnly
				value={created.text}
				onFocus={(event) => event.currentTarget.select()}
				className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm"
			/>
		</section>
	)
}

function ConfirmRevoke({ token }: { token: NonNullable<PageData['confirming']> }) {
	const { t } = useT()
	return (
		<Section
			id="revoke-heading"
			heading={t('apiTokens.revoke.title', { name: token.name })}
			size="lg"
			className="card border-red-300 p-5 sm:p-6"
		>
			<p className="mt-1 text-sm leading-relaxed text-slate-700">
				{t('apiTokens.revoke.body', { prefix: `atmp_${token.prefix}` })}
			</p>
			<Form method="post" className="mt-4 flex flex-wrap gap-3">
				<HiddenFields values={{ tokenId: token.id }} />
				<SubmitButton name="intent" value="revoke" tone="danger">
					{t('apiTokens.revoke.confirm')}
				</SubmitButton>
				<Link to="." className={buttonClass('secondary')}>
					{t('apiTokens.revoke.cancel')}
				</Link>
			</Form>
		</Section>
	)
}

/** The table's columns: a heading and what each token shows under it. */
function useColumns(): Array<{ heading: string; cell: (token: TokenRow) => ReactNode }> {
	const { t, formatDate } = useT()
	const when = (date: string | null, none: string) => (date ? formatDate(date) : none)
	return [
		{ heading: t('apiTokens.column.prefix'), cell: (token) => <span className="font-mono">atmp_{token.prefix}…</span> },
		{
			heading: t('apiTokens.column.scopes'),
			cell: (token) => token.scopes.map((scope) => t(`apiTokens.scope.${scope}`)).join(', '),
		},
		{ heading: t('apiTokens.column.created'), cell: (token) => formatDate(token.createdAt) },
		{ heading: t('apiTokens.column.lastUsed'), cell: (token) => when(token.lastUsedAt, t('apiTokens.never')) },
		{ heading: t('apiTokens.column.expires'), cell: (token) => when(token.expiresAt, t('apiTokens.noExpiry')) },
		{ heading: t('apiTokens.column.status'), cell: (token) => t(`apiTokens.status.${token.status}`) },
	]
}

/** The first step of a revocation: to this page, asking first. */
function RevokeLink({ token }: { token: TokenRow }) {
	const { t } = useT()
	return (
		<Link to={`?revoke=${token.id}`} className="link">
			{t('apiTokens.revoke')}
			<span className="sr-only"> {token.name}</span>
		</Link>
	)
}

function TokenTable({ tokens }: { tokens: TokenRow[] }) {
	const { t } = useT()
	const columns = useColumns()
	if (!tokens.length) return <p className="mt-3 text-sm text-slate-600">{t('apiTokens.none')}</p>
	const cellClass = 'py-2 pr-4'
	return (
		<div className="mt-3 overflow-x-auto">
			<table className="w-full text-left text-sm">
				<thead className="text-slate-600">
					<tr>
						{[t('apiTokens.column.name'), ...columns.map((column) => column.heading)].map((heading) => (
							<th key={heading} scope="col" className={`${cellClass} font-medium`}>
								{heading}
							</th>
						))}
						<td />
					</tr>
				</thead>
				<tbody className="divide-y divide-slate-100">
					{tokens.map((token) => (
						<tr key={token.id}>
							<th scope="row" className={`${cellClass} font-medium text-slate-900`}>
								{token.name}
							</th>
							{columns.map((column) => (
								<td key={column.heading} className={cellClass}>
									{column.cell(token)}
								</td>
							))}
							<td className="py-2">{token.status === 'active' ? <RevokeLink token={token} /> : null}</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	)
}

/** Everything below the page header of /account/api-tokens and /coordinator/api-tokens. */
export function ApiTokenPage({ owner }: { owner: TokenPageOwner }) {
	const { owners, confirming } = useLoaderData<PageData>()
	const actionData = useActionData<TokenActionData>()
	const { t } = useT()
	const refused = actionData?.intent === 'revoke' ? formLevelErrors(actionData.result?.error ?? {}) : []
	return (
		<div className="container-page space-y-6 py-8 sm:py-10">
			{actionData?.created ? <CreatedToken created={actionData.created} /> : null}
			<ReplyNotice notice={actionData?.notice} />
			<FormErrors messages={refused} />
			{confirming ? <ConfirmRevoke token={confirming} /> : null}
			<div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:gap-8">
				<div className="space-y-6">
					{owners.map((each) => (
						<Section
							key={each.organizationId ?? 'hub'}
							id={`tokens-of-${each.organizationId ?? 'hub'}`}
							heading={each.organizationId ? each.name : t('apiTokens.hubTokens')}
							size="lg"
							className="card p-5 sm:p-6"
						>
							<TokenTable tokens={each.tokens} />
						</Section>
					))}
				</div>
				<div>
					<CreateTokenForm
						owner={owner}
						owners={owners}
						lastResult={actionData?.intent === 'create' ? actionData.result : undefined}
					/>
				</div>
			</div>
		</div>
	)
}

/** Both token pages' title. */
export const apiTokensMeta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('apiTokens.title') }))
