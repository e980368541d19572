// English is the reference dictionary: its keys define MessageKey, and
// Swedish must provide exactly the same keys (see sv.ts). Placeholders are
// written {name}; plural forms end in .one / .other (Intl.PluralRules).
export const en = {
	'hub.name': 'ATMP Flemingsberg',
	'hub.tagline': 'Advanced therapy hub, Stockholm South',
	'meta.title': '{page} · ATMP Flemingsberg',
	'meta.description':
		'Directory of organisations, labs, GMP facilities and experts in advanced therapies (cell therapy, gene therapy, tissue engineering) in Flemingsberg, south Stockholm.',

	'layout.skipToContent': 'Skip to main content',
	'layout.homeLink': 'ATMP Flemingsberg, home',
	'nav.label': 'Main',
	'nav.organizations': 'Organisations',
	'nav.labs': 'Labs',
	'nav.facilities': 'GMP facilities',
	'nav.experts': 'Experts',
	'nav.search': 'Search',
	'language.label': 'Language',
	// Each language is named in itself, so both dictionaries agree here.
	'language.en': 'English',
	'language.sv': 'Svenska',
	'language.enShort': 'EN',
	'language.svShort': 'SV',
	'footer.about':
		'ATMP Flemingsberg connects companies, researchers, hospitals and manufacturers working on advanced therapy medicinal products in south Stockholm.',
	'footer.directory': 'Directory',
	'footer.neighbours': 'Karolinska Institutet · Karolinska University Hospital Huddinge · KTH · Södertörn University',

	'home.title': 'Advanced therapy directory',
	'home.eyebrow': 'Cell therapy · Gene therapy · Tissue engineering',
	'home.heading': 'Find partners for advanced therapies in Flemingsberg',
	'home.intro':
		'ATMP Flemingsberg is the advanced therapy hub of south Stockholm, next to Karolinska Institutet, Karolinska University Hospital Huddinge, KTH and Södertörn University. This directory shows who does what: organisations, research groups, GMP facilities and experts in cell therapy, gene therapy and tissue engineering. Find a manufacturing partner, a lab with the right technique or an expert to talk to.',
	'home.countsHeading': 'Browse the directory',
	'home.featuredHeading': 'Featured listings',
	'home.featuredEmpty': 'No featured listings at the moment.',
	'home.browseAll': 'Browse all',

	'search.label': 'Search the directory',
	'search.placeholder': 'e.g. CAR-T, viral vectors, Grade B cleanroom',
	'search.submit': 'Search',

	'count.organization.one': '{count} organisation',
	'count.organization.other': '{count} organisations',
	'count.lab.one': '{count} lab or research group',
	'count.lab.other': '{count} labs and research groups',
	'count.facility.one': '{count} GMP facility',
	'count.facility.other': '{count} GMP facilities',
	'count.expert.one': '{count} expert',
	'count.expert.other': '{count} experts',

	'list.organization.title': 'Organisations',
	'list.organization.intro': 'Companies, universities, hospitals and networks active in advanced therapies.',
	'list.lab.title': 'Labs and research groups',
	'list.lab.intro': 'Research groups and labs, their techniques and whether they take on external projects.',
	'list.facility.title': 'GMP facilities',
	'list.facility.intro': 'Cleanrooms and manufacturing sites: grades, licences, product types and available capacity.',
	'list.expert.title': 'Experts',
	'list.expert.intro': 'People who share their expertise in research, manufacturing, regulatory affairs and more.',
	'list.pageOf': 'Page {page} of {pages}',
	'list.empty.title': 'Nothing listed here yet',
	'list.empty.body': 'Published listings will appear here as soon as coordinators have reviewed them.',

	'pagination.label': 'Pages',
	'pagination.previous': 'Previous',
	'pagination.next': 'Next',
	'pagination.page': 'Page {page}',

	'verified.badge': 'Verified',
	'verified.description': 'Checked by the hub coordinators',

	'breadcrumb.label': 'Breadcrumb',
	'breadcrumb.home': 'Home',

	'detail.about': 'About',
	'detail.facts': 'Key facts',
	'detail.updated': 'Last updated {date}',
	'detail.writtenIn': 'Written in {language}.',
	'detail.yes': 'Yes',
	'detail.no': 'No',
	'detail.notStated': 'Not stated',
	'detail.modalities': 'Modalities',
	'detail.services': 'Services',
	'detail.phases': 'Development phases',
	'detail.hostOrganization': 'Host organisation',
	'detail.affiliation': 'Affiliation',

	'organization.kind': 'Type of organisation',
	'organization.website': 'Website',
	'organization.email': 'Contact e-mail',
	'organization.city': 'City',
	'organization.campus': 'Campus',
	'organization.location': 'Location',
	'organization.mapLink': 'Show {name} on OpenStreetMap',
	'organization.labs': 'Labs and research groups',
	'organization.facilities': 'GMP facilities',
	'organization.experts': 'Experts',
	'organization.nothingListed': 'This organisation has no labs, facilities or experts listed yet.',

	'lab.lead': 'Group leader',
	'lab.techniques': 'Techniques',
	'lab.acceptsExternalProjects': 'Accepts external projects',

	'facility.cleanroomGrades': 'Cleanroom grades',
	'facility.licences': 'Licences',
	'facility.productTypes': 'Product types',
	'facility.area': 'Cleanroom area',
	'facility.areaValue': '{area} m²',
	'facility.suites': 'Suites',
	'facility.qpRelease': 'QP release on site',
	'facility.capacity': 'Capacity',
	'facility.availableFrom': 'Available from {date}',
	'facility.askForCapacity': 'Ask the facility',

	'expert.title': 'Role',
	'expert.bio': 'Biography',
	'expert.expertise': 'Expertise',
	'expert.orcid': 'ORCID',
	'expert.languages': 'Languages',
	'expert.openTo': 'Open to',

	'error.notFound.title': 'Page not found',
	'error.notFound.body':
		'The page you are looking for does not exist or has moved. Try the directory or the search instead.',
	'error.generic.title': 'Something went wrong',
	'error.generic.body': 'An unexpected error stopped this page from loading. Please try again in a moment.',
	'error.status': 'Error {status}',
	'error.homeLink': 'Go to the home page',
} as const

export type MessageKey = keyof typeof en

/** The shape every other language must fill in: the same keys, any wording. */
export type Messages = { readonly [Key in MessageKey]: string }
