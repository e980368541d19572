import { describe, expect, it } from 'vitest'
import type { Locale } from '~/i18n/locale.ts'
import { mailTemplates } from './templates.ts'

// Every mail word for word, in both languages: people's mail filters, the
// end-to-end mail capture and support answers quote these texts.

const recipient = { to: 'ada@example.org', baseUrl: 'https://hub.example.org' }

type TemplateName = keyof typeof mailTemplates
type Input<Name extends TemplateName> = Omit<Parameters<(typeof mailTemplates)[Name]>[0], 'to' | 'baseUrl' | 'locale'>
/** A mail as its recipient reads it, one line of text an entry. */
interface Written {
	subject: string
	text: string[]
}

/** One mail in both languages: the same input, in English and in Swedish. */
function mail<Name extends TemplateName>(template: Name, what: string, input: Input<Name>, en: Written, sv: Written) {
	return { template, what, input: input as Record<string, unknown>, written: { en, sv } }
}

/** A review's outcome without a comment, which differs only in its subject and first line. */
function reviewWithoutComment(
	what: string,
	input: Input<'reviewOutcome'>,
	[enSubject, enBody]: [string, string],
	[svSubject, svBody]: [string, string],
) {
	return mail(
		'reviewOutcome',
		what,
		input,
		{
			subject: enSubject,
			text: [enBody, '', 'Your listings: https://hub.example.org/my-listings', '', '— ATMP Flemingsberg hub'],
		},
		{
			subject: svSubject,
			text: [svBody, '', 'Dina listningar: https://hub.example.org/my-listings', '', '— ATMP Flemingsberg-hubben'],
		},
	)
}

/** The password notice, which differs only in the line that says how the password changed. */
function passwordChanged(how: 'changed' | 'reset', what: string, enHow: string, svHow: string) {
	return mail(
		'passwordChanged',
		what,
		{ name: 'Ada Lind', how },
		{
			subject: 'Your password has been changed',
			text: [
				'Hello Ada Lind,',
				'',
				enHow,
				'Every other sign-in of the account has been ended.',
				'',
				'Was this not you? Then choose a new password at once here, which signs everyone out:',
				'https://hub.example.org/forgot-password',
				"and tell the hub's coordinators what happened (reply to this message).",
				'',
				'— ATMP Flemingsberg hub',
			],
		},
		{
			subject: 'Ditt lösenord har ändrats',
			text: [
				'Hej Ada Lind,',
				'',
				svHow,
				'Alla andra inloggningar på kontot har avslutats.',
				'',
				'Var det inte du? Välj då genast ett nytt lösenord här, så loggas alla ut:',
				'https://hub.example.org/forgot-password',
				'och berätta för hubbens koordinatorer vad som hänt (svara på det här meddelandet).',
				'',
				'— ATMP Flemingsberg-hubben',
			],
		},
	)
}

/** A quoted request and its link read the same in both languages. */
const quoteAndLink = ['', '> Phase I.', '> Needed by June.', '', 'https://hub.example.org/inbox/r1']

