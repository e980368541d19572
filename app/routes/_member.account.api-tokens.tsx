import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { ApiTokenPage, apiTokensMeta } from '~/components/api-tokens/api-token-page.tsx'
import { PageHeader } from '~/components/page-header.tsx'
import { tokenPageHeaders } from '~/components/token-page-headers.ts'
import { apiTokenAction, apiTokenPageData } from '~/http/api-token-pages.server.ts'
import { requireActor } from '~/http/viewer.server.ts'
import { useT } from '~/i18n/use-t.ts'

// An organisation admin's API tokens, for each organisation they administer.

export async function loader({ request }: LoaderFunctionArgs) {
	return apiTokenPageData(request, await requireActor(request), 'organizations')
}

export async function action({ request }: ActionFunctionArgs) {
	return apiTokenAction(request, await requireActor(request), 'organizations')
}

// The answer to a creation carries the token: no cache may keep it.
export const headers = tokenPageHeaders

export const meta = apiTokensMeta

export default function AccountApiTokensPage() {
	const { t } = useT()
	return (
		<>
			<PageHeader trail={[{ label: t('account.title'), to: '/account' }]} title={t('apiTokens.title')}>
				<p className="mt-3 max-w-2xl text-lg text-slate-700">{t('apiTokens.intro.organization')}</p>
			</PageHeader>
			<ApiTokenPage owner="organizations" />
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
