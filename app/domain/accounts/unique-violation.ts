import { Prisma } from '~/generated/prisma/client.ts'

/** A unique constraint said no: two requests raced for the same e-mail address or membership. */
export function isUniqueViolation(error: unknown): boolean {
	return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002'
}
