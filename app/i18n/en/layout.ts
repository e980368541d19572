// The frame of every page: header, menus, language switch, footer, breadcrumbs and paging.
export const layout = {
	'hub.name': 'ATMP Flemingsberg',
	'hub.tagline': 'Advanced therapy hub, Stockholm South',

	'meta.title': '{page} · ATMP Flemingsberg',
	'meta.description':
		'Directory of organisations, labs, GMP facilities and experts in advanced therapies (cell therapy, gene therapy, tissue engineering) in Flemingsberg, south Stockholm.',

	'layout.skipToContent': 'Skip to main content',
	'layout.homeLink': '(home page)',

	'nav.label': 'Main',
	'nav.organizations': 'Organisations',
	'nav.labs': 'Labs',
	'nav.facilities': 'GMP facilities',
	'nav.experts': 'Experts',
	'nav.search': 'Search',
	'nav.openCalls': 'Open calls',
	'nav.home': 'Home',
	'nav.requestsNews': '{count} with new answers',
	'nav.inboxWaiting': '{count} waiting',
	'nav.menu': 'Menu',

	'language.label': 'Language',
	// Each language is named in itself, so both dictionaries agree here.
	'language.en': 'English',
	'language.sv': 'Svenska',
	'language.enShort': 'EN',
	'language.svShort': 'SV',

	'userMenu.label': 'Your account',
	'userMenu.login': 'Log in',
	'userMenu.signup': 'Sign up',
	'userMenu.logout': 'Log out',
	'userMenu.account': 'Account',
	'userMenu.myListings': 'My listings',
	'userMenu.requests': 'Requests',
	'userMenu.inbox': 'Inbox',
	'userMenu.coordinator': 'Coordinator',
	'userMenu.mail': 'Mail',
	'userMenu.enquiries': 'Establishment enquiries',
	'userMenu.roleCoordinator': 'Coordinator',
	'userMenu.rolePlatformAdmin': 'Platform admin',
	'userMenu.openCalls': 'Open calls',
	'userMenu.notifications': 'Notifications',
	'userMenu.unread.one': '{count} new notification',
	'userMenu.unread.other': '{count} new notifications',

	'memberNav.label': 'Your pages',

	'verifyBanner.title': 'Please confirm your e-mail address.',
	'verifyBanner.body': 'Open the link we sent you. Until then you cannot act as a member of an organisation.',
	'verifyBanner.resend': 'Send a new link',

	'breadcrumb.label': 'Breadcrumb',
	'breadcrumb.home': 'Home',

	'pagination.label': 'Pages',
	'pagination.previous': 'Previous',
	'pagination.next': 'Next',
	'pagination.page': 'Page {page}',

	'footer.about':
		'ATMP Flemingsberg connects companies, researchers, hospitals and manufacturers working on advanced therapy medicinal products in south Stockholm.',
	'footer.directory': 'Directory',
	'footer.neighbours': 'Karolinska Institutet · Karolinska University Hospital Huddinge · KTH · Södertörn University',
	// The directory's names every page's navigation and breadcrumbs show.
	'home.title': 'Advanced therapy directory',
	'list.organization.title': 'Organisations',
	'list.organization.intro': 'Companies, universities, hospitals and networks active in advanced therapies.',
	'list.lab.title': 'Labs and research groups',
	'list.lab.intro': 'Research groups and labs, their techniques and whether they take on external projects.',
	'list.facility.title': 'GMP facilities',
	'list.facility.intro': 'Cleanrooms and manufacturing sites: grades, licences, product types and available capacity.',
	'list.expert.title': 'Experts',
	'list.expert.intro': 'People who share their expertise in research, manufacturing, regulatory affairs and more.',
	'list.pageOf': 'Page {page} of {pages}',
	'detail.onlyIn': 'Only in {language}',
} as const
