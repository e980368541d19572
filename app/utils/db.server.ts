import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '~/generated/prisma/client.ts'

// One Prisma client per process. The server entry resolves the database
// (embedded or DATABASE_URL) before the first request, then sets DATABASE_URL.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient }

function createClient(): PrismaClient {
	const url = process.env.DATABASE_URL
	if (!url)
		throw new Error('DATABASE_URL is not set: start the portal through server/main.ts, which opens the database first.')
	return new PrismaClient({
		adapter: new PrismaPg({
			connectionString: url,
			max: 10,
			// A database host that drops packets must become the outage page, not a hanging request.
			connectionTimeoutMillis: 5_000,
		}),
	})
}

export function prisma(): PrismaClient {
	globalForPrisma.prisma ??= createClient()
	return globalForPrisma.prisma
}

export async function disconnectPrisma() {
	await globalForPrisma.prisma?.$disconnect()
	globalForPrisma.prisma = undefined
}

export type { PrismaClient }
