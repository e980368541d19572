import type { mail as english } from '../en/mail.ts'
import type { Translation } from '../messages.ts'

export const mail: Translation<typeof english> = {
	'mail.signature': '— ATMP Flemingsberg-hubben',
	'mail.hello': 'Hej {name},',
	'mail.coordinatorComment': 'Kommentar från koordinatorn: {comment}',

	'mail.verifyEmail.subject': 'Bekräfta din e-postadress',
	'mail.verifyEmail.body':
		'Bekräfta din e-postadress för ATMP Flemingsberg genom att öppna länken:\n{link}\n\nLänken gäller i 24 timmar. Om du inte har skapat ett konto kan du bortse från det här meddelandet.',

	'mail.resetPassword.subject': 'Återställ ditt lösenord',
	'mail.resetPassword.body':
		'Någon (förhoppningsvis du) bad om att återställa lösenordet till ditt konto.\nVälj ett nytt lösenord här: {link}\n\nLänken kan användas en gång och gäller i en timme.',

	'mail.changeEmail.subject': 'Bekräfta din nya e-postadress',
	'mail.changeEmail.body':
		'Öppna länken för att byta till den här adressen: {link}\n\nLänken gäller i 24 timmar. Din gamla adress gäller tills du har bekräftat den nya.',

	'mail.accountExists.subject': 'Du har redan ett konto',
	'mail.accountExists.body':
		'Någon (förhoppningsvis du) försökte skapa ett konto på ATMP Flemingsberg med den här adressen, men det finns redan ett.\n\nLogga in: {loginLink}\nGlömt lösenordet? {resetLink}\n\nOm det inte var du kan du bortse från det här meddelandet.',

	'mail.invitation.subject': 'Inbjudan till {organization} på ATMP Flemingsberg',
	'mail.invitation.forRequest':
		'Hubben för ATMP Flemingsberg har en matchningsförfrågan som {organization} kanske kan hjälpa till med. Gå med i {organization} i portalen för att läsa och svara på den: du blir dess första medlem och kan bjuda in dina kollegor.',
	'mail.invitation.body':
		'{inviter} har bjudit in dig att gå med i {organization}.\nAcceptera inbjudan: {link}\n\nInbjudan gäller i 14 dagar.',

	'mail.reviewOutcome.approved.subject': 'Publicerad: {listing}',
	'mail.reviewOutcome.approved.body': 'Din ändring av {listing} har godkänts och är nu publicerad.',
	'mail.reviewOutcome.rejected.subject': 'Behöver ändras: {listing}',
	'mail.reviewOutcome.rejected.body': 'Din ändring av {listing} godkändes inte ännu.',
	'mail.reviewOutcome.spam.subject': 'Inte publicerad: {listing}',
	'mail.reviewOutcome.spam.body':
		'Din ändring av {listing} publicerades inte: hubben bedömde den som skräppost. Om det är ett misstag, kontakta hubben.',
	'mail.reviewOutcome.listings': 'Dina listningar: {link}',

	'mail.claimDecision.approved.subject': 'Du administrerar nu {organization}',
	'mail.claimDecision.approved.body':
		'En koordinator har godkänt ditt anspråk: du är nu administratör för {organization} på ATMP Flemingsberg.',
	'mail.claimDecision.approved.members': 'Hantera medlemmar: {link}',
	'mail.claimDecision.rejected.subject': 'Ditt anspråk på {organization}',
	'mail.claimDecision.rejected.body': 'En koordinator kunde inte godkänna ditt anspråk på {organization}.',

	'mail.passwordChanged.subject': 'Ditt lösenord har ändrats',
	'mail.passwordChanged.changed': 'Lösenordet till ditt konto på ATMP Flemingsberg har just ändrats.',
	'mail.passwordChanged.reset':
		'Lösenordet till ditt konto på ATMP Flemingsberg har just återställts med en länk som skickades till den här adressen.',
	'mail.passwordChanged.body':
		'Alla andra inloggningar på kontot har avslutats.\n\nVar det inte du? Välj då genast ett nytt lösenord här, så loggas alla ut:\n{link}\noch berätta för hubbens koordinatorer vad som hänt (svara på det här meddelandet).',

	'mail.emailChanged.subject': 'Din e-postadress har ändrats',
	'mail.emailChanged.body':
		'Ditt konto på ATMP Flemingsberg loggar nu in med {newEmail} i stället för den här adressen.\nMeddelanden från hubben går dit från och med nu.\n\nVar det inte du? Då har någon annan kommit åt ditt konto. Svara på det här meddelandet eller kontakta hubbens koordinatorer genast, så stänger de kontot och ger dig tillbaka din adress.',
	'mail.enquiryConfirm.subject': 'Bekräfta din förfrågan till etableringskontoret',
	'mail.enquiryConfirm.body':
		'Tack för förfrågan för {company}. Öppna länken och bekräfta den, så går den till etableringskontoret på ATMP Flemingsberg:\n{link}\n\nSamma länk tar dig tillbaka till samtalet senare. Har du inte skickat någon förfrågan? Bortse då från det här meddelandet: inget når kontoret obekräftat, och dina kontaktuppgifter raderas efter en vecka.',
	'mail.enquiryAnswered.subject': 'Etableringskontoret har svarat: {company}',
	'mail.enquiryAnswered.body': 'Etableringskontoret har svarat på din förfrågan:',
	'mail.enquiryAnswered.link': 'Läs samtalet och svara här:\n{link}',
	'mail.enquiryClosed.subject': 'Etableringskontoret har avslutat din förfrågan: {company}',
	'mail.enquiryClosed.body':
		'Etableringskontoret har avslutat din förfrågan för {company}, med det här utfallet: {outcome}.',
	'mail.enquiryClosed.link': 'Samtalet går fortfarande att läsa här:\n{link}',

	// Following the hub's news and events, and registering for events (issue 14).
	'mail.follow.news.subject': 'Nyheter från ATMP Flemingsberg: {title}',
	'mail.follow.news.intro': 'ATMP Flemingsberg har publicerat en nyhet:',
	'mail.follow.event.subject': 'Nytt evenemang på ATMP Flemingsberg: {title}',
	'mail.follow.event.intro': 'ATMP Flemingsberg har annonserat ett evenemang:',
	'mail.follow.why':
		'Du får det här mejlet eftersom du följer hubbens nyheter eller evenemang. Vill du inte längre få dem öppnar du länken och bekräftar (du behöver inte logga in):\n{link}',
	'mail.follow.seatGiven.subject': 'Du har fått en plats på {title}',
	'mail.follow.seatGiven.body':
		'En plats blev ledig på ”{title}” ({when}) och den är din, eftersom du stod först på väntelistan. Kan du inte komma? Avboka på evenemangets sida så att nästa person får platsen.',
	'mail.follow.cancelled.subject': 'Inställt: {title}',
	'mail.follow.cancelled.body':
		'Tyvärr är ”{title}” ({when}) inställt. Din anmälan har upphört och du behöver inte göra något.',

	// Stale-listing nudges and verification evidence (docs/decisions/044).
	'mail.staleNudge.subject': 'Stämmer {listing} fortfarande?',
	'mail.staleNudge.body':
		'Ingen har ändrat eller bekräftat {listing} i ATMP Flemingsbergs katalog på ett tag. Andra väljer samarbetspartner utifrån det som står där, så ta gärna en minut och kontrollera den.',
	'mail.staleNudge.confirm':
		'Stämmer allt? Bekräfta med ett klick på den här sidan (ingen inloggning behövs; länken fungerar en gång i 30 dagar):\n{link}',
	'mail.staleNudge.edit': 'Har något ändrats? Föreslå en ändring (logga in först):\n{link}',
	'mail.capacityNudge.subject': 'Stämmer perioderna för sviterna i {listing} fortfarande?',
	'mail.capacityNudge.body':
		'Ingen har ändrat eller bekräftat de lediga, preliminära och bokade perioderna för sviterna i {listing} på {months} månader. Företag planerar efter dem och hubben matchar förfrågningar mot dem, så ta gärna en minut och kontrollera dem.',
	'mail.capacityNudge.confirm':
		'Stämmer de? Bekräfta med ett klick på den här sidan (ingen inloggning behövs; länken fungerar en gång i 30 dagar):\n{link}',
	'mail.capacityNudge.edit':
		'Har något ändrats? Uppdatera perioderna i kapacitetsredigeraren (logga in först):\n{link}',
	'mail.evidenceExpiring.subject': 'Underlaget för verifieringen går snart ut: {listing}',
	'mail.evidenceExpiring.body':
		'Underlaget bakom verifieringsmärket för {listing} ({licence}, referens {reference}) går ut den {date}. Efter den dagen försvinner märket. Skicka det förnyade underlaget till hubben så att en koordinator kan registrera det.',
	'mail.evidenceExpiring.general': 'allmän verifiering',
}
