import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { ApiTokenPage, apiTokensMeta } from '~/components/api-tokens/api-token-page.tsx'
import { CoordinatorHeader } from '~/components/curation/coordinator-header.tsx'
import { tokenPageHeaders } from '~/components/token-page-headers.ts'
import { apiTokenAction, apiTokenPageData } from '~/http/api-token-pages.server.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { useT } from '~/i18n/use-t.ts'

// The hub's API tokens: partner systems that read with a coordinator's reach.

export async function loader({ request }: LoaderFunctionArgs) {
	return apiTokenPageData(request, await requirePermission(request, 'coordinator.enter'), 'hub')
}

export async function action({ request }: ActionFunctionArgs) {
	return apiTokenAction(request, await requirePermission(request, 'coordinator.enter'), 'hub')
}

// The answer to a creation carries the token: no cache may keep it.
export const headers = tokenPageHeaders

export const meta = apiTokensMeta

export default function CoordinatorApiTokensPage() {
	const { t } = useT()
	return (
		<>
			<CoordinatorHeader title={t('apiTokens.title')} intro={t('apiTokens.intro.hub')} />
			<ApiTokenPage owner="hub" />
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
