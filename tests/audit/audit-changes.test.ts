// What an audit entry changed, as a coordinator reads it: labels in their
// language, before → after, lists as added and removed entries, dates and
// yes/no as words, long texts shortened with the whole kept, and no ids or JSON.
import { describe, expect, it } from 'vitest'
import { auditChanges, LONG_TEXT, type ChangeRow } from '../../app/domain/audit/audit-changes.ts'
import { translator } from '../../app/i18n/messages.ts'

const en = translator('en')
const sv = translator('sv')

const rows = (groups: ReturnType<typeof auditChanges>): ChangeRow[] => groups.flatMap((group) => group.rows)
const row = (groups: ReturnType<typeof auditChanges>, label: string) =>
	rows(groups).find((entry) => entry.label === label)

describe('the changes of an audit entry', () => {
	it('a list field reads as the entries added and removed, in taxonomy words', () => {
		const changes = {
			revisionId: '9c1e0a70-0000-4000-8000-000000000000',
			fields: { modalities: { from: ['car-t', 'lentiviral'], to: ['lentiviral', 'aav'] } },
		}
		const modalities = row(auditChanges(en, 'revision.submitted', changes), 'Modalities')
		expect(modalities).toMatchObject({
			kind: 'changed',
			added: [en.term('modalities', 'aav')],
			removed: [en.term('modalities', 'car-t')],
		})
		expect(rows(auditChanges(en, 'revision.submitted', changes))).toHaveLength(1)
	})

	it('yes/no, dates and states are words in the reader’s language', () => {
		const archived = auditChanges(sv, 'listing.archived', {
			status: { from: 'published', to: 'archived' },
			featured: { from: true, to: false },
			withdrawnRevisions: 2,
		})
		expect(row(archived, 'Status')).toMatchObject({
			from: { kind: 'text', text: 'Publicerad' },
			to: { kind: 'text', text: 'Arkiverad' },
		})
		expect(row(archived, 'Framlyft')).toMatchObject({ from: { text: 'Ja' }, to: { text: 'Nej' } })
		expect(row(archived, 'Väntande förslag som drogs tillbaka')).toMatchObject({ value: { text: '2' } })
		const verified = auditChanges(en, 'listing.verified', {
			verificationId: '9c1e0a70-0000-4000-8000-000000000000',
			licenceCode: null,
			reference: 'IVO 2026-114',
			expiresAt: '2027-03-01',
		})
		expect(row(verified, 'Valid until')).toMatchObject({ value: { text: en.formatDate('2027-03-01') } })
		expect(row(verified, 'Valid until')).toMatchObject({ value: { text: '1 March 2027' } })
		expect(row(verified, 'Licence')).toMatchObject({ value: { kind: 'none' } })
		expect(rows(verified).map((entry) => entry.label)).not.toContain('verificationId')
	})

	it('a provider’s answer reads as the route’s state before and after', () => {
		const answered = auditChanges(en, 'route.interested', { from: 'routed', to: 'interested' })
		expect(rows(answered)).toEqual([
			{
				kind: 'changed',
				label: 'Status',
				from: { kind: 'text', text: 'Waiting for an answer' },
				to: { kind: 'text', text: 'Interested' },
				added: [],
				removed: [],
			},
		])
	})

	it('a long text shows its start, with the whole text kept for the fold-out', () => {
		const comment = `Please name the GMP grade of each room. ${'The cleanroom description needs more detail. '.repeat(6)}`
		const value = row(auditChanges(en, 'revision.rejected', { comment }), 'Comment')
		expect(value).toMatchObject({ kind: 'set', value: { kind: 'text', text: comment } })
		const short = value?.kind === 'set' && value.value.kind === 'text' ? value.value.short : undefined
		expect(short?.length).toBeLessThanOrEqual(LONG_TEXT + 2)
		expect(short?.endsWith('…')).toBe(true)
		expect(row(auditChanges(en, 'revision.rejected', { comment: 'Too short.' }), 'Comment')).toEqual({
			kind: 'set',
			label: 'Comment',
			value: { kind: 'text', text: 'Too short.' },
		})
	})

	it('the coordinator’s corrections are a group of their own; ids and nested records never show as JSON', () => {
		const groups = auditChanges(en, 'revision.approved', {
			revisionId: '9c1e0a70-0000-4000-8000-000000000000',
			fields: { name: { from: null, to: 'Huddinge Cleanroom' } },
			coordinatorEdits: { name: { from: 'Huddinge cleanroom', to: 'Huddinge Cleanroom' } },
			approvedWith: '9c1e0a70-0000-4000-8000-000000000001',
		})
		expect(groups.map((group) => group.heading)).toEqual([null, 'Corrected by the coordinator before publishing'])
		expect(groups[0]?.rows).toEqual([
			{
				kind: 'changed',
				label: 'Name',
				from: { kind: 'none' },
				to: { kind: 'text', text: 'Huddinge Cleanroom' },
				added: [],
				removed: [],
			},
		])
		const merged = auditChanges(en, 'listing.merged', {
			mergedInto: { id: '9c1e0a70-0000-4000-8000-000000000002', ref: 'fac-abc' },
			movedChildIds: ['9c1e0a70-0000-4000-8000-000000000003', '9c1e0a70-0000-4000-8000-000000000004'],
			extra: { ref: 'fac-xyz', featured: true },
		})
		expect(row(merged, 'Labs, facilities and experts moved')).toMatchObject({ value: { text: '2' } })
		expect(row(merged, 'extra')).toMatchObject({ value: { text: 'Reference code: fac-xyz, Featured: Yes' } })
		expect(JSON.stringify(rows(merged))).not.toContain('9c1e0a70')
		expect(auditChanges(en, 'user.signedUp', {})).toEqual([])
	})

	it('an account’s new role and the fields of a profile are named, not coded', () => {
		expect(
			row(auditChanges(sv, 'user.roleChanged', { from: 'user', to: 'coordinator', via: 'operator command' }), 'Roll'),
		).toMatchObject({
			from: { text: 'Medlem' },
			to: { text: 'Koordinator' },
		})
		expect(
			row(auditChanges(en, 'user.profileUpdated', { fields: ['name', 'preferredLocale'] }), 'Fields'),
		).toMatchObject({
			value: { kind: 'list', items: ['Name', 'Language'] },
		})
	})
})
