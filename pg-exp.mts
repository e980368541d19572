import { startEmbeddedPostgres } from './server/db/embedded-postgres.server.ts'
const t = Date.now()
const pg = await startEmbeddedPostgres({ dataDir: '/tmp/pgexp' })
console.log('started', Date.now() - t, pg.urlFor('postgres'))
setInterval(() => {}, 1000)
process.on('SIGTERM', async () => { await pg.stop(); process.exit(0) })
