import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { hashPassword } from '../auth/password.server.ts'
import { fieldIssues } from '../messages.ts'
import { RuleError } from '../rules.ts'
import { createUserSchema, type CreateUserInput } from './schemas.ts'
import { isUniqueViolation } from './unique-violation.ts'

/**
 * Operator command: an account made at the terminal, already verified (the
 * operator vouches for the address). Same password rules as sign-up.
 * Throws RuleError with a readable reason.
 */
export async function createUser(input: CreateUserInput): Promise<{ id: string; email: string }> {
	const parsed = createUserSchema.safeParse(input)
	if (!parsed.success) throw RuleError.invalid(fieldIssues(parsed.error))
	const { email, name, password, role } = parsed.data
	const existing = await prisma().user.count({ where: { email: { equals: email, mode: 'insensitive' } } })
	if (existing) throw new RuleError('user-email-taken', 'email', { email })
	const passwordHash = await hashPassword(password)
	try {
		return await prisma().$transaction(async (tx) => {
			const user = await tx.user.create({
				data: { email, name, passwordHash, platformRole: role, emailVerifiedAt: new Date() },
				select: { id: true, email: true },
			})
			await recordAudit(tx, {
				actorId: null,
				action: 'user.created',
				entityType: 'user',
				entityId: user.id,
				changes: { platformRole: role, via: 'operator command' },
			})
			return user
		})
	} catch (error) {
		if (isUniqueViolation(error)) throw new RuleError('user-email-taken', 'email', { email })
		throw error
	}
}
