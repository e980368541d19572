// The audit log's sentences: one per recorded action in both languages, and
// what a coordinator reads for an entry, with names as links and deleted
// people and records said in words.
import { describe, expect, it } from 'vitest'
import { auditActionList, auditEntityTypes } from '../../app/domain/audit/actions.ts'
import type { AuditLogEntry, AuditRef } from '../../app/domain/audit/audit-log.server.ts'
import { auditSentence, sentencePartNames, sentenceText } from '../../app/domain/audit/audit-sentence.ts'
import { loadedDictionary, translator } from '../../app/i18n/messages.ts'
import { locales } from '../../app/i18n/locale.ts'

const en = translator('en')
const sv = translator('sv')

const anna = { kind: 'user' as const, id: '11111111-1111-4111-8111-111111111111', name: 'Anna Berg' }
const listing = (name: string | null, id = '22222222-2222-4222-8222-222222222222'): AuditRef => ({
	kind: 'listing',
	id,
	name,
	href: name === null ? null : `/coordinator/listings/${id}`,
})
const request = (title: string | null): AuditRef => ({
	kind: 'request',
	id: '33333333-3333-4333-8333-333333333333',
	name: title,
	href: title === null ? null : '/coordinator/requests/33333333-3333-4333-8333-333333333333',
})

function entry(overrides: Partial<AuditLogEntry>): AuditLogEntry {
	return {
		id: '1',
		at: '2026-12-04T10:00:00.000Z',
		action: 'request.routed',
		known: true,
		entityType: 'request',
		entityId: '33333333-3333-4333-8333-333333333333',
		entityName: null,
		actor: anna,
		record: request('GMP suite grade B'),
		targets: [listing('Novum Cell Factory')],
		changes: {},
		...overrides,
	}
}

describe('every recorded action has words', () => {
	it('a sentence and a filter label in every language, naming only parts the log fills in', () => {
		for (const locale of locales) {
			const dictionary = loadedDictionary(locale) as Record<string, string>
			for (const action of auditActionList) {
				const sentence = dictionary[`audit.sentence.${action}`]
				expect({ locale, action, sentence: typeof sentence }).toEqual({ locale, action, sentence: 'string' })
				expect({ locale, action, label: typeof dictionary[`auditAction.${action}`] }).toEqual({
					locale,
					action,
					label: 'string',
				})
				const names = [...(sentence ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1])
				for (const name of names) expect(sentencePartNames, `${locale} ${action}`).toContain(name)
			}
			for (const type of auditEntityTypes) expect(dictionary[`audit.entityType.${type}`], type).toBeTruthy()
		}
	})

	it('no sentence shows a placeholder or an action key to the reader', () => {
		for (const i18n of [en, sv]) {
			for (const action of auditActionList) {
				const text = sentenceText(auditSentence(i18n, entry({ action })))
				expect(text, action).not.toMatch(/[{}]/)
				expect(text, action).not.toContain(action)
			}
		}
	})
})

describe('an entry as a sentence', () => {
	it('a routed request names the coordinator, the request and the provider, each a link', () => {
		const parts = auditSentence(en, entry({}))
		expect(sentenceText(parts)).toBe('Anna Berg routed “GMP suite grade B” to Novum Cell Factory')
		expect(sentenceText(auditSentence(sv, entry({})))).toBe(
			'Anna Berg skickade ”GMP suite grade B” till Novum Cell Factory',
		)
		expect(parts.filter((part) => part.kind === 'ref')).toEqual([
			{ kind: 'ref', text: 'Anna Berg', href: `/coordinator/audit?actorId=${anna.id}` },
			{ kind: 'ref', text: '“GMP suite grade B”', href: '/coordinator/requests/33333333-3333-4333-8333-333333333333' },
			{ kind: 'ref', text: 'Novum Cell Factory', href: '/coordinator/listings/22222222-2222-4222-8222-222222222222' },
		])
	})

	it('several providers read as a list in the language', () => {
		const targets = [
			listing('Novum Cell Factory'),
			listing('Grantorp Vector Plant', '44444444-4444-4444-8444-444444444444'),
		]
		expect(sentenceText(auditSentence(en, entry({ targets })))).toBe(
			'Anna Berg routed “GMP suite grade B” to Novum Cell Factory and Grantorp Vector Plant',
		)
		expect(sentenceText(auditSentence(sv, entry({ targets })))).toBe(
			'Anna Berg skickade ”GMP suite grade B” till Novum Cell Factory och Grantorp Vector Plant',
		)
	})

	it('a provider accepting the terms reads with a long title shortened, the whole title kept', () => {
		const title = 'Lentiviral vector supply for a phase I CAR-T trial in Stockholm during the autumn of 2027'
		const parts = auditSentence(
			en,
			entry({
				action: 'route.termsAccepted',
				entityType: 'route',
				actor: { kind: 'user', id: anna.id, name: 'Erik Lund' },
				record: request(title),
				targets: [listing('Grantorp Vector Plant')],
			}),
		)
		expect(sentenceText(parts)).toBe(
			'Erik Lund accepted the confidentiality terms for “Lentiviral vector supply for a phase I CAR-T trial in …” on behalf of Grantorp Vector Plant',
		)
		expect(parts.find((part) => part.kind === 'ref' && part.full)).toMatchObject({ full: title })
	})

	it('an erased account, a deleted record and the portal itself are said in words, never as ids', () => {
		const erased = { kind: 'erased' as const, id: anna.id, shortId: anna.id.slice(0, 8) }
		expect(sentenceText(auditSentence(en, entry({ actor: erased })))).toBe(
			'A deleted account routed “GMP suite grade B” to Novum Cell Factory',
		)
		expect(sentenceText(auditSentence(sv, entry({ actor: erased, record: request(null) })))).toBe(
			'Ett raderat konto skickade en raderad förfrågan till Novum Cell Factory',
		)
		const reminded = entry({ action: 'route.reminded', actor: { kind: 'system' }, targets: [listing(null)] })
		expect(sentenceText(auditSentence(en, reminded))).toBe(
			'The portal reminded a deleted listing of “GMP suite grade B”',
		)
		expect(auditSentence(en, reminded).filter((part) => part.kind === 'ref')).toHaveLength(1)
	})

	it('values of an entry are words: the outcome of a closed request, the role of an invitation', () => {
		expect(
			sentenceText(auditSentence(sv, entry({ action: 'request.closed', changes: { outcome: 'partner_found' } }))),
		).toBe('Anna Berg avslutade ”GMP suite grade B”: Partner hittad')
		const invited = entry({ action: 'membership.invited', record: null, changes: { role: 'admin' } })
		expect(sentenceText(auditSentence(en, invited))).toBe(
			'Anna Berg invited someone to Novum Cell Factory as administrator',
		)
	})

	it('an action the portal no longer records still reads, quoting what was stored', () => {
		const old = entry({ action: 'listing.teleported', known: false, record: listing('Phi Lab'), targets: [] })
		expect(sentenceText(auditSentence(en, old))).toBe('Anna Berg recorded “listing.teleported” about Phi Lab')
	})
})
