/** The kinds of page a visitor opens without signing in: weighed by the page budget, checked by axe. */
export const publicPages = [
	'/',
	'/?lang=sv',
	'/search',
	'/search?q=lentiviral',
	'/facilities',
	'/labs',
	'/experts',
	'/organizations',
	'/open-calls',
	'/news',
	'/events',
	'/login',
	'/signup',
	'/forgot-password',
	'/api/docs',
] as const
