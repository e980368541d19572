import { describe, expect, it } from 'vitest'
import { mailTemplates } from './templates.ts'

// Every mail word for word, in both languages: people's mail filters, the
// end-to-end mail capture and support answers quote these texts.

const recipient = { to: 'ada@example.org', baseUrl: 'https://hub.example.org' }

describe('mail templates', () => {
	it('verifyEmail in English: a confirmation link', () => {
		expect(mailTemplates.verifyEmail({ ...recipient, locale: 'en', name: 'Ada Lind', token: 'tok123' })).toEqual({
			to: 'ada@example.org',
			subject: 'Confirm your e-mail address',
			text: [
				'Hello Ada Lind,',
				'',
				'Confirm your e-mail address for ATMP Flemingsberg by opening this link:',
				'https://hub.example.org/verify-email?token=tok123',
				'',
				'The link is valid for 24 hours. If you did not sign up, you can ignore this message.',
				'',
				'— ATMP Flemingsberg hub',
			].join('\n'),
		})
	})

	it('verifyEmail in Swedish: a confirmation link', () => {
		expect(mailTemplates.verifyEmail({ ...recipient, locale: 'sv', name: 'Ada Lind', token: 'tok123' })).toEqual({
			to: 'ada@example.org',
			subject: 'Bekräfta din e-postadress',
			text: [
				'Hej Ada Lind,',
				'',
				'Bekräfta din e-postadress för ATMP Flemingsberg genom att öppna länken:',
				'https://hub.example.org/verify-email?token=tok123',
				'',
				'Länken gäller i 24 timmar. Om du inte har skapat ett konto kan du bortse från det här meddelandet.',
				'',
				'— ATMP Flemingsberg-hubben',
			].join('\n'),
		})
	})

	it('resetPassword in English: a reset link', () => {
		expect(mailTemplates.resetPassword({ ...recipient, locale: 'en', token: 'tok123' })).toEqual({
			to: 'ada@example.org',
			subject: 'Reset your password',
			text: [
				'Someone (hopefully you) asked to reset the password of your account.',
				'Choose a new password here: https://hub.example.org/reset-password?token=tok123',
				'',
				'The link works once and is valid for one hour.',
				'',
				'— ATMP Flemingsberg hub',
			].join('\n'),
		})
	})

	it('resetPassword in Swedish: a reset link', () => {
		expect(mailTemplates.resetPassword({ ...recipient, locale: 'sv', token: 'tok123' })).toEqual({
			to: 'ada@example.org',
			subject: 'Återställ ditt lösenord',
			text: [
				'Någon (förhoppningsvis du) bad om att återställa lösenordet till ditt konto.',
				'Välj ett nytt lösenord här: https://hub.example.org/reset-password?token=tok123',
				'',
				'Länken kan användas en gång och gäller i en timme.',
				'',
				'— ATMP Flemingsberg-hubben',
			].join('\n'),
		})
	})

	it('changeEmail in English: a link to the new address', () => {
		expect(mailTemplates.changeEmail({ ...recipient, locale: 'en', token: 'tok123' })).toEqual({
			to: 'ada@example.org',
			subject: 'Confirm your new e-mail address',
			text: [
				'Open this link to switch your account to this address: https://hub.example.org/verify-email?token=tok123',
				'',
				'The link is valid for 24 hours. Your old address stays in use until you confirm the new one.',
				'',
				'— ATMP Flemingsberg hub',
			].join('\n'),
		})
	})

	it('changeEmail in Swedish: a link to the new address', () => {
		expect(mailTemplates.changeEmail({ ...recipient, locale: 'sv', token: 'tok123' })).toEqual({
			to: 'ada@example.org',
			subject: 'Bekräfta din nya e-postadress',
			text: [
				'Öppna länken för att byta till den här adressen: https://hub.example.org/verify-email?token=tok123',
				'',
				'Länken gäller i 24 timmar. Din gamla adress gäller tills du har bekräftat den nya.',
				'',
				'— ATMP Flemingsberg-hubben',
			].join('\n'),
		})
	})

	it('accountExists in English: a sign-up with a known address', () => {
		expect(mailTemplates.accountExists({ ...recipient, locale: 'en' })).toEqual({
			to: 'ada@example.org',
			subject: 'You already have an account',
			text: [
				'Someone (hopefully you) tried to sign up for ATMP Flemingsberg with this address, but it already has an account.',
				'',
				'Log in: https://hub.example.org/login',
				'Forgot your password? https://hub.example.org/forgot-password',
				'',
				'If this was not you, you can ignore this message.',
				'',
				'— ATMP Flemingsberg hub',
			].join('\n'),
		})
	})

	it('accountExists in Swedish: a sign-up with a known address', () => {
		expect(mailTemplates.accountExists({ ...recipient, locale: 'sv' })).toEqual({
			to: 'ada@example.org',
			subject: 'Du har redan ett konto',
			text: [
				'Någon (förhoppningsvis du) försökte skapa ett konto på ATMP Flemingsberg med den här adressen, men det finns redan ett.',
				'',
				'Logga in: https://hub.example.org/login',
				'Glömt lösenordet? https://hub.example.org/forgot-password',
				'',
				'Om det inte var du kan du bortse från det här meddelandet.',
				'',
				'— ATMP Flemingsberg-hubben',
			].join('\n'),
		})
	})

	it('invitation in English: an invitation', () => {
		expect(
			mailTemplates.invitation({
				...recipient,
				locale: 'en',
				organizationName: 'Grantorp Biologics AB',
				inviterName: 'Bo Ek',
				token: 'tok123',
			}),
		).toEqual({
			to: 'ada@example.org',
			subject: 'Invitation to Grantorp Biologics AB on ATMP Flemingsberg',
			text: [
				'Bo Ek invited you to join Grantorp Biologics AB.',
				'Accept the invitation: https://hub.example.org/invitations/tok123',
				'',
				'The invitation is valid for 14 days.',
				'',
				'— ATMP Flemingsberg hub',
			].join('\n'),
		})
	})

	it('invitation in Swedish: an invitation', () => {
		expect(
			mailTemplates.invitation({
				...recipient,
				locale: 'sv',
				organizationName: 'Grantorp Biologics AB',
				inviterName: 'Bo Ek',
				token: 'tok123',
			}),
		).toEqual({
			to: 'ada@example.org',
			subject: 'Inbjudan till Grantorp Biologics AB på ATMP Flemingsberg',
			text: [
				'Bo Ek har bjudit in dig att gå med i Grantorp Biologics AB.',
				'Acceptera inbjudan: https://hub.example.org/invitations/tok123',
				'',
				'Inbjudan gäller i 14 dagar.',
				'',
				'— ATMP Flemingsberg-hubben',
			].join('\n'),
		})
	})

	it('reviewOutcome in English: an approval with a comment', () => {
		expect(
			mailTemplates.reviewOutcome({
				...recipient,
				locale: 'en',
				listingName: 'Grantorp GMP',
				approved: true,
				comment: 'Nice work.',
			}),
		).toEqual({
			to: 'ada@example.org',
			subject: 'Published: Grantorp GMP',
			text: [
				'Your change to Grantorp GMP was approved and is now published.',
				'',
				'Comment from the coordinator: Nice work.',
				'',
				'Your listings: https://hub.example.org/my-listings',
				'',
				'— ATMP Flemingsberg hub',
			].join('\n'),
		})
	})

	it('reviewOutcome in Swedish: an approval with a comment', () => {
		expect(
			mailTemplates.reviewOutcome({
				...recipient,
				locale: 'sv',
				listingName: 'Grantorp GMP',
				approved: true,
				comment: 'Nice work.',
			}),
		).toEqual({
			to: 'ada@example.org',
			subject: 'Publicerad: Grantorp GMP',
			text: [
				'Din ändring av Grantorp GMP har godkänts och är nu publicerad.',
				'',
				'Kommentar från koordinatorn: Nice work.',
				'',
				'Dina listningar: https://hub.example.org/my-listings',
				'',
				'— ATMP Flemingsberg-hubben',
			].join('\n'),
		})
	})

	it('reviewOutcome in English: a rejection without a comment', () => {
		expect(
			mailTemplates.reviewOutcome({
				...recipient,
				locale: 'en',
				listingName: 'Grantorp GMP',
				approved: false,
				comment: null,
			}),
		).toEqual({
			to: 'ada@example.org',
			subject: 'Changes requested: Grantorp GMP',
			text: [
				'Your change to Grantorp GMP was not approved yet.',
				'',
				'Your listings: https://hub.example.org/my-listings',
				'',
				'— ATMP Flemingsberg hub',
			].join('\n'),
		})
	})

	it('reviewOutcome in Swedish: a rejection without a comment', () => {
		expect(
			mailTemplates.reviewOutcome({
				...recipient,
				locale: 'sv',
				listingName: 'Grantorp GMP',
				approved: false,
				comment: null,
			}),
		).toEqual({
			to: 'ada@example.org',
			subject: 'Behöver ändras: Grantorp GMP',
			text: [
				'Din ändring av Grantorp GMP godkändes inte ännu.',
				'',
				'Dina listningar: https://hub.example.org/my-listings',
				'',
				'— ATMP Flemingsberg-hubben',
			].join('\n'),
		})
	})

	it('claimDecision in English: an approved claim', () => {
		expect(
			mailTemplates.claimDecision({
				...recipient,
				locale: 'en',
				organizationName: 'Grantorp Biologics AB',
				organizationPath: '/organizations/grantorp',
				approved: true,
				note: null,
			}),
		).toEqual({
			to: 'ada@example.org',
			subject: 'You now manage Grantorp Biologics AB',
			text: [
				'A coordinator approved your claim: you are now an administrator of Grantorp Biologics AB on ATMP Flemingsberg.',
				'',
				'Manage members: https://hub.example.org/organizations/grantorp/members',
				'',
				'— ATMP Flemingsberg hub',
			].join('\n'),
		})
	})

	it('claimDecision in Swedish: an approved claim', () => {
		expect(
			mailTemplates.claimDecision({
				...recipient,
				locale: 'sv',
				organizationName: 'Grantorp Biologics AB',
				organizationPath: '/organizations/grantorp',
				approved: true,
				note: null,
			}),
		).toEqual({
			to: 'ada@example.org',
			subject: 'Du administrerar nu Grantorp Biologics AB',
			text: [
				'En koordinator har godkänt ditt anspråk: du är nu administratör för Grantorp Biologics AB på ATMP Flemingsberg.',
				'',
				'Hantera medlemmar: https://hub.example.org/organizations/grantorp/members',
				'',
				'— ATMP Flemingsberg-hubben',
			].join('\n'),
		})
	})

	it('claimDecision in English: a rejected claim with a note', () => {
		expect(
			mailTemplates.claimDecision({
				...recipient,
				locale: 'en',
				organizationName: 'Grantorp Biologics AB',
				organizationPath: '/organizations/grantorp',
				approved: false,
				note: 'Ask your CEO.',
			}),
		).toEqual({
			to: 'ada@example.org',
			subject: 'Your claim to Grantorp Biologics AB',
			text: [
				'A coordinator could not approve your claim to Grantorp Biologics AB.',
				'',
				'Comment from the coordinator: Ask your CEO.',
				'',
				'https://hub.example.org/organizations/grantorp',
				'',
				'— ATMP Flemingsberg hub',
			].join('\n'),
		})
	})

	it('claimDecision in Swedish: a rejected claim with a note', () => {
		expect(
			mailTemplates.claimDecision({
				...recipient,
				locale: 'sv',
				organizationName: 'Grantorp Biologics AB',
				organizationPath: '/organizations/grantorp',
				approved: false,
				note: 'Ask your CEO.',
			}),
		).toEqual({
			to: 'ada@example.org',
			subject: 'Ditt anspråk på Grantorp Biologics AB',
			text: [
				'En koordinator kunde inte godkänna ditt anspråk på Grantorp Biologics AB.',
				'',
				'Kommentar från koordinatorn: Ask your CEO.',
				'',
				'https://hub.example.org/organizations/grantorp',
				'',
				'— ATMP Flemingsberg-hubben',
			].join('\n'),
		})
	})

	it('passwordChanged in English: a changed password', () => {
		expect(mailTemplates.passwordChanged({ ...recipient, locale: 'en', name: 'Ada Lind', how: 'changed' })).toEqual({
			to: 'ada@example.org',
			subject: 'Your password has been changed',
			text: [
				'Hello Ada Lind,',
				'',
				'The password of your ATMP Flemingsberg account has just been changed.',
				'Every other sign-in of the account has been ended.',
				'',
				'Was this not you? Then choose a new password at once here, which signs everyone out:',
				'https://hub.example.org/forgot-password',
				"and tell the hub's coordinators what happened (reply to this message).",
				'',
				'— ATMP Flemingsberg hub',
			].join('\n'),
		})
	})

	it('passwordChanged in Swedish: a changed password', () => {
		expect(mailTemplates.passwordChanged({ ...recipient, locale: 'sv', name: 'Ada Lind', how: 'changed' })).toEqual({
			to: 'ada@example.org',
			subject: 'Ditt lösenord har ändrats',
			text: [
				'Hej Ada Lind,',
				'',
				'Lösenordet till ditt konto på ATMP Flemingsberg har just ändrats.',
				'Alla andra inloggningar på kontot har avslutats.',
				'',
				'Var det inte du? Välj då genast ett nytt lösenord här, så loggas alla ut:',
				'https://hub.example.org/forgot-password',
				'och berätta för hubbens koordinatorer vad som hänt (svara på det här meddelandet).',
				'',
				'— ATMP Flemingsberg-hubben',
			].join('\n'),
		})
	})

	it('passwordChanged in English: a reset password', () => {
		expect(mailTemplates.passwordChanged({ ...recipient, locale: 'en', name: 'Ada Lind', how: 'reset' })).toEqual({
			to: 'ada@example.org',
			subject: 'Your password has been changed',
			text: [
				'Hello Ada Lind,',
				'',
				'The password of your ATMP Flemingsberg account has just been reset with a link sent to this address.',
				'Every other sign-in of the account has been ended.',
				'',
				'Was this not you? Then choose a new password at once here, which signs everyone out:',
				'https://hub.example.org/forgot-password',
				"and tell the hub's coordinators what happened (reply to this message).",
				'',
				'— ATMP Flemingsberg hub',
			].join('\n'),
		})
	})

	it('passwordChanged in Swedish: a reset password', () => {
		expect(mailTemplates.passwordChanged({ ...recipient, locale: 'sv', name: 'Ada Lind', how: 'reset' })).toEqual({
			to: 'ada@example.org',
			subject: 'Ditt lösenord har ändrats',
			text: [
				'Hej Ada Lind,',
				'',
				'Lösenordet till ditt konto på ATMP Flemingsberg har just återställts med en länk som skickades till den här adressen.',
				'Alla andra inloggningar på kontot har avslutats.',
				'',
				'Var det inte du? Välj då genast ett nytt lösenord här, så loggas alla ut:',
				'https://hub.example.org/forgot-password',
				'och berätta för hubbens koordinatorer vad som hänt (svara på det här meddelandet).',
				'',
				'— ATMP Flemingsberg-hubben',
			].join('\n'),
		})
	})

	it('emailChanged in English: a changed address', () => {
		expect(
			mailTemplates.emailChanged({ ...recipient, locale: 'en', name: 'Ada Lind', newEmail: 'ada@new.example.org' }),
		).toEqual({
			to: 'ada@example.org',
			subject: 'Your e-mail address has been changed',
			text: [
				'Hello Ada Lind,',
				'',
				'Your ATMP Flemingsberg account now signs in with ada@new.example.org instead of this address.',
				'Messages from the hub go there from now on.',
				'',
				"Was this not you? Then someone else has access to your account. Reply to this message or contact the hub's coordinators at once, so they can lock the account and give you your address back.",
				'',
				'— ATMP Flemingsberg hub',
			].join('\n'),
		})
	})

	it('emailChanged in Swedish: a changed address', () => {
		expect(
			mailTemplates.emailChanged({ ...recipient, locale: 'sv', name: 'Ada Lind', newEmail: 'ada@new.example.org' }),
		).toEqual({
			to: 'ada@example.org',
			subject: 'Din e-postadress har ändrats',
			text: [
				'Hej Ada Lind,',
				'',
				'Ditt konto på ATMP Flemingsberg loggar nu in med ada@new.example.org i stället för den här adressen.',
				'Meddelanden från hubben går dit från och med nu.',
				'',
				'Var det inte du? Då har någon annan kommit åt ditt konto. Svara på det här meddelandet eller kontakta hubbens koordinatorer genast, så stänger de kontot och ger dig tillbaka din adress.',
				'',
				'— ATMP Flemingsberg-hubben',
			].join('\n'),
		})
	})

	it('requestNotice in English: a route with a two-line quote', () => {
		expect(
			mailTemplates.requestNotice({
				...recipient,
				locale: 'en',
				kind: 'route.received',
				path: '/inbox/r1',
				title: 'LVV supply',
				provider: 'Grantorp Biologics AB',
				quote: 'Phase I.\nNeeded by June.',
			}),
		).toEqual({
			to: 'ada@example.org',
			subject: 'A request from the hub: LVV supply',
			text: [
				'The hub thinks Grantorp Biologics AB may be able to help with this request. Read the teaser below, then open the request to see it in full and answer.',
				'',
				'> Phase I.',
				'> Needed by June.',
				'',
				'https://hub.example.org/inbox/r1',
				'',
				'— ATMP Flemingsberg hub',
			].join('\n'),
		})
	})

	it('requestNotice in Swedish: a route with a two-line quote', () => {
		expect(
			mailTemplates.requestNotice({
				...recipient,
				locale: 'sv',
				kind: 'route.received',
				path: '/inbox/r1',
				title: 'LVV supply',
				provider: 'Grantorp Biologics AB',
				quote: 'Phase I.\nNeeded by June.',
			}),
		).toEqual({
			to: 'ada@example.org',
			subject: 'En förfrågan från hubben: LVV supply',
			text: [
				'Hubben tror att Grantorp Biologics AB kan hjälpa till med den här förfrågan. Läs sammanfattningen nedan och öppna sedan förfrågan för att läsa allt och svara.',
				'',
				'> Phase I.',
				'> Needed by June.',
				'',
				'https://hub.example.org/inbox/r1',
				'',
				'— ATMP Flemingsberg-hubben',
			].join('\n'),
		})
	})

	it('requestNotice in English: a closed request without a quote', () => {
		expect(
			mailTemplates.requestNotice({
				...recipient,
				locale: 'en',
				kind: 'request.closed',
				path: '/inbox/r1',
				title: 'LVV supply',
			}),
		).toEqual({
			to: 'ada@example.org',
			subject: 'Request closed: LVV supply',
			text: [
				'The requester has closed this request. Thank you for your time; no answer is needed.',
				'',
				'https://hub.example.org/inbox/r1',
				'',
				'— ATMP Flemingsberg hub',
			].join('\n'),
		})
	})

	it('requestNotice in Swedish: a closed request without a quote', () => {
		expect(
			mailTemplates.requestNotice({
				...recipient,
				locale: 'sv',
				kind: 'request.closed',
				path: '/inbox/r1',
				title: 'LVV supply',
			}),
		).toEqual({
			to: 'ada@example.org',
			subject: 'Förfrågan avslutad: LVV supply',
			text: [
				'Förfrågaren har avslutat förfrågan. Tack för er tid; inget svar behövs.',
				'',
				'https://hub.example.org/inbox/r1',
				'',
				'— ATMP Flemingsberg-hubben',
			].join('\n'),
		})
	})
})
