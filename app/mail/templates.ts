import type { Locale } from '~/domain/taxonomy/taxonomy.ts'
import { requestNoticeMail } from './request-notice.ts'
import type { OutgoingMail } from './transport.server.ts'

// Every e-mail the portal sends, in the recipient's language. Plain text
// first: it is what every client shows and what tests read.

type Template<P> = (params: P & { to: string; locale: Locale; baseUrl: string }) => OutgoingMail

const signature = { en: '— ATMP Flemingsberg hub', sv: '— ATMP Flemingsberg-hubben' }

function mail(to: string, locale: Locale, subject: string, lines: string[]): OutgoingMail {
	return { to, subject, text: [...lines, '', signature[locale]].join('\n') }
}

export const mailTemplates = {
	verifyEmail: (({ to, locale, baseUrl, name, token }) =>
		locale === 'sv'
			? mail(to, locale, 'Bekräfta din e-postadress', [
					`Hej ${name},`,
					'',
					'Bekräfta din e-postadress för ATMP Flemingsberg genom att öppna länken:',
					`${baseUrl}/verify-email?token=${token}`,
					'',
					'Länken gäller i 24 timmar. Om du inte har skapat ett konto kan du bortse från det här meddelandet.',
				])
			: mail(to, locale, 'Confirm your e-mail address', [
					`Hello ${name},`,
					'',
					'Confirm your e-mail address for ATMP Flemingsberg by opening this link:',
					`${baseUrl}/verify-email?token=${token}`,
					'',
					'The link is valid for 24 hours. If you did not sign up, you can ignore this message.',
				])) as Template<{ name: string; token: string }>,

	resetPassword: (({ to, locale, baseUrl, token }) =>
		locale === 'sv'
			? mail(to, locale, 'Återställ ditt lösenord', [
					'Någon (förhoppningsvis du) bad om att återställa lösenordet till ditt konto.',
					`Välj ett nytt lösenord här: ${baseUrl}/reset-password?token=${token}`,
					'',
					'Länken kan användas en gång och gäller i en timme.',
				])
			: mail(to, locale, 'Reset your password', [
					'Someone (hopefully you) asked to reset the password of your account.',
					`Choose a new password here: ${baseUrl}/reset-password?token=${token}`,
					'',
					'The link works once and is valid for one hour.',
				])) as Template<{ token: string }>,

	changeEmail: (({ to, locale, baseUrl, token }) =>
		locale === 'sv'
			? mail(to, locale, 'Bekräfta din nya e-postadress', [
					`Öppna länken för att byta till den här adressen: ${baseUrl}/verify-email?token=${token}`,
					'',
					'Länken gäller i 24 timmar. Din gamla adress gäller tills du har bekräftat den nya.',
				])
			: mail(to, locale, 'Confirm your new e-mail address', [
					`Open this link to switch your account to this address: ${baseUrl}/verify-email?token=${token}`,
					'',
					'The link is valid for 24 hours. Your old address stays in use until you confirm the new one.',
				])) as Template<{ token: string }>,

	// Sign-up with an address that already has an account: the page says the same
	// as for a new address (no account enumeration), and the owner learns here.
	accountExists: (({ to, locale, baseUrl }) =>
		locale === 'sv'
			? mail(to, locale, 'Du har redan ett konto', [
					'Någon (förhoppningsvis du) försökte skapa ett konto på ATMP Flemingsberg med den här adressen, men det finns redan ett.',
					'',
					`Logga in: ${baseUrl}/login`,
					`Glömt lösenordet? ${baseUrl}/forgot-password`,
					'',
					'Om det inte var du kan du bortse från det här meddelandet.',
				])
			: mail(to, locale, 'You already have an account', [
					'Someone (hopefully you) tried to sign up for ATMP Flemingsberg with this address, but it already has an account.',
					'',
					`Log in: ${baseUrl}/login`,
					`Forgot your password? ${baseUrl}/forgot-password`,
					'',
					'If this was not you, you can ignore this message.',
				])) as Template<Record<never, never>>,

	invitation: (({ to, locale, baseUrl, organizationName, inviterName, token }) =>
		locale === 'sv'
			? mail(to, locale, `Inbjudan till ${organizationName} på ATMP Flemingsberg`, [
					`${inviterName} har bjudit in dig att gå med i ${organizationName}.`,
					`Acceptera inbjudan: ${baseUrl}/invitations/${token}`,
					'',
					'Inbjudan gäller i 14 dagar.',
				])
			: mail(to, locale, `Invitation to ${organizationName} on ATMP Flemingsberg`, [
					`${inviterName} invited you to join ${organizationName}.`,
					`Accept the invitation: ${baseUrl}/invitations/${token}`,
					'',
					'The invitation is valid for 14 days.',
				])) as Template<{ organizationName: string; inviterName: string; token: string }>,

	reviewOutcome: (({ to, locale, baseUrl, listingName, approved, comment }) =>
		locale === 'sv'
			? mail(to, locale, approved ? `Publicerad: ${listingName}` : `Behöver ändras: ${listingName}`, [
					approved
						? `Din ändring av ${listingName} har godkänts och är nu publicerad.`
						: `Din ändring av ${listingName} godkändes inte ännu.`,
					...(comment ? ['', `Kommentar från koordinatorn: ${comment}`] : []),
					'',
					`Dina listningar: ${baseUrl}/my-listings`,
				])
			: mail(to, locale, approved ? `Published: ${listingName}` : `Changes requested: ${listingName}`, [
					approved
						? `Your change to ${listingName} was approved and is now published.`
						: `Your change to ${listingName} was not approved yet.`,
					...(comment ? ['', `Comment from the coordinator: ${comment}`] : []),
					'',
					`Your listings: ${baseUrl}/my-listings`,
				])) as Template<{ listingName: string; approved: boolean; comment?: string | null }>,

	claimDecision: (({ to, locale, baseUrl, organizationName, organizationPath, approved, note }) =>
		locale === 'sv'
			? mail(to, locale, approved ? `Du administrerar nu ${organizationName}` : `Ditt anspråk på ${organizationName}`, [
					approved
						? `En koordinator har godkänt ditt anspråk: du är nu administratör för ${organizationName} på ATMP Flemingsberg.`
						: `En koordinator kunde inte godkänna ditt anspråk på ${organizationName}.`,
					...(note ? ['', `Kommentar från koordinatorn: ${note}`] : []),
					'',
					approved ? `Hantera medlemmar: ${baseUrl}${organizationPath}/members` : `${baseUrl}${organizationPath}`,
				])
			: mail(to, locale, approved ? `You now manage ${organizationName}` : `Your claim to ${organizationName}`, [
					approved
						? `A coordinator approved your claim: you are now an administrator of ${organizationName} on ATMP Flemingsberg.`
						: `A coordinator could not approve your claim to ${organizationName}.`,
					...(note ? ['', `Comment from the coordinator: ${note}`] : []),
					'',
					approved ? `Manage members: ${baseUrl}${organizationPath}/members` : `${baseUrl}${organizationPath}`,
				])) as Template<{
		organizationName: string
		organizationPath: string
		approved: boolean
		note?: string | null
	}>,

	// Told after the fact, so that an owner whose password or address someone
	// else changed learns it at once and knows what to do.
	passwordChanged: (({ to, locale, baseUrl, name, how }) =>
		locale === 'sv'
			? mail(to, locale, 'Ditt lösenord har ändrats', [
					`Hej ${name},`,
					'',
					how === 'reset'
						? 'Lösenordet till ditt konto på ATMP Flemingsberg har just återställts med en länk som skickades till den här adressen.'
						: 'Lösenordet till ditt konto på ATMP Flemingsberg har just ändrats.',
					'Alla andra inloggningar på kontot har avslutats.',
					'',
					'Var det inte du? Välj då genast ett nytt lösenord här, så loggas alla ut:',
					`${baseUrl}/forgot-password`,
					'och berätta för hubbens koordinatorer vad som hänt (svara på det här meddelandet).',
				])
			: mail(to, locale, 'Your password has been changed', [
					`Hello ${name},`,
					'',
					how === 'reset'
						? 'The password of your ATMP Flemingsberg account has just been reset with a link sent to this address.'
						: 'The password of your ATMP Flemingsberg account has just been changed.',
					'Every other sign-in of the account has been ended.',
					'',
					'Was this not you? Then choose a new password at once here, which signs everyone out:',
					`${baseUrl}/forgot-password`,
					"and tell the hub's coordinators what happened (reply to this message).",
				])) as Template<{ name: string; how: 'changed' | 'reset' }>,

	// Goes to the OLD address: the new one has just proved itself with the link.
	emailChanged: (({ to, locale, name, newEmail }) =>
		locale === 'sv'
			? mail(to, locale, 'Din e-postadress har ändrats', [
					`Hej ${name},`,
					'',
					`Ditt konto på ATMP Flemingsberg loggar nu in med ${newEmail} i stället för den här adressen.`,
					'Meddelanden från hubben går dit från och med nu.',
					'',
					'Var det inte du? Då har någon annan kommit åt ditt konto. Svara på det här meddelandet eller kontakta hubbens koordinatorer genast, så stänger de kontot och ger dig tillbaka din adress.',
				])
			: mail(to, locale, 'Your e-mail address has been changed', [
					`Hello ${name},`,
					'',
					`Your ATMP Flemingsberg account now signs in with ${newEmail} instead of this address.`,
					'Messages from the hub go there from now on.',
					'',
					"Was this not you? Then someone else has access to your account. Reply to this message or contact the hub's coordinators at once, so they can lock the account and give you your address back.",
				])) as Template<{ name: string; newEmail: string }>,

	/** Everything that happens to a match request (request-notice.ts). */
	requestNotice: requestNoticeMail,
}

export type MailTemplateName = keyof typeof mailTemplates
