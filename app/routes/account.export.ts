import type { LoaderFunctionArgs } from '@remix-run/node'
import { exportPersonalData } from '~/domain/accounts/export-personal-data.server.ts'
import { requirePermission } from '~/http/viewer.server.ts'

// GET /account/export: the signed-in user's personal data as a JSON download.
export async function loader({ request }: LoaderFunctionArgs) {
	const actor = await requirePermission(request, 'profile.exportPersonalData')
	const now = new Date()
	const document = await exportPersonalData(actor.userId, now)
	return new Response(JSON.stringify(document, null, 2), {
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			'Content-Disposition': `attachment; filename="atmp-flemingsberg-personal-data-${now.toISOString().slice(0, 10)}.json"`,
			// Personal data: never in a shared cache, never kept by the browser's.
			'Cache-Control': 'no-store',
		},
	})
}
