import { checkHealth } from '~/domain/health/health.server.ts'

export async function loader() {
	const health = await checkHealth()
	return Response.json(health, {
		status: health.status === 'down' ? 503 : 200,
		headers: { 'Cache-Control': 'no-store' },
	})
}
