import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
	{ ignores: ['build/**', 'app/generated/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/.tmp/**', 'bench/results/**', '.data/**'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		files: ['**/*.{ts,tsx}'],
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		plugins: { 'react-hooks': reactHooks },
		rules: {
			...reactHooks.configs.recommended.rules,
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			'no-console': 'off',
		},
	},
	{
		// Browser bundles must never pull in server-only modules (search keys, database).
		files: ['app/**/*.tsx', 'app/**/*.ts'],
		ignores: ['app/**/*.server.ts', 'app/**/*.server.tsx', 'app/**/*.test.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [{ group: ['../../search/*', '../../../search/*', '../../../../search/*', '#search/*', 'meilisearch'], message: 'The top-level search/ module is server-only: import it from a *.server.ts module.' }] }],
		},
	},
)
