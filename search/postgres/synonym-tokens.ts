// Synonyms at index time for the PostgreSQL engine. Every synonym group gets
// a token ("0syn…"); a document that contains any phrase of a group also gets
// that group's token, and a query phrase of the group matches the token. That
// is the same relation as Meilisearch's query-time synonyms (a query phrase
// finds documents containing any phrase of its groups), without phrase
// queries, which would make PostgreSQL re-read every candidate's tsvector.
import { createHash } from 'node:crypto'
import { synonymGroups } from '../index-definition.ts'

export interface SynonymIndex {
	/** Phrase → tokens of the groups it belongs to. */
	groupsOf: Map<string, string[]>
	/** Longest phrase, in words. */
	maxPhrase: number
}

/**
 * A digit first makes PostgreSQL's parser read it as one "numword", which
 * the English and Swedish configurations leave unstemmed.
 */
export function groupToken(group: readonly string[]): string {
	return `0syn${createHash('sha1').update(group.join('|')).digest('hex').slice(0, 10)}`
}

export function synonymIndex(groups: string[][] = synonymGroups()): SynonymIndex {
	const groupsOf = new Map<string, string[]>()
	let maxPhrase = 1
	for (const group of groups) {
		const token = groupToken(group)
		for (const phrase of group) {
			groupsOf.set(phrase, [...(groupsOf.get(phrase) ?? []), token])
			maxPhrase = Math.max(maxPhrase, phrase.split(' ').length)
		}
	}
	return { groupsOf, maxPhrase }
}

let cached: SynonymIndex | undefined
export function taxonomySynonymIndex(): SynonymIndex {
	cached ??= synonymIndex()
	return cached
}

/** Tokens of every group with a phrase occurring in these words (consecutive, as the phrase is written). */
export function groupTokensIn(words: readonly string[], index: SynonymIndex = taxonomySynonymIndex()): string[] {
	const tokens = new Set<string>()
	for (let i = 0; i < words.length; i++) {
		for (let length = 1; length <= index.maxPhrase && i + length <= words.length; length++) {
			for (const token of index.groupsOf.get(words.slice(i, i + length).join(' ')) ?? []) tokens.add(token)
		}
	}
	return [...tokens].sort()
}
