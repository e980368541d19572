// English is the reference catalogue: its keys define MessageKey, and every
// other language has a folder with the same feature files and exactly the
// same keys (sv/). Placeholders are written {name}; plural forms end in
// .one / .other (Intl.PluralRules). A new feature is one file here, one in
// sv/, one line here and one in text-parts.ts (which part of the portal
// needs it).
import { layout } from './layout.ts'
import { errors } from './errors.ts'
import { directory } from './directory.ts'
import { search } from './search.ts'
import { forms } from './forms.ts'
import { checks } from './checks.ts'
import { memberChecks } from './memberChecks.ts'
import { checkReports } from './checkReports.ts'
import { listings } from './listings.ts'
import { coordinator } from './coordinator.ts'
import { curation } from './curation.ts'
import { audit } from './audit.ts'
import { accounts } from './accounts.ts'
import { accountSettings } from './accountSettings.ts'
import { memberships } from './memberships.ts'
import { mail } from './mail.ts'
import { mailbox } from './mailbox.ts'
import { requests } from './requests.ts'
import { triage } from './triage.ts'
import { reasons } from './reasons.ts'
import { understanding } from './understanding.ts'
import { notifications } from './notifications.ts'
import { home } from './home.ts'
import { api } from './api.ts'
import { tokens } from './tokens.ts'
import { pages } from './pages.ts'
import { pagesEditor } from './pagesEditor.ts'
import { news } from './news.ts'
import { events } from './events.ts'
import { publishing } from './publishing.ts'
import { establish } from './establish.ts'
import { establishHome } from './establishHome.ts'
import { offers } from './offers.ts'
import { map } from './map.ts'
import { mapLink } from './mapLink.ts'
import { enquiries } from './enquiries.ts'
import { enquiryForm } from './enquiryForm.ts'
import { enquiryOffice } from './enquiryOffice.ts'
import { analytics } from './analytics.ts'
import { transfer } from './transfer.ts'
import { alerts } from './alerts.ts'
import { savedSearches } from './savedSearches.ts'
import { alertsMail } from './alertsMail.ts'
import { stale } from './stale.ts'
import { evidence } from './evidence.ts'
import { capacity } from './capacity.ts'
import { capacityEditor } from './capacityEditor.ts'

export const en = {
	...layout,
	...errors,
	...directory,
	...search,
	...forms,
	...checks,
	...memberChecks,
	...checkReports,
	...listings,
	...coordinator,
	...curation,
	...audit,
	...accounts,
	...accountSettings,
	...memberships,
	...mail,
	...mailbox,
	...requests,
	...triage,
	...reasons,
	...understanding,
	...notifications,
	...home,
	...api,
	...tokens,
	...pages,
	...pagesEditor,
	...news,
	...events,
	...publishing,
	...establish,
	...establishHome,
	...offers,
	...map,
	...mapLink,
	...enquiries,
	...enquiryForm,
	...enquiryOffice,
	...analytics,
	...transfer,
	...alerts,
	...savedSearches,
	...alertsMail,
	...stale,
	...evidence,
	...capacity,
	...capacityEditor,
}

export type MessageKey = keyof typeof en

/** The shape every other language must fill in: the same keys, any wording. */
export type Messages = { readonly [Key in MessageKey]: string }
