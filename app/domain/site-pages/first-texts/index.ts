import type { SitePageKey, SitePageTexts } from '../site-page-keys.ts'
import { about } from './about.ts'
import { contact } from './contact.ts'
import { privacy } from './privacy.ts'

/** What each page says until a coordinator rewrites it. */
export const firstTexts: Record<SitePageKey, SitePageTexts> = { about, contact, privacy }
