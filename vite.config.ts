import { vitePlugin as remix } from '@remix-run/dev'
import tailwindcss from '@tailwindcss/vite'
import { defineConfig } from 'vite'
import { configDefaults } from 'vitest/config'

declare module '@remix-run/node' {
	interface Future {
		v3_singleFetch: true
	}
}

export default defineConfig({
	resolve: {
		alias: {
			'~': new URL('./app', import.meta.url).pathname,
			'#search': new URL('./search', import.meta.url).pathname,
			'#server': new URL('./server', import.meta.url).pathname,
		},
	},
	server: { watch: { ignored: ['**/.data/**', '**/tests/.tmp/**'] } },
	// The manifest lets a test check which chunks a page loads (tests/i18n).
	build: { target: 'es2022', manifest: true },
	plugins: [
		tailwindcss(),
		// Remix's plugin stays out of Vitest runs: it would compile the route tree for every test file.
		!process.env.VITEST &&
			remix({
				ignoredRouteFiles: ['**/*.test.{ts,tsx}', '**/.*'],
				future: {
					v3_fetcherPersist: true,
					v3_relativeSplatPath: true,
					v3_throwAbortReason: true,
					v3_singleFetch: true,
					v3_lazyRouteDiscovery: true,
				},
			}),
	],
	test: {
		include: [
			'app/**/*.test.ts',
			'search/**/*.test.ts',
			'server/**/*.test.ts',
			'tests/**/*.test.ts',
			'prisma/**/*.test.ts',
		],
		exclude: [...configDefaults.exclude, 'tests/e2e/**'],
		globalSetup: ['tests/setup/global-setup.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
		pool: 'forks',
		maxWorkers: 2,
	},
})
