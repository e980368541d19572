import type { VocabularyName } from '~/taxonomy/taxonomy.ts'
import type { en, MessageKey, Messages } from './en/index.ts'
import { defaultLocale, isLocale, locales, type Locale } from './locale.ts'
import { browserTextParts } from './browser-text-parts.ts'
import { termLabelFor } from './term-labels.ts'
import { featureParts, features, type Feature, type TextPart } from './text-parts.ts'

export type { MessageKey, Messages }

/** A feature file of another language: exactly the keys of its English file, any wording. */
export type Translation<English> = { readonly [Key in keyof English]: string }

// The texts of each language, once loaded, in parts (text-parts.ts). Each
// part of each language is a chunk of its own that no module imports
// statically, so that a browser downloads only the page's language and only
// the parts its pages need: the browser entry loads the public texts before
// hydrating (entry.client.tsx), a route of the signed-in areas its own before
// it renders (needTexts), and useT() every part another language when a page
// changes language in place. The server loads everything before this module
// is ready (below).
const dictionaries = new Map<Locale, Partial<Messages>>()
const partsLoaded = new Map<Locale, Set<TextPart>>()
/** The parts every language must have before a page renders in it. */
const wanted = new Set<TextPart>(['public'])
const listeners = new Set<() => void>()

/** Calls back whenever a language's texts arrive, e.g. for React to render again. */
export function subscribeToMessages(listener: () => void): () => void {
	listeners.add(listener)
	return () => listeners.delete(listener)
}

/** Whether a language's texts are here, so that a page in that language can render without a download. */
export function hasMessages(locale: Locale): boolean {
	const loaded = partsLoaded.get(locale)
	return [...wanted].every((part) => loaded?.has(part))
}

type FeatureTexts = Record<Feature, Readonly<Record<string, string>>>

function importFeature(locale: Locale, feature: Feature): Promise<FeatureTexts> {
	return import(`./${locale}/${feature}.ts`) as Promise<FeatureTexts>
}

/** A part's texts: the server reads its feature files, a browser its one chunk (browser-text-parts.ts). */
function importPart(locale: Locale, part: TextPart): Promise<Array<Readonly<Record<string, string>>>> {
	const files = features.filter((feature) => featureParts[feature] === part)
	// A constant in a build (so that the client's drops the server's line), unset under plain tsx.
	if (import.meta.env?.SSR !== false) {
		return Promise.all(files.map(async (feature) => (await importFeature(locale, feature))[feature]))
	}
	const chunk = browserTextParts[`${locale}/${part}`]
	if (!chunk) throw new Error(`No browser chunk holds the texts of ${locale}/${part}`)
	return chunk().then((module) => [module.default])
}

const loading = new Map<string, Promise<void>>()

function loadPart(locale: Locale, part: TextPart): Promise<void> {
	const id = `${locale}/${part}`
	let pending = loading.get(id)
	if (!pending) {
		pending = importPart(locale, part).then((texts) => {
			const dictionary = dictionaries.get(locale) ?? {}
			dictionaries.set(locale, Object.assign(dictionary, ...texts))
			partsLoaded.set(locale, new Set([...(partsLoaded.get(locale) ?? []), part]))
			for (const listener of listeners) listener()
		})
		loading.set(id, pending)
	}
	return pending
}

/** Downloads the texts a page in this language needs once, however many callers ask. */
export function loadMessages(locale: Locale): Promise<void> {
	return Promise.all([...wanted].map((part) => loadPart(locale, part))).then(() => undefined)
}

/**
 * A route whose pages show texts of a part beyond the public one awaits this
 * at the top of its module: in the browser the route then renders only once
 * they are here, on the first page as after a click. The server has them all.
 */
export function needTexts(...parts: Array<Exclude<TextPart, 'server'>>): Promise<void> {
	if (typeof document === 'undefined') return Promise.resolve()
	for (const part of parts) wanted.add(part)
	const { lang } = document.documentElement
	return loadMessages(isLocale(lang) ? lang : defaultLocale)
}

/** Every text of a language, on the server (which has them all): for comparing languages. */
export function loadedDictionary(locale: Locale): Messages {
	if (!hasMessages(locale)) throw new Error(`Not every text of “${locale}” is loaded here`)
	return dictionaries.get(locale) as Messages
}

// The server speaks every language: it renders pages for any visitor and
// writes each mail in its recipient's language. Every server process (the web
// server, the worker, the CLI, tests) has them all before its first translation.
if (typeof document === 'undefined') {
	for (const part of Object.values(featureParts)) wanted.add(part)
	// The taxonomy's labels too (term-labels.ts); the browser's build drops this line, as in importFeature.
	await Promise.all([...locales.map(loadMessages), import.meta.env?.SSR !== false && import('~/taxonomy/taxonomy.ts')])
}

// Intl needs a region to pick the conventions people here expect
// (day-month-year and a space as thousands separator, not US style).
const intlLocales: Record<Locale, string> = { en: 'en-GB', sv: 'sv-SE' }

type PlaceholdersOf<Text> = Text extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never
type Placeholders<Key extends MessageKey> = PlaceholdersOf<(typeof en)[Key]>
export type MessageParams<Key extends MessageKey> = Record<Placeholders<Key>, string | number>
// A message without placeholders takes no params; one with placeholders requires all of them.
type ParamsArgument<Key extends MessageKey> = [Placeholders<Key>] extends [never] ? [] : [params: MessageParams<Key>]

