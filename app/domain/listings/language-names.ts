// Languages as people write them: "svenska, engelska", "Swedish; English",
// "sv, en", "English and German", "Deutsch", "français". Each is read into
// its ISO 639-1 code, which is what listings store. The names come from the
// platform (Intl.DisplayNames) in English, in Swedish and in the language
// itself, for every two-letter code, so no hand list has to keep up.
import { foldText } from '../../utils/text.ts'

// Two-letter ISO 639-1 codes (the list is short and stable; a library would be heavier than it).
const ISO_639_1 = (
	'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu ' +
	'fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko ' +
	'kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi ' +
	'pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ' +
	'ur uz ve vi vo wa wo xh yi yo za zh zu'
).split(' ')

const languageCodes = new Set(ISO_639_1)

export function isLanguageCode(value: string): boolean {
	return languageCodes.has(value)
}

/** The languages whose names are read, besides each language's own. */
const NAME_LOCALES = ['en', 'sv'] as const

/** Between languages in a list: punctuation, "and"/"och", a slash or an ampersand, a line break. */
const SEPARATOR = /\s*(?:[,;/&\n]|\s(?:and|och)\s)\s*/i

const keyOf = (name: string) =>
	foldText(name.normalize('NFC'))
		.replace(/[\s.]+/g, ' ')
		.trim()

function nameOf(code: string, locale: string): string | undefined {
	try {
		const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code)
		return name && name.toLowerCase() !== code ? name : undefined
	} catch {
		return undefined
	}
}

let table: Map<string, string> | undefined

// Built on first use: a few hundred Intl look-ups that pages without the
// expert form never need. Codes win over names, English names over Swedish
// ones and those over a language's own name, so the reading never depends on
// the order Intl lists its data in.
function codesByName(): Map<string, string> {
	if (table) return table
	const built = new Map<string, string>()
	const add = (name: string | undefined, code: string) => {
		if (!name) return
		const key = keyOf(name)
		if (key && !built.has(key)) built.set(key, code)
	}
	for (const code of ISO_639_1) add(code, code)
	for (const locale of NAME_LOCALES) for (const code of ISO_639_1) add(nameOf(code, locale), code)
	for (const code of ISO_639_1) add(nameOf(code, code), code)
	table = built
	return built
}

export interface ReadLanguages {
	/** The codes read, in the order written, each once. */
	codes: string[]
	/** The words that name no language, as typed. */
	unknown: string[]
}

/** Splits what a person typed into the entries of a list of languages. */
export function splitLanguages(text: string): string[] {
	return text
		.split(SEPARATOR)
		.map((entry) => entry.trim())
		.filter(Boolean)
}

/** A list of languages as a person reads it: every code written as its name, anything else as typed. */
export function languagesAsNames(text: string, nameOf: (code: string) => string): string {
	return splitLanguages(text)
		.map((entry) => (isLanguageCode(entry.toLowerCase()) ? nameOf(entry.toLowerCase()) : entry))
		.join(', ')
}

/** The code of one language written by name or code, if it is one. */
export function languageCodeOf(entry: string): string | undefined {
	return codesByName().get(keyOf(entry))
}

/** Reads a typed list of languages into codes; never throws, whatever the text. */
export function readLanguages(text: string): ReadLanguages {
	const codes: string[] = []
	const unknown: string[] = []
	for (const entry of splitLanguages(text)) {
		const whole = languageCodeOf(entry)
		// "sv en" was how the form took codes before it took names. Only codes
		// are read word by word: "Swedish or English" must not become Odia.
		const words = entry.toLowerCase().split(/\s+/)
		if (whole) codes.push(whole)
		else if (words.every(isLanguageCode)) codes.push(...words)
		else unknown.push(entry)
	}
	return { codes: [...new Set(codes)], unknown }
}
