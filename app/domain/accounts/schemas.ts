import { z } from 'zod'
import { emailSchema, honeypot, redirectToSchema } from '../auth/account-fields.ts'
import { HONEYPOT_FIELD } from '../auth/honeypot-field.ts'
import { existingPasswordSchema, newPasswordSchema } from '../auth/password-policy.ts'

// One schema per form, shared by the page (Conform validates with it in the
// browser and again in the action) and by the domain function it feeds.
// Messages are message keys (see app/domain/messages.ts).

const nameSchema = z
	.string({ required_error: 'accountForm.nameRequired' })
	.trim()
	.min(1, 'accountForm.nameRequired')
	.max(100, 'accountForm.nameTooLong')

const localeSchema = z.enum(['en', 'sv'], { errorMap: () => ({ message: 'accountForm.choose' }) })
const uuidSchema = z.string({ required_error: 'accountForm.required' }).uuid('accountForm.required')

export const signupSchema = z
	.object({
		name: nameSchema,
		email: emailSchema,
		password: newPasswordSchema,
		redirectTo: redirectToSchema,
		[HONEYPOT_FIELD]: honeypot,
	})
	.refine((form) => form.password.trim().toLowerCase() !== form.email, {
		path: ['password'],
		message: 'accountForm.passwordIsEmail',
	})
export type SignupInput = z.infer<typeof signupSchema>

export const forgotPasswordSchema = z.object({
	email: emailSchema,
	[HONEYPOT_FIELD]: honeypot,
})
export type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>

export const resetPasswordSchema = z.object({
	token: z.string({ required_error: 'auth.reset.invalidLink' }).min(1).max(200),
	password: newPasswordSchema,
})
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>

/** The one-time link of a verify-email or change-email mail. */
export const emailTokenSchema = z.object({
	token: z.string({ required_error: 'auth.verify.invalidLink' }).min(1).max(200),
})

export const profileSchema = z.object({
	name: nameSchema,
	preferredLocale: localeSchema,
})
export type ProfileInput = z.infer<typeof profileSchema>

export const changePasswordSchema = z
	.object({
		currentPassword: existingPasswordSchema,
		newPassword: newPasswordSchema,
	})
	.refine((form) => form.newPassword !== form.currentPassword, {
		path: ['newPassword'],
		message: 'accountForm.passwordUnchanged',
	})
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>

export const changeEmailSchema = z.object({
	newEmail: emailSchema,
	currentPassword: existingPasswordSchema,
})
export type ChangeEmailInput = z.infer<typeof changeEmailSchema>

export const eraseAccountSchema = z.object({
	password: existingPasswordSchema,
	confirm: z
		.boolean({ required_error: 'account.erase.confirmRequired' })
		.refine((confirmed) => confirmed, 'account.erase.confirmRequired'),
})
export type EraseAccountInput = z.infer<typeof eraseAccountSchema>

const membershipRoleSchema = z.enum(['member', 'admin'], { errorMap: () => ({ message: 'accountForm.choose' }) })

export const inviteMemberSchema = z.object({
	email: emailSchema,
	role: membershipRoleSchema,
})
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>

export const removeMemberSchema = z.object({ membershipId: uuidSchema })
export const revokeInvitationSchema = z.object({ invitationId: uuidSchema })

export const claimOrganizationSchema = z.object({
	message: z
		.string({ required_error: 'orgClaim.messageRequired' })
		.trim()
		.min(1, 'orgClaim.messageRequired')
		.max(2000, 'accountForm.tooLong'),
})
export type ClaimOrganizationInput = z.infer<typeof claimOrganizationSchema>

export const decideClaimSchema = z.object({
	claimId: uuidSchema,
	decision: z.enum(['approve', 'reject'], { errorMap: () => ({ message: 'accountForm.choose' }) }),
	note: z.string().trim().max(1000, 'accountForm.tooLong').optional(),
})
export type DecideClaimInput = z.infer<typeof decideClaimSchema>

export const platformRoleSchema = z.enum(['user', 'coordinator', 'platform_admin'], {
	errorMap: () => ({ message: 'accountForm.choose' }),
})

/** Operator command: an account made from the command line (already verified). */
export const createUserSchema = z.object({
	email: emailSchema,
	name: nameSchema,
	password: newPasswordSchema,
	role: platformRoleSchema.default('user'),
})
export type CreateUserInput = z.input<typeof createUserSchema>

export const setUserRoleSchema = z.object({
	email: emailSchema,
	role: platformRoleSchema,
})
export type SetUserRoleInput = z.input<typeof setUserRoleSchema>

/** Operator command: give or end someone's work for the establishment office. */
export const setEstablishmentOfficeSchema = z.object({
	email: emailSchema,
	office: z.boolean(),
})
export type SetEstablishmentOfficeInput = z.input<typeof setEstablishmentOfficeSchema>
