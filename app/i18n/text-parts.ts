// Which texts a browser needs where. Every feature file of app/i18n/<lang>/
// belongs to one part; a browser downloads a part of one language as one
// chunk, and only the parts its pages need:
// - public: what every page may show, to visitors and members alike;
// - directory: what listings and the search say (the directory's, the
//   search's and the verified badge's texts), loaded by the pages that show
//   listings: the home page, search and the lists, a listing's page, and
//   wherever the verified badge is; the names of the lists and the home
//   page's title are public (the navigation and breadcrumbs show them);
// - members: the signed-in areas (member and coordinator pages, the admin's
//   mailbox, the next steps after confirming an address), loaded when a page
//   of theirs is opened (needTexts in messages.ts);
// - forms: what forms say about their fields (checks, refusals), loaded by
//   the form kit's messages wherever a page has a form, public ones included:
//   what only signed-in forms say is the members' part (memberChecks), and a
//   report's lines are the server's (checkReports);
// - accounts: signing in and up, passwords, confirming an address, loaded by
//   the pages that show them: the sign-in pages (auth-page.tsx, the password
//   field), the member area's layout, an organisation's claim and members
//   pages (their forms' words). The account's pages and an organisation's
//   members and claim pages are signed in, so their own texts are the members'
//   part (accountSettings), as is the page after deleting an account, reached
//   only from them; an organisation's public page has the claim link's three
//   texts in the public part;
// - memberships: an invitation's page and the roles of members, loaded by that
//   page (which an invitee may open before having an account, so it does not
//   load the members' part), the account page and an organisation's members page;
// - hubContent: the news and events pages (issue 14), loaded by their routes
//   (needTexts), so the other public pages do not carry them;
// - establish: the offers of Establish in Flemingsberg, loaded by its pages;
// - enquiryForm: the establishment office's enquiry form, loaded by the form
//   (on /contact and /establish/enquire);
// - map: the campus map's page (/map), loaded by it;
// - placeMap: the small map on listings' and offers' pages (mapLink), loaded
//   by its component, so other pages do not carry it;
// - capacity: a GMP facility's calendar, loaded by its component and the editor;
// - apiDocs: the API reference page (/api/docs), loaded by its route;
// - savedSearches: "Save this search" on the search pages, loaded by the
//   member's form (a visitor's page has only its sign-in link, in search);
// - server: texts only the server writes (mail, a report's lines); never sent to a browser.
export const featureParts = {
	layout: 'public',
	errors: 'public',
	directory: 'directory',
	search: 'directory',
	forms: 'public',
	accounts: 'accounts',
	accountSettings: 'members',
	memberships: 'memberships',
	checks: 'forms',
	memberChecks: 'members',
	checkReports: 'server',
	understanding: 'directory',
	api: 'apiDocs',
	tokens: 'members',
	listings: 'members',
	coordinator: 'members',
	curation: 'members',
	audit: 'members',
	mailbox: 'members',
	requests: 'members',
	triage: 'members',
	reasons: 'members',
	notifications: 'members',
	home: 'members',
	pages: 'public',
	pagesEditor: 'members',
	news: 'hubContent',
	events: 'hubContent',
	publishing: 'members',
	// Establish in Flemingsberg: its pages and the curators' load it (needTexts), the home page only its call to action.
	establish: 'establish',
	establishHome: 'public',
	offers: 'members',
	map: 'map',
	mapLink: 'placeMap',
	// Establishment enquiries: the form and the enquirer's thread go with the establish pages (and /contact);
	// the office's queue and the notices are the signed-in part's.
	enquiries: 'establish',
	// The enquiry form alone: /contact shows it below the hub's text, without the offers' pages.
	enquiryForm: 'enquiryForm',
	enquiryOffice: 'members',
	// The matchmaking funnel: coordinators only, and its nav link is on every coordinator page.
	analytics: 'members',
	// Import and export (issue 15): coordinator pages only.
	transfer: 'members',
	// Stale-listing nudges: the coordinators' list and the confirmation page (it loads them, needTexts);
	// the verified badge's evidence shows on public listing pages.
	stale: 'members',
	evidence: 'directory',
	// GMP capacity: the facility's calendar loads its texts (needTexts), the editor's are signed-in.
	capacity: 'capacity',
	capacityEditor: 'members',
	mail: 'server',
	// Saved searches and notification settings (issue 15): the account page's texts are the members';
	// the search pages' save form loads its own (needTexts), as does the alert mail's unsubscribe page; the digest is mail.
	alerts: 'members',
	savedSearches: 'savedSearches',
	alertsMail: 'server',
} as const

export type Feature = keyof typeof featureParts
export type TextPart = (typeof featureParts)[Feature]
export type BrowserTextPart = Exclude<TextPart, 'server'>

export const features = Object.keys(featureParts) as Feature[]

/** The name of the browser chunk that holds one part of one language (vite.config.ts). */
export function textChunkName(locale: string, part: TextPart): string {
	return `${locale}-${part}`
}
