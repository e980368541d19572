// What a coordinator meets when an import does not go to plan: a server
// restart in the middle (the upload is left 'applying' with its lease lapsed)
// shows as interrupted with nothing saved, and running it again applies the
// file once; a failure inside the import rolls all of it back; old uploads
// and their files are deleted on their own, recent ones kept.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { confirmImport } from '../../app/domain/transfer/confirm-import.server.ts'
import { importUploadView } from '../../app/domain/transfer/import-upload-view.server.ts'
import { previewUpload } from '../../app/domain/transfer/preview-upload.server.ts'
import {
	IMPORT_UPLOAD_KEEP_DAYS,
	pruneImportUploads,
	UNCONFIRMED_UPLOAD_KEEP_DAYS,
} from '../../app/domain/transfer/prune-import-uploads.server.ts'
import type { Prisma } from '../../app/generated/prisma/client.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { generateDemoData } from '../../prisma/seed/demo-data.ts'
import { createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'

withTestDatabase()
const demo = generateDemoData()
let coordinator: Actor

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600_000)

/** A JSON interchange file with one organisation and one lab, both new. */
function twoListings(suffix: string): string {
	const organization = { ...demo.organizations[0]!, ref: `org-recovery-${suffix}`, name: `Recovery Org ${suffix}` }
	const lab = { ...demo.labs[0]!, ref: `lab-recovery-${suffix}`, organizationRef: organization.ref }
	return JSON.stringify({ format: 'atmp-hub-listings', version: 1, organizations: [organization], labs: [lab] })
}

async function listingsWithRefs(suffix: string) {
	return prisma().listing.count({ where: { ref: { in: [`org-recovery-${suffix}`, `lab-recovery-${suffix}`] } } })
}

/** What a process killed in the middle of the import leaves behind: 'applying', a lease nobody renews. */
async function cutOff(uploadId: string) {
	await prisma().importUpload.update({
		where: { id: uploadId },
		data: {
			state: 'applying',
			leasedBy: 'gone-host:4242:dead',
			leaseUntil: new Date(Date.now() - 60_000),
			progressDone: 1,
			progressTotal: 2,
		},
	})
}

beforeAll(async () => {
	coordinator = await createUser({ platformRole: 'coordinator', name: 'Anna Berg' })
})

