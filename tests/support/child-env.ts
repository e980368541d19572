/**
 * The environment of a child process the tests start: exactly these variables
 * (unset ones dropped), so nothing of the test runner's own environment
 * (VITEST, NODE_ENV=test, a developer's DATABASE_URL) leaks into it.
 */
export function childEnv(variables: Record<string, string | undefined>): NodeJS.ProcessEnv {
	const env: Record<string, string> = {}
	for (const [name, value] of Object.entries(variables)) if (value !== undefined) env[name] = value
	return env as NodeJS.ProcessEnv
}
