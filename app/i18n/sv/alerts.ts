import type { Translation } from '../messages.ts'
import type { alerts as english } from '../en/alerts.ts'

// Sparade sökningar, bevakningar och aviseringsinställningar på /account/alerts (issue 15).
export const alerts: Translation<typeof english> = {
	'alerts.title': 'Sparade sökningar och aviseringar',
	'alerts.intro': 'Sökningar du sparat, hur ofta vi berättar om nya träffar och hur allt annat nytt når dig.',
	'alerts.nav': 'Sparade sökningar och aviseringsinställningar',
	'alerts.accountSummary.one': 'Du har {count} sparad sökning.',
	'alerts.accountSummary.other': 'Du har {count} sparade sökningar.',
	'alerts.accountSummary.none':
		'Spara en sökning från söksidan eller en lista så hör du av oss när något nytt matchar den.',

	'alerts.saved.title': 'Sparade sökningar',
	'alerts.saved.accountCard':
		'Sökningar du sparat säger till när nya poster matchar dem; välj för varje slags nyhet om den kommer med e-post direkt, i en sammanfattning, bara i portalen eller inte alls.',
	'alerts.saved.intro':
		'Vi letar efter nya och ändrade poster som matchar varje sökning. ”Direkt” betyder vid nästa genomgång, var tionde minut; dagliga och veckovisa bevakningar samlar en dags eller en veckas nyheter i ett mejl. Mejl skickas bara när något är nytt.',
	'alerts.saved.empty': 'Inga sparade sökningar än. Sök i katalogen och välj ”Spara sökningen”.',
	'alerts.saved.toSearch': 'Sök i katalogen',
	'alerts.saved.name': 'Namn',
	'alerts.saved.frequency': 'Bevakning',
	'alerts.saved.update': 'Spara ändringarna',
	'alerts.saved.updating': 'Sparar…',
	'alerts.saved.delete': 'Ta bort',
	'alerts.saved.deleting': 'Tar bort…',
	'alerts.saved.updated': 'Den sparade sökningen ”{name}” är ändrad.',
	'alerts.saved.deleted': 'Den sparade sökningen är borttagen.',
	'alerts.saved.created': 'Sökningen är sparad. Välj nedan hur ofta du vill höra om nya träffar.',
	'alerts.saved.lastSent': 'Senaste bevakningsmejl {date}',
	'alerts.saved.neverSent': 'Inget bevakningsmejl skickat än',
	'alerts.saved.limit': 'Du kan ha högst {limit} sparade sökningar.',
	'alerts.saved.muted':
		'Bevakningar av sparade sökningar är avstängda i dina aviseringsinställningar nedan: inga mejl skickas, vad varje sökning än säger.',
	'alerts.saved.retry': 'Spara sökningen igen',
	'alerts.frequency.immediately': 'Direkt',
	'alerts.frequency.daily': 'Dagligen',
	'alerts.frequency.weekly': 'Varje vecka',
	'alerts.frequency.off': 'Av',

	'alerts.settings.title': 'Aviseringsinställningar',
	'alerts.settings.intro': 'Hur varje slags nyhet når dig. Valen betyder:',
	'alerts.settings.explain.mail': 'Med mejl direkt: visas under Aviseringar, och ett mejl skickas med en gång.',
	'alerts.settings.explain.digest':
		'I en sammanfattning: visas under Aviseringar med en gång; i stället för ett mejl varje gång tas det med i din nästa sammanfattning, ett enda mejl med allt nytt (bara det du inte har läst innan dess).',
	'alerts.settings.explain.portal': 'I portalen: visas bara under Aviseringar och mejlas aldrig.',
	'alerts.settings.explain.off': 'Av: ingenting alls.',
	'alerts.settings.digestFrequency': 'Hur ofta sammanfattningen kommer',
	'alerts.settings.digestFrequency.hint':
		'Sammanfattningen kommer högst en gång om dagen eller en gång i veckan, och bara när något är nytt. En sparad sökning med bevakning ”Direkt” eller ”Dagligen” gör att den kommer tidigare, med allt annat som väntar.',
	'alerts.digestFrequency.daily': 'Dagligen',
	'alerts.digestFrequency.weekly': 'Varje vecka',
	'alerts.settings.digestNote':
		'Varje sammanfattning slutar med en länk som stoppar alla sammanfattningsmejl på en gång; här kan du sedan ändra allt igen.',
	'alerts.settings.save': 'Spara inställningarna',
	'alerts.settings.saving': 'Sparar…',
	'alerts.settings.saved': 'Aviseringsinställningarna är sparade.',
	'alerts.kind.requestNews': 'Nytt om dina förfrågningar',
	'alerts.kind.requestNews.hint': 'Svar, frågor, introduktioner och meddelanden om förfrågningar du följer.',
	'alerts.kind.routes': 'Förfrågningar att besvara',
	'alerts.kind.routes.hint': 'Förfrågningar som hubben skickar till din organisation, påminnelser och när de avslutas.',
	'alerts.kind.reviews': 'Granskningsbeslut',
	'alerts.kind.reviews.hint': 'När en koordinator publicerar eller skickar tillbaka en post du föreslagit.',
	'alerts.kind.claimsInvitations': 'Anspråk och inbjudningar',
	'alerts.kind.claimsInvitations.hint':
		'Beslut om dina anspråk på en organisation och inbjudningar att gå med i en (inbjudningsmejlet skickas alltid: det är med dess länk du tackar ja).',
	'alerts.kind.following': 'Nyheter och evenemang du följer',
	'alerts.kind.following.hint':
		'När hubben publicerar nyheter eller evenemang du följer: ett mejl för varje, eller alla samlade i din sammanfattning.',
	'alerts.kind.savedSearches': 'Bevakningar av sparade sökningar',
	'alerts.kind.savedSearches.hint':
		'Nya och ändrade poster som matchar dina sparade sökningar, så ofta som varje sökning anger.',
	'alerts.kind.hubNews': 'Nytt från hubben',
	'alerts.kind.hubNews.hint':
		'Nya öppna utlysningar som passar din organisation, nya evenemang och etableringserbjudanden, samlade i din sammanfattning även om du inte har någon sparad sökning.',
	'alerts.delivery.following.mail': 'Med mejl, ett för varje',
	'alerts.delivery.portal': 'I portalen',
	'alerts.delivery.mail': 'Med mejl direkt (och i portalen)',
	'alerts.delivery.digest': 'I en sammanfattning',
	'alerts.delivery.off': 'Av',

	'notice.review.approved.subject': 'Publicerad: {title}',
	'notice.review.approved.body': 'En koordinator har godkänt dina ändringar av {title}; de är publicerade nu.',
	'notice.review.rejected.subject': 'Inte publicerad: {title}',
	'notice.review.rejected.body':
		'En koordinator skickade tillbaka dina ändringar av {title}. På sidan med dina poster ser du vad du kan göra härnäst.',
	'notice.claim.approved.subject': 'Ditt anspråk på {title} är godkänt',
	'notice.claim.approved.body': 'Du är nu administratör för {title} och kan bjuda in dess medarbetare.',
	'notice.claim.rejected.subject': 'Ditt anspråk på {title} godkändes inte',
	'notice.claim.rejected.body':
		'En koordinator godkände inte ditt anspråk på {title}. Mejlet vi skickade förklarar varför.',
	'notice.invitation.received.subject': 'Inbjudan att gå med i {title}',
	'notice.invitation.received.body':
		'{provider} har bjudit in dig att gå med i {title}. Tacka ja med länken i mejlet vi skickade till dig.',
}
