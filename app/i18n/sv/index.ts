import type { Messages } from '../en/index.ts'
import { layout } from './layout.ts'
import { errors } from './errors.ts'
import { directory } from './directory.ts'
import { search } from './search.ts'
import { forms } from './forms.ts'
import { checks } from './checks.ts'
import { listings } from './listings.ts'
import { coordinator } from './coordinator.ts'
import { curation } from './curation.ts'
import { audit } from './audit.ts'
import { accounts } from './accounts.ts'
import { mail } from './mail.ts'
import { mailbox } from './mailbox.ts'
import { requests } from './requests.ts'
import { triage } from './triage.ts'
import { reasons } from './reasons.ts'
import { understanding } from './understanding.ts'
import { notifications } from './notifications.ts'
import { api } from './api.ts'

// Typed as Messages: a missing key, or one English does not have, is a type error.
export const sv: Messages = {
	...layout,
	...errors,
	...directory,
	...search,
	...forms,
	...checks,
	...listings,
	...coordinator,
	...curation,
	...audit,
	...accounts,
	...mail,
	...mailbox,
	...requests,
	...triage,
	...reasons,
	...understanding,
	...notifications,
	...api,
}
