import data from './common-passwords.json'

// Passwords that sit near the top of every cracking dictionary. Only entries
// of 12 characters or more matter (shorter ones fail the length rule anyway),
// so the list is the long tail people reach for when told "at least 12":
// a famous short password padded with digits, years or a keyboard run.
//
// Built as a few hundred literal entries (from public breach-frequency lists,
// Swedish favourites and the hub's own name among them) plus the words that
// top those lists with the endings people add, which comes to several
// thousand. The entries are data (common-passwords.json); this module builds
// the list. Compared lower-cased, so "Password1234" is refused too. Small
// enough to ship in the browser bundle, where the same Zod schema runs.

const { literal, words, suffixes } = data

function normalize(candidate: string): string {
	return candidate.normalize('NFKC').toLowerCase()
}

function buildList(): ReadonlySet<string> {
	const entries = new Set<string>()
	const add = (candidate: string) => {
		if (candidate.length >= 12) entries.add(normalize(candidate))
	}
	for (const entry of literal) add(entry)
	for (const word of words) {
		add(word + word)
		for (const suffix of suffixes) {
			add(word + suffix)
			add(suffix + word)
		}
	}
	// One character or one short run repeated: "aaaaaaaaaaaa", "abababababab".
	for (const unit of ['a', 'x', 'z', 'q', '1', '0', '9', '!', 'ab', '12', '123', 'abc', '1234', 'qwe', 'asd', 'xo']) {
		for (let length = 12; length <= 20; length++) add(unit.repeat(Math.ceil(length / unit.length)).slice(0, length))
	}
	// Digit runs of every length from 12 up, forwards and backwards.
	const digits = '12345678901234567890'
	for (let length = 12; length <= 20; length++) {
		add(digits.slice(0, length))
		add('0' + digits.slice(0, length - 1))
		add([...digits.slice(0, length)].reverse().join(''))
	}
	return entries
}

let commonPasswords: ReadonlySet<string> | undefined

/** The list, built on first use. */
export function commonPasswordList(): ReadonlySet<string> {
	commonPasswords ??= buildList()
	return commonPasswords
}

/** True when the password is on the list, ignoring case and Unicode form. */
export function isCommonPassword(password: string): boolean {
	return commonPasswordList().has(normalize(password))
}
