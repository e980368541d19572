// The page cache asks the database for its write position on every visitor
// request; under load the requests share those reads, but a request is never
// given a position read before it arrived (it would miss a write committed
// just before it and could be answered with a page older than the database).
import { describe, expect, it } from 'vitest'
import { sharedReadsAfterArrival } from '../../server/http/page-cache.server.ts'

/** A write position the test moves by hand, read through queries the test answers one at a time. */
function database() {
	let position = 0
	let answered = 0
	const queries: Array<() => void> = []
	const read = () =>
		new Promise<string>((resolve) => {
			const sawPosition = position
			queries.push(() => resolve(String(sawPosition)))
		})
	return {
		read,
		queries,
		write: () => position++,
		answerNext: async () => {
			queries[answered++]!()
			await new Promise((resolve) => setTimeout(resolve, 0))
		},
	}
}

describe('the write position under load', () => {
	it('a request arriving while a read runs waits for the next read, which sees the write made before it', async () => {
		const db = database()
		const writePosition = sharedReadsAfterArrival(db.read)
		const early = writePosition()
		db.write() // committed after the first read began, before the late request arrived
		const late = writePosition()
		expect(db.queries).toHaveLength(1)
		await db.answerNext()
		expect(await early).toBe('0')
		expect(db.queries).toHaveLength(2)
		await db.answerNext()
		expect(await late).toBe('1')
	})

	it('the requests that arrive during one read share one read after it', async () => {
		const db = database()
		const writePosition = sharedReadsAfterArrival(db.read)
		const first = writePosition()
		const waiting = Array.from({ length: 19 }, () => writePosition())
		await db.answerNext()
		await db.answerNext()
		expect(await first).toBe('0')
		expect(await Promise.all(waiting)).toEqual(Array.from({ length: 19 }, () => '0'))
		expect(db.queries).toHaveLength(2)
	})

	it('a read that fails fails only the requests that shared it', async () => {
		let calls = 0
		const writePosition = sharedReadsAfterArrival(() =>
			++calls === 1 ? Promise.reject(new Error('connection lost')) : Promise.resolve('7'),
		)
		const failing = writePosition()
		const after = writePosition()
		await expect(failing).rejects.toThrow('connection lost')
		expect(await after).toBe('7')
		expect(await writePosition()).toBe('7')
		expect(calls).toBe(3)
	})
})