/** Keys whose message has no placeholders, e.g. for tables of labels. */
export type PlainMessageKey = { [Key in MessageKey]: [Placeholders<Key>] extends [never] ? Key : never }[MessageKey]

/** Keys that come as a `.one` / `.other` pair, addressed by their common stem. */
export type CountedKey = {
	[Key in MessageKey]: Key extends `${infer Stem}.one` ? (`${Stem}.other` extends MessageKey ? Stem : never) : never
}[MessageKey]

export type DatePrecision = 'month' | 'day' | 'minute' | 'second'

export interface Translator {
	locale: Locale
	/** BCP 47 tag for Intl APIs and the lang attribute of formatted values. */
	intlLocale: string
	t<Key extends MessageKey>(key: Key, ...params: ParamsArgument<Key>): string
	/** Whether a key that arrived as data (an audit action, a stored message) is in the catalogue. */
	has(key: string): key is MessageKey
	/** "1 expert" / "12 experts", with the plural rule of the language. */
	tCount(stem: CountedKey, count: number): string
	term(vocabulary: VocabularyName, code: string): string
	/**
	 * The one way to show a date. ISO strings: "2026-03-01" is a calendar date,
	 * anything longer an instant, shown as its day, or with the time of day to
	 * the minute (rows of a list) or to the second (one record); or only its
	 * month and year ("March 2027"), for plans that name no day.
	 */
	formatDate(iso: string, precision?: DatePrecision): string
	formatNumber(value: number): string
	/** "sv" → "Swedish" / "svenska". */
	languageName(code: string): string
}

function interpolate(
	template: string,
	params: Record<string, string | number>,
	formatNumber: (value: number) => string,
) {
	return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
		const value = params[name]
		if (value === undefined) return placeholder
		return typeof value === 'number' ? formatNumber(value) : value
	})
}

function createTranslator(locale: Locale, dictionary: Partial<Messages>): Translator {
	const intlLocale = intlLocales[locale]
	const numberFormat = new Intl.NumberFormat(intlLocale)
	const pluralRules = new Intl.PluralRules(intlLocale)
	// Calendar dates are stored at UTC midnight; instants are shown in the hub's
	// own time zone so server and browser render the same text.
	const calendarDate = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' })
	const calendarMonth = new Intl.DateTimeFormat(intlLocale, { month: 'long', year: 'numeric', timeZone: 'UTC' })
	const timeZone = 'Europe/Stockholm'
	const instants: Record<DatePrecision, Intl.DateTimeFormat> = {
		month: new Intl.DateTimeFormat(intlLocale, { month: 'long', year: 'numeric', timeZone }),
		day: new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone }),
		minute: new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
		second: new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeStyle: 'medium', timeZone }),
	}
	const languageNames = new Intl.DisplayNames([intlLocale], { type: 'language', fallback: 'code' })
	const formatNumber = (value: number) => numberFormat.format(value)

	const t: Translator['t'] = (key, ...params) =>
		interpolate(dictionary[key] ?? key, (params[0] ?? {}) as Record<string, string | number>, formatNumber)

	return {
		locale,
		intlLocale,
		t,
		has: (key): key is MessageKey => Object.hasOwn(dictionary, key),
		tCount: (stem, count) => {
			const form = pluralRules.select(count) === 'one' ? 'one' : 'other'
			const key = `${stem}.${form}` as MessageKey
			return interpolate(dictionary[key] ?? key, { count }, formatNumber)
		},
		term: (vocabulary, code) => termLabelFor(vocabulary, code, locale),
		formatDate: (iso, precision = 'day') => {
			const date = new Date(iso)
			if (Number.isNaN(date.getTime())) return iso
			if (iso.length > 10) return instants[precision].format(date)
			return (precision === 'month' ? calendarMonth : calendarDate).format(date)
		},
		formatNumber,
		languageName: (code) => {
			try {
				return languageNames.of(code) ?? code
			} catch {
				return code
			}
		},
	}
}

const translators = new Map<Locale, Translator>()

// A page in the browser has only its own language; should it ask for another
// (its error boundary rendering without the root loader's data), it keeps to
// the language it has rather than failing a second time.
function availableLocale(locale: unknown): Locale {
	const asked = isLocale(locale) ? locale : defaultLocale
	if (hasMessages(asked)) return asked
	const loaded =
		[defaultLocale, ...locales].find(hasMessages) ??
		[asked, defaultLocale, ...locales].find((candidate) => dictionaries.has(candidate))
	if (!loaded) throw new Error(`No texts are loaded for “${asked}”: the browser entry loads them before hydrating`)
	return loaded
}

/** The translator for a locale; anything that is not a known locale gets the default language. */
export function translator(locale: unknown): Translator {
	const resolved = availableLocale(locale)
	let cached = translators.get(resolved)
	if (!cached) {
		cached = createTranslator(resolved, dictionaries.get(resolved)!)
		translators.set(resolved, cached)
	}
	return cached
}

/** One-off translation outside React, e.g. in a loader or a test. */
export function t<Key extends MessageKey>(locale: Locale, key: Key, ...params: ParamsArgument<Key>): string {
	return translator(locale).t(key, ...params)
}
