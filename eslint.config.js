import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
	{
		ignores: [
			'build/**',
			'app/generated/**',
			'node_modules/**',
			'test-results/**',
			'playwright-report/**',
			'tests/.tmp/**',
			'bench/results/**',
			'.data/**',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		files: ['**/*.{ts,tsx}'],
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		plugins: { 'react-hooks': reactHooks },
		rules: {
			...reactHooks.configs.recommended.rules,
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
			],
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			'no-console': 'off',
		},
	},
	// The layers (README "Layers"): routes -> app/http -> app/domain -> database, search, outbox.
	// Each layer gets its own file set, so these never override one another; the browser-bundle rule
	// below is the core rule and composes with them.
	{
		files: ['app/domain/**/*.{ts,tsx}'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['@remix-run/*'],
							message:
								'The domain speaks no HTTP: take plain values, return results or throw a domain error; app/http and the routes turn them into responses.',
						},
						{
							group: [
								'~/components/*',
								'~/routes/*',
								'~/root',
								'~/root.tsx',
								'**/app/components/*',
								'**/app/routes/*',
								'../../components/*',
								'../../routes/*',
							],
							message: 'The domain is below the pages: components and routes call it, never the other way round.',
						},
						{
							group: ['~/http/*', '**/app/http/*', '../../http/*'],
							message: 'app/http wraps the domain for routes; the domain must not reach back up into it.',
						},
					],
				},
			],
		},
	},
	{
		files: ['app/components/**/*.{ts,tsx}'],
		ignores: ['app/components/**/*.server.{ts,tsx}'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/*.server', '**/*.server.ts', '**/*.server.tsx'],
							allowTypeImports: true,
							message:
								'Components end up in the browser: import only types from *.server modules, and take data from the loader.',
						},
					],
				},
			],
		},
	},
	{
		files: ['search/**/*.ts'],
		ignores: ['search/**/*.test.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['~/domain/*', '**/app/domain/*'],
							message:
								'search/ serves every domain area and depends on none of them (the taxonomy in app/taxonomy is reference data): pass what it needs in.',
						},
						{
							group: ['@remix-run/*', '~/components/*', '~/routes/*', '~/http/*'],
							message: 'search/ is below the pages and the HTTP edge.',
						},
					],
				},
			],
		},
	},
	{
		// Browser bundles must never pull in server-only modules (search keys, database).
		files: ['app/**/*.tsx', 'app/**/*.ts'],
		ignores: ['app/**/*.server.ts', 'app/**/*.server.tsx', 'app/**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['../../search/*', '../../../search/*', '../../../../search/*', '#search/*', 'meilisearch'],
							message: 'The top-level search/ module is server-only: import it from a *.server.ts module.',
						},
					],
				},
			],
		},
	},
)
