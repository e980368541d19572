// One of several processes racing to run the same timer
// (tests/multi-process/timers.test.ts): every run is written to a probe table
// with its process id and how long it took, so the test sees whether two runs
// ever overlapped and how often the task ran in all.
import { startTimer } from '~/outbox/timers.server.ts'
import { prisma } from '~/utils/db.server.ts'

const everyMs = Number(process.env.TIMER_EVERY_MS ?? 300)
const workMs = Number(process.env.TIMER_WORK_MS ?? 100)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const timer = startTimer('test:probe', { everyMs, leaseMs: 3000, log: (line) => console.error(line) }, async () => {
	const [row] = await prisma().$queryRaw<Array<{ id: number }>>`
			INSERT INTO timer_probe (pid, started) VALUES (${process.pid}, clock_timestamp()) RETURNING id`
	await sleep(workMs)
	await prisma().$executeRaw`UPDATE timer_probe SET finished = clock_timestamp() WHERE id = ${row!.id}`
})
// Kept alive by the test until it sends SIGTERM.
setInterval(() => {}, 1 << 30)
process.on('SIGTERM', () => {
	void timer.stop().then(() => process.exit(0))
})
console.log('timer ready')