const mails = [
	mail(
		'verifyEmail',
		'a confirmation link',
		{ name: 'Ada Lind', token: 'tok123' },
		{
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
			],
		},
		{
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
			],
		},
	),
	mail(
		'resetPassword',
		'a reset link',
		{ token: 'tok123' },
		{
			subject: 'Reset your password',
			text: [
				'Someone (hopefully you) asked to reset the password of your account.',
				'Choose a new password here: https://hub.example.org/reset-password?token=tok123',
				'',
				'The link works once and is valid for one hour.',
				'',
				'— ATMP Flemingsberg hub',
			],
		},
		{
			subject: 'Återställ ditt lösenord',
			text: [
				'Någon (förhoppningsvis du) bad om att återställa lösenordet till ditt konto.',
				'Välj ett nytt lösenord här: https://hub.example.org/reset-password?token=tok123',
				'',
				'Länken kan användas en gång och gäller i en timme.',
				'',
				'— ATMP Flemingsberg-hubben',
			],
		},
	),
	mail(
		'changeEmail',
		'a link to the new address',
		{ token: 'tok123' },
		{
			subject: 'Confirm your new e-mail address',
			text: [
				'Open this link to switch your account to this address: https://hub.example.org/verify-email?token=tok123',
				'',
				'The link is valid for 24 hours. Your old address stays in use until you confirm the new one.',
				'',
				'— ATMP Flemingsberg hub',
			],
		},
		{
			subject: 'Bekräfta din nya e-postadress',
			text: [
				'Öppna länken för att byta till den här adressen: https://hub.example.org/verify-email?token=tok123',
				'',
				'Länken gäller i 24 timmar. Din gamla adress gäller tills du har bekräftat den nya.',
				'',
				'— ATMP Flemingsberg-hubben',
			],
		},
	),
	mail(
		'accountExists',
		'a sign-up with a known address',
		{},
		{
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
			],
		},
		{
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
			],
		},
	),
	mail(
		'invitation',
		'an invitation',
		{ organizationName: 'Grantorp Biologics AB', inviterName: 'Bo Ek', token: 'tok123' },
		{
			subject: 'Invitation to Grantorp Biologics AB on ATMP Flemingsberg',
			text: [
				'Bo Ek invited you to join Grantorp Biologics AB.',
				'Accept the invitation: https://hub.example.org/invitations/tok123',
				'',
				'The invitation is valid for 14 days.',
				'',
				'— ATMP Flemingsberg hub',
			],
		},
		{
			subject: 'Inbjudan till Grantorp Biologics AB på ATMP Flemingsberg',
			text: [
				'Bo Ek har bjudit in dig att gå med i Grantorp Biologics AB.',
				'Acceptera inbjudan: https://hub.example.org/invitations/tok123',
				'',
				'Inbjudan gäller i 14 dagar.',
				'',
				'— ATMP Flemingsberg-hubben',
			],
		},
	),
	mail(
		'reviewOutcome',
		'an approval with a comment',
		{ listingName: 'Grantorp GMP', approved: true, comment: 'Nice work.' },
		{
			subject: 'Published: Grantorp GMP',
			text: [
				'Your change to Grantorp GMP was approved and is now published.',
				'',
				'Comment from the coordinator: Nice work.',
				'',
				'Your listings: https://hub.example.org/my-listings',
				'',
				'— ATMP Flemingsberg hub',
			],
		},
		{
			subject: 'Publicerad: Grantorp GMP',
			text: [
				'Din ändring av Grantorp GMP har godkänts och är nu publicerad.',
				'',
				'Kommentar från koordinatorn: Nice work.',
				'',
				'Dina listningar: https://hub.example.org/my-listings',
				'',
				'— ATMP Flemingsberg-hubben',
			],
		},
	),
	reviewWithoutComment(
		'a rejection without a comment',
		{ listingName: 'Grantorp GMP', approved: false, comment: null },
		['Changes requested: Grantorp GMP', 'Your change to Grantorp GMP was not approved yet.'],
		['Behöver ändras: Grantorp GMP', 'Din ändring av Grantorp GMP godkändes inte ännu.'],
	),
	reviewWithoutComment(
		'a rejection as spam',
		{ listingName: 'Cheap pills', approved: false, spam: true, comment: null },
		[
			'Not published: Cheap pills',
			'Your change to Cheap pills was not published: the hub treated it as spam. If this is a mistake, contact the hub.',
		],
		[
			'Inte publicerad: Cheap pills',
			'Din ändring av Cheap pills publicerades inte: hubben bedömde den som skräppost. Om det är ett misstag, kontakta hubben.',
		],
	),
	mail(
		'claimDecision',
		'an approved claim',
		{
			organizationName: 'Grantorp Biologics AB',
			organizationPath: '/organizations/grantorp',
			approved: true,
			note: null,
		},
		{
			subject: 'You now manage Grantorp Biologics AB',
			text: [
				'A coordinator approved your claim: you are now an administrator of Grantorp Biologics AB on ATMP Flemingsberg.',
				'',
				'Manage members: https://hub.example.org/organizations/grantorp/members',
				'',
				'— ATMP Flemingsberg hub',
			],
		},
		{
			subject: 'Du administrerar nu Grantorp Biologics AB',
			text: [
				'En koordinator har godkänt ditt anspråk: du är nu administratör för Grantorp Biologics AB på ATMP Flemingsberg.',
				'',
				'Hantera medlemmar: https://hub.example.org/organizations/grantorp/members',
				'',
				'— ATMP Flemingsberg-hubben',
			],
		},
	),
	mail(
		'claimDecision',
		'a rejected claim with a note',
		{
			organizationName: 'Grantorp Biologics AB',
			organizationPath: '/organizations/grantorp',
			approved: false,
			note: 'Ask your CEO.',
		},
		{
			subject: 'Your claim to Grantorp Biologics AB',
			text: [
				'A coordinator could not approve your claim to Grantorp Biologics AB.',
				'',
				'Comment from the coordinator: Ask your CEO.',
				'',
				'https://hub.example.org/organizations/grantorp',
				'',
				'— ATMP Flemingsberg hub',
			],
		},
		{
			subject: 'Ditt anspråk på Grantorp Biologics AB',
			text: [
				'En koordinator kunde inte godkänna ditt anspråk på Grantorp Biologics AB.',
				'',
				'Kommentar från koordinatorn: Ask your CEO.',
				'',
				'https://hub.example.org/organizations/grantorp',
				'',
				'— ATMP Flemingsberg-hubben',
			],
		},
	),
	passwordChanged(
		'changed',
		'a changed password',
		'The password of your ATMP Flemingsberg account has just been changed.',
		'Lösenordet till ditt konto på ATMP Flemingsberg har just ändrats.',
	),
	passwordChanged(
		'reset',
		'a reset password',
		'The password of your ATMP Flemingsberg account has just been reset with a link sent to this address.',
		'Lösenordet till ditt konto på ATMP Flemingsberg har just återställts med en länk som skickades till den här adressen.',
	),
	mail(
		'emailChanged',
		'a changed address',
		{ name: 'Ada Lind', newEmail: 'ada@new.example.org' },
		{
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
			],
		},
		{
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
			],
		},
	),
	mail(
		'requestNotice',
		'a route with a two-line quote',
		{
			kind: 'route.received',
			path: '/inbox/r1',
			title: 'LVV supply',
			provider: 'Grantorp Biologics AB',
			quote: 'Phase I.\nNeeded by June.',
		},
		{
			subject: 'A request from the hub: LVV supply',
			text: [
				'The hub thinks Grantorp Biologics AB may be able to help with this request. Read the teaser below, then open the request to see it in full and answer.',
				...quoteAndLink,
				'',
				'— ATMP Flemingsberg hub',
			],
		},
		{
			subject: 'En förfrågan från hubben: LVV supply',
			text: [
				'Hubben tror att Grantorp Biologics AB kan hjälpa till med den här förfrågan. Läs sammanfattningen nedan och öppna sedan förfrågan för att läsa allt och svara.',
				...quoteAndLink,
				'',
				'— ATMP Flemingsberg-hubben',
			],
		},
	),
	mail(
		'requestNotice',
		'a closed request without a quote',
		{ kind: 'request.closed', path: '/inbox/r1', title: 'LVV supply' },
		{
			subject: 'Request closed: LVV supply',
			text: [
				'The requester has closed this request. Thank you for your time; no answer is needed.',
				'',
				'https://hub.example.org/inbox/r1',
				'',
				'— ATMP Flemingsberg hub',
			],
		},
		{
			subject: 'Förfrågan avslutad: LVV supply',
			text: [
				'Förfrågaren har avslutat förfrågan. Tack för er tid; inget svar behövs.',
				'',
				'https://hub.example.org/inbox/r1',
				'',
				'— ATMP Flemingsberg-hubben',
			],
		},
	),
	mail(
		'capacityNudge',
		'capacity windows unchanged for three months',
		{
			name: 'Ada Lind',
			listingName: 'Grantorp Suite 2',
			months: 3,
			token: 'tok123',
			editPath: '/my-listings/f1/capacity',
		},
		{
			subject: 'Are the suite windows of Grantorp Suite 2 still right?',
			text: [
				'Hello Ada Lind,',
				'',
				'Nobody has changed or confirmed the free, tentative and booked periods of the suites of Grantorp Suite 2 for 3 months. Companies plan around them and the hub matches requests by them, so please take a minute to check them.',
				'',
				'Still right? Confirm them with one click on this page (no sign-in needed; the link works once, for 30 days):',
				'https://hub.example.org/listings/confirm/tok123',
				'',
				'Something has changed? Update the windows in the capacity editor (sign in first):',
				'https://hub.example.org/my-listings/f1/capacity',
				'',
				'— ATMP Flemingsberg hub',
			],
		},
		{
			subject: 'Stämmer perioderna för sviterna i Grantorp Suite 2 fortfarande?',
			text: [
				'Hej Ada Lind,',
				'',
				'Ingen har ändrat eller bekräftat de lediga, preliminära och bokade perioderna för sviterna i Grantorp Suite 2 på 3 månader. Företag planerar efter dem och hubben matchar förfrågningar mot dem, så ta gärna en minut och kontrollera dem.',
				'',
				'Stämmer de? Bekräfta med ett klick på den här sidan (ingen inloggning behövs; länken fungerar en gång i 30 dagar):',
				'https://hub.example.org/listings/confirm/tok123',
				'',
				'Har något ändrats? Uppdatera perioderna i kapacitetsredigeraren (logga in först):',
				'https://hub.example.org/my-listings/f1/capacity',
				'',
				'— ATMP Flemingsberg-hubben',
			],
		},
	),
]

const cases = mails.flatMap(({ template, what, input, written }) =>
	(['en', 'sv'] as const).map(
		(locale) =>
			[
				`${template} in ${locale === 'en' ? 'English' : 'Swedish'}: ${what}`,
				{ template, input, locale, ...written[locale] },
			] as const,
	),
)

describe('mail templates', () => {
	it.each(cases)('%s', (_title, { template, input, locale, subject, text }) => {
		const render = mailTemplates[template] as (params: typeof recipient & { locale: Locale }) => unknown
		expect(render({ ...recipient, locale, ...input })).toEqual({
			to: 'ada@example.org',
			subject,
			text: text.join('\n'),
		})
	})
})
