// The interchange schema writes its messages in English for coordinators
// fixing spreadsheets ("Name is required", "Unknown modality code …"). A form
// shows each message next to its field, so the field's name is already on
// screen: this turns the schema's phrasing into a short message in the
// reader's language. Rule errors of the use cases arrive as "rule:<code>".
import { isListingRule } from '~/domain/listings/listing-errors.ts'
import { isRequestRule } from '~/domain/requests/request-errors.ts'
import type { Translator } from '~/i18n/messages.ts'

export const RULE_PREFIX = 'rule:'

type Localizer = (match: RegExpExecArray, t: Translator['t']) => string

// Order matters: the more specific phrasing first.
const patterns: ReadonlyArray<[RegExp, Localizer]> = [
	[/entry ".*" must be at most (\d+) characters/s, (m, t) => t('form.error.entryTooLong', { max: Number(m[1]) })],
	[
		/must be at most (\d+) characters \(it has (\d+)\)/,
		(m, t) => t('form.error.tooLong', { max: Number(m[1]), length: Number(m[2]) }),
	],
	[/must be at most (\d+) characters/, (m, t) => t('form.error.tooLong', { max: Number(m[1]), length: '—' })],
	[/can have at most (\d+) entries/, (m, t) => t('form.error.tooMany', { max: Number(m[1]) })],
	[/^Unknown language code "([^"]*)"/, (m, t) => t('form.error.language', { code: m[1] ?? '' })],
	[/^Unknown .*? code "([^"]*)"/, (m, t) => t('form.error.unknownCode', { code: m[1] ?? '' })],
	[/ is required/, (_m, t) => t('form.error.required')],
	[/^Needed by is in the past/, (_m, t) => t('requestRule.needed-by-in-past')],
	[/is not a real calendar date/, (_m, t) => t('form.error.calendarDate')],
	[/must be a date written YYYY-MM-DD/, (_m, t) => t('form.error.date')],
	[/must be a full web address/, (_m, t) => t('form.error.website')],
	[/is not a valid e-mail address/, (_m, t) => t('form.error.email')],
	[/must be a whole number from 1 to (\d+)/, (m, t) => t('form.error.wholeNumber', { max: Number(m[1]) })],
	[/must be between (-?\d+) and (\d+)/, (m, t) => t('form.error.range', { min: Number(m[1]), max: Number(m[2]) })],
	[/must be a number/, (_m, t) => t('form.error.number')],
	[/^ORCID .* must be written like/s, (_m, t) => t('form.error.orcidFormat')],
	[/wrong check digit/, (_m, t) => t('form.error.orcidCheck')],
	[/(Latitude|Longitude) is missing/, (_m, t) => t('form.error.coordinatePair')],
	[/must be true or false/, (_m, t) => t('form.error.yesNo')],
]

export function localizeFormError(message: string, { t, locale }: Pick<Translator, 't' | 'locale'>): string {
	if (message.startsWith(RULE_PREFIX)) {
		const rule = message.slice(RULE_PREFIX.length)
		if (isListingRule(rule)) return t(`rule.${rule}`)
		return isRequestRule(rule) ? t(`requestRule.${rule}`) : t('form.error.invalid')
	}
	for (const [pattern, localize] of patterns) {
		const match = pattern.exec(message)
		if (match) return localize(match, t)
	}
	// A message this table does not know yet is still better than none, in the language it has.
	return locale === 'en' ? message : t('form.error.invalid')
}