describe('an interrupted import', () => {
	it('is shown as interrupted with nothing saved, and running it again applies it once', async () => {
		const { id } = await previewUpload(coordinator, {
			fileName: 'two.json',
			content: twoListings('a'),
			format: 'json',
		})
		await cutOff(id)
		expect((await importUploadView(id))!.state).toBe('interrupted')
		expect(await listingsWithRefs('a')).toBe(0)

		const outboxBefore = await prisma().outboxEvent.count()
		const rerun = await confirmImport(coordinator, id)
		await rerun!.finished
		const view = (await importUploadView(id))!
		expect(view.state).toBe('applied')
		expect(view.report?.counts).toMatchObject({ created: 2, rejected: 0 })
		expect(await listingsWithRefs('a')).toBe(2)
		expect(await prisma().outboxEvent.count()).toBeGreaterThan(outboxBefore)

		// A second "Run it again" (a double click, a reload of the form) does nothing more.
		await (await confirmImport(coordinator, id))!.finished
		expect((await importUploadView(id))!.state).toBe('applied')
		expect(await listingsWithRefs('a')).toBe(2)
		const upload = await prisma().importUpload.findUniqueOrThrow({ where: { id } })
		expect(upload.leasedBy).toBeNull()
	})

	it('a finished import is never shown as interrupted, however a look at it falls against its commit', async () => {
		// The page looks every two seconds while an import runs; here a look follows the last one at once,
		// so some look falls on the moment the import commits.
		const seen = new Set<string>()
		for (let run = 0; run < 12; run += 1) {
			const { id } = await previewUpload(coordinator, {
				fileName: 'race.json',
				content: twoListings(`race-${run}`),
				format: 'json',
			})
			const started = (await confirmImport(coordinator, id))!
			let done = false
			void started.finished.finally(() => (done = true))
			for (;;) {
				const state = (await importUploadView(id))!.state
				seen.add(state)
				if (done && state !== 'applying') break
			}
			expect((await importUploadView(id))!.state).toBe('applied')
		}
		expect([...seen]).not.toContain('interrupted')
	})

	it('an import another process runs now (its lease live) is neither interrupted nor taken over', async () => {
		const { id } = await previewUpload(coordinator, {
			fileName: 'two.json',
			content: twoListings('b'),
			format: 'json',
		})
		await prisma().importUpload.update({
			where: { id },
			data: { state: 'applying', leasedBy: 'other-host:1:live', leaseUntil: new Date(Date.now() + 60_000) },
		})
		expect((await importUploadView(id))!.state).toBe('applying')
		await (await confirmImport(coordinator, id))!.finished
		expect(await listingsWithRefs('b')).toBe(0)
		expect((await prisma().importUpload.findUniqueOrThrow({ where: { id } })).leasedBy).toBe('other-host:1:live')
	})

	it('a failure part-way through rolls the whole file back: listings written before it are not kept', async () => {
		const organization = { ...demo.organizations[0]!, ref: 'org-recovery-c', name: 'Recovery Org c' }
		const content = JSON.stringify({
			format: 'atmp-hub-listings',
			version: 1,
			organizations: [organization],
			labs: [{ ...demo.labs[0]!, ref: 'lab-recovery-c', organizationRef: organization.ref }],
			offers: [
				{
					slug: 'recovery-desks',
					kind: 'coworking',
					titleEn: 'Desks',
					contactName: 'Eva Establish',
					contactEmail: 'eva@example.org',
					status: 'available',
					published: true,
				},
			],
		})
		const { id } = await previewUpload(coordinator, { fileName: 'c.json', content, format: 'json' })
		// The listings are written first; the offer's write then fails (as a full disk would).
		await prisma().$executeRawUnsafe(`
			CREATE FUNCTION refuse_recovery_offer() RETURNS trigger AS $$
			BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql`)
		await prisma().$executeRawUnsafe(
			`CREATE TRIGGER refuse_recovery_offer BEFORE INSERT ON "EstablishmentOffer" FOR EACH ROW EXECUTE FUNCTION refuse_recovery_offer()`,
		)
		const outboxBefore = await prisma().outboxEvent.count()
		try {
			await (await confirmImport(coordinator, id))!.finished
		} finally {
			await prisma().$executeRawUnsafe(`DROP TRIGGER refuse_recovery_offer ON "EstablishmentOffer"`)
			await prisma().$executeRawUnsafe(`DROP FUNCTION refuse_recovery_offer()`)
		}
		const view = (await importUploadView(id))!
		expect(view.state).toBe('failed')
		expect(view.failure).toMatch(/disk full/)
		expect(await listingsWithRefs('c')).toBe(0)
		expect(await prisma().outboxEvent.count()).toBe(outboxBefore)
	})
})

describe('clean-up of old uploads', () => {
	it('deletes uploads past their time with their files, keeps recent ones and a running import', async () => {
		const upload = async (name: string) =>
			(await previewUpload(coordinator, { fileName: name, content: twoListings(name), format: 'json' })).id
		const oldApplied = await upload('old-applied')
		const recentApplied = await upload('recent-applied')
		const oldPreview = await upload('old-preview')
		const recentPreview = await upload('recent-preview')
		const oldRunning = await upload('old-running')
		const set = (id: string, data: Prisma.ImportUploadUpdateInput) =>
			prisma().importUpload.update({ where: { id }, data })
		await set(oldApplied, { state: 'applied', createdAt: daysAgo(IMPORT_UPLOAD_KEEP_DAYS + 1) })
		await set(recentApplied, { state: 'applied', createdAt: daysAgo(IMPORT_UPLOAD_KEEP_DAYS - 1) })
		await set(oldPreview, { createdAt: daysAgo(UNCONFIRMED_UPLOAD_KEEP_DAYS + 1) })
		await set(recentPreview, { createdAt: daysAgo(UNCONFIRMED_UPLOAD_KEEP_DAYS - 1) })
		await set(oldRunning, {
			state: 'applying',
			leasedBy: 'this-host:1:live',
			leaseUntil: new Date(Date.now() + 60_000),
			createdAt: daysAgo(IMPORT_UPLOAD_KEEP_DAYS + 5),
		})

		expect(await pruneImportUploads()).toBeGreaterThanOrEqual(2)
		const left = new Set(
			(
				await prisma().importUpload.findMany({
					where: { id: { in: [oldApplied, recentApplied, oldPreview, recentPreview, oldRunning] } },
					select: { id: true },
				})
			).map((row) => row.id),
		)
		expect(left).toEqual(new Set([recentApplied, recentPreview, oldRunning]))
		// The report of a kept applied import can still be read.
		expect(await importUploadView(recentApplied)).not.toBeNull()
		expect(await importUploadView(oldApplied)).toBeNull()
	})
})
