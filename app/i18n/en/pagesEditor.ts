// Coordinators edit the hub's own pages at /coordinator/pages: the list, the
// form with both languages, and what it says when a save is refused.
export const pagesEditor = {
	'coordinator.nav.pages': 'Pages',
	'sitePages.list.title': 'The hub’s pages',
	'sitePages.list.intro':
		'About, contact and privacy: what every visitor can read, in English and Swedish. A change is public as soon as you save it.',
	'sitePages.name.about': 'About the hub',
	'sitePages.name.contact': 'Contact',
	'sitePages.name.privacy': 'Privacy notice',
	'sitePages.column.page': 'Page',
	'sitePages.column.title': 'Title',
	'sitePages.column.languages': 'Written in',
	'sitePages.column.updated': 'Last saved',
	'sitePages.by.portal': 'the portal’s first text',
	'sitePages.by.erased': 'a deleted account',
	'sitePages.savedBy': '{date}, by {name}',
	'sitePages.editLink': 'Edit {page}',
	'sitePages.viewLink': 'View the page',
	'sitePages.viewLinkIn': 'View the page in {language}',
	'sitePages.edit.title': 'Edit: {page}',
	'sitePages.edit.intro':
		'Write the page in both languages. A language left wholly empty is not translated yet: its readers see the other language, with a note that it is only in that language.',
	'sitePages.edit.language.en': 'In English',
	'sitePages.edit.language.sv': 'In Swedish',
	'sitePages.edit.leadHint': 'One or two sentences below the title. Search engines and shared links show them too.',
	'sitePages.edit.bodyHint':
		'Markdown: “## ” starts a heading, “- ” a list item; **bold**, [words](https://address) for a link. HTML is shown as typed, not run.',
	'sitePages.edit.submit': 'Save the page',
	'sitePages.edit.pending': 'Saving…',
	'sitePages.edit.saved': 'Saved. Visitors read the new text now.',
	'sitePages.edit.unchanged': 'Nothing had changed, so nothing was saved.',
	'sitePages.edit.stale': 'This form is out of date: open the page again.',
	'sitePages.edit.lastSaved': 'Last saved {date} by {name}.',
	'sitePages.edit.firstText': 'This is the portal’s first text; no coordinator has saved the page yet.',
	'label.sitePageTitle': 'Title',
	'label.sitePageLead': 'Lead',
	'label.sitePageBody': 'Text',
	'rule:site-page-changed-meanwhile':
		'Someone else saved this page while you were editing it, and nothing of yours was saved. Copy your text, open the page again to read theirs, and make your change there.',
} as const
