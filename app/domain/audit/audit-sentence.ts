// An audit entry as one sentence in the reader's language: a template per
// action (`audit.sentence.<action>`) whose named parts are filled with the
// people and records the entry names, each a link while it exists.
import type { MessageKey, Translator } from '~/i18n/messages.ts'
import type { AuditAction } from './actions.ts'
import type { AuditLogEntry, AuditRef } from './audit-log.server.ts'

export type SentencePart =
	| { kind: 'text'; text: string }
	/** A person or record; `full` is the whole name where `text` is shortened. */
	| { kind: 'ref'; text: string; href: string | null; full?: string }

// Every action has a sentence in the catalogue: a missing one fails to compile here.
type SentenceKey = `audit.sentence.${AuditAction}`
const sentenceKey = (action: AuditAction): SentenceKey & MessageKey => `audit.sentence.${action}`

/** The parts a template may name, so a test can hold every template to them. */
export const sentencePartNames = ['actor', 'record', 'target', 'outcome', 'role', 'created', 'updated'] as const
type PartName = (typeof sentencePartNames)[number]

type Entry = Pick<AuditLogEntry, 'action' | 'known' | 'actor' | 'record' | 'targets' | 'changes'>

/** The log filtered to some entries: a person's actions, or one record's history. */
export function auditLogHref(filter: { actorId?: string; entityType?: string; entityId?: string }): string {
	const query = new URLSearchParams(
		Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])),
	).toString()
	return query ? `/coordinator/audit?${query}` : '/coordinator/audit'
}

/** Titles longer than this are cut at a word; the link keeps the whole title. */
const TITLE_LENGTH = 60

export function shorten(text: string, length: number): string {
	if (text.length <= length) return text
	const cut = text.slice(0, length)
	const lastSpace = cut.lastIndexOf(' ')
	return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()} …`
}

/** A text whose key arrived as data (a stored code, an action), or `fallback` where the catalogue has none. */
export function labelOr(i18n: Translator, key: string, fallback: string): string {
	// Without parameters: a template's parts are filled in as links, not as text.
	return i18n.has(key) ? (i18n.t as (key: MessageKey) => string)(key) : fallback
}

function refPart(i18n: Translator, ref: AuditRef | null | undefined, gone: AuditRef['kind']): SentencePart[] {
	if (!ref || ref.name === null) return [{ kind: 'text', text: i18n.t(`audit.gone.${ref?.kind ?? gone}`) }]
	if (ref.kind !== 'request' && ref.kind !== 'news' && ref.kind !== 'event') {
		return [{ kind: 'ref', text: ref.name, href: ref.href }]
	}
	const short = shorten(ref.name, TITLE_LENGTH)
	return [
		{
			kind: 'ref',
			text: i18n.t('audit.quoted', { text: short }),
			href: ref.href,
			...(short === ref.name ? {} : { full: ref.name }),
		},
	]
}

function actorPart(i18n: Translator, actor: Entry['actor']): SentencePart[] {
	if (actor.kind === 'system') return [{ kind: 'text', text: i18n.t('audit.actor.system') }]
	if (actor.kind === 'erased') return [{ kind: 'text', text: i18n.t('audit.gone.user') }]
	return refPart(
		i18n,
		{ kind: 'user', id: actor.id, name: actor.name, href: auditLogHref({ actorId: actor.id }) },
		'user',
	)
}

/** "A, B and C" with each name a part of its own. */
function listParts(i18n: Translator, lists: SentencePart[][]): SentencePart[] {
	if (lists.length <= 1) return lists[0] ?? []
	const format = new Intl.ListFormat(i18n.intlLocale, { type: 'conjunction' })
	let index = 0
	return format
		.formatToParts(lists.map((_, at) => String(at)))
		.flatMap((piece) =>
			piece.type === 'element' ? (lists[index++] ?? []) : [{ kind: 'text' as const, text: piece.value }],
		)
}

function targetPart(i18n: Translator, entry: Entry): SentencePart[] {
	if (entry.targets.length === 0) {
		// A coordinator's API token belongs to the hub, not to an organisation.
		if (entry.action.startsWith('apiToken.')) return [{ kind: 'text', text: i18n.t('audit.theHub') }]
		return [{ kind: 'text', text: i18n.t('audit.gone.listing') }]
	}
	return listParts(
		i18n,
		entry.targets.map((target) => refPart(i18n, target, 'listing')),
	)
}

function changesOf(entry: Entry): Record<string, unknown> {
	const changes = entry.changes
	return changes && typeof changes === 'object' && !Array.isArray(changes) ? changes : {}
}

function partsFor(i18n: Translator, entry: Entry, name: PartName): SentencePart[] {
	const changes = changesOf(entry)
	const text = (value: string): SentencePart[] => [{ kind: 'text', text: value }]
	const count = (value: unknown) => text(i18n.formatNumber(Array.isArray(value) ? value.length : 0))
	switch (name) {
		case 'actor':
			return actorPart(i18n, entry.actor)
		case 'record':
			return refPart(
				i18n,
				entry.record,
				entry.action.startsWith('establishmentOffer.')
					? 'establishmentOffer'
					: entry.action.startsWith('enquiry.')
						? 'establishmentEnquiry'
						: 'listing',
			)
		case 'target':
			return targetPart(i18n, entry)
		case 'outcome':
			return text(labelOr(i18n, `request.outcome.${String(changes.outcome)}`, String(changes.outcome ?? '')))
		case 'role':
			return text(labelOr(i18n, `audit.role.${String(changes.role)}`, String(changes.role ?? '')))
		case 'created':
			return count(changes.created)
		case 'updated':
			return count(changes.updated)
	}
}

function isPartName(name: string): name is PartName {
	return (sentencePartNames as readonly string[]).includes(name)
}

/** The entry as a sentence of text and links, its first letter a capital. */
export function auditSentence(i18n: Translator, entry: Entry): SentencePart[] {
	const action = entry.action as AuditAction
	const key: MessageKey =
		!entry.known || !i18n.has(sentenceKey(action))
			? 'audit.sentence.unknown'
			: action === 'revision.approved' && changesOf(entry).approvedWith
				? 'audit.sentence.revision.approvedWith'
				: sentenceKey(action)
	const parts = labelOr(i18n, key, key)
		.split(/\{(\w+)\}/)
		.flatMap((piece, index): SentencePart[] => {
			if (index % 2 === 0) return piece ? [{ kind: 'text', text: piece }] : []
			if (piece === 'action') return [{ kind: 'text', text: entry.action }]
			return isPartName(piece) ? partsFor(i18n, entry, piece) : [{ kind: 'text', text: `{${piece}}` }]
		})
	const first = parts[0]
	// Names keep their own spelling; only the catalogue's phrases ("a deleted account") start a sentence in capitals.
	if (first?.kind === 'text') parts[0] = { ...first, text: first.text.charAt(0).toUpperCase() + first.text.slice(1) }
	return parts
}

/** The sentence as plain text, e.g. for a test or a title. */
export function sentenceText(parts: readonly SentencePart[]): string {
	return parts.map((part) => part.text).join('')
}
