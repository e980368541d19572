import type { Translation } from '../messages.ts'
import type { listings as english } from '../en/listings.ts'

export const listings: Translation<typeof english> = {
	'listingField.name': 'Namn',
	'listingField.kind': 'Typ av organisation',
	'listingField.summary': 'Sammanfattning',
	'listingField.description': 'Beskrivning',
	'listingField.website': 'Webbplats',
	'listingField.email': 'Kontaktadress (e-post)',
	'listingField.street': 'Gatuadress',
	'listingField.postcode': 'Postnummer',
	'listingField.city': 'Ort',
	'listingField.campus': 'Campus',
	'listingField.lat': 'Latitud',
	'listingField.lng': 'Longitud',
	'listingField.organizationRef': 'Organisation',
	'listingField.lead': 'Gruppledare',
	'listingField.techniques': 'Tekniker',
	'listingField.acceptsExternalProjects': 'Tar emot externa projekt',
	'listingField.cleanroomGrades': 'Renrumsklasser',
	'listingField.areaSqm': 'Renrumsyta (m²)',
	'listingField.suites': 'Antal sviter',
	'listingField.productTypes': 'Produkttyper',
	'listingField.licences': 'Tillstånd',
	'listingField.qpRelease': 'QP-frisläppning på plats',
	'listingField.availableFrom': 'Ledig kapacitet från',
	'listingField.title': 'Roll eller titel',
	'listingField.bio': 'Biografi',
	'listingField.translatedSummary': 'Sammanfattning på det andra språket',
	'listingField.translatedDescription': 'Beskrivning på det andra språket',
	'listingField.translatedBio': 'Biografi på det andra språket',
	'listingField.inLanguage': '{field} på {language}',
	'listingField.expertise': 'Expertis',
	'listingField.orcid': 'ORCID iD',
	'listingField.languages': 'Språk',
	'listingField.openTo': 'Öppen för',
	'listingField.image': 'Bild',
	'listingField.imageFile': 'Bildfil',
	'listingField.imageAlt': 'Vad bilden visar',
	'listingField.modalities': 'Modaliteter',
	'listingField.services': 'Tjänster',
	'listingField.phases': 'Utvecklingsfaser',

	'listingHint.summary': 'En eller två meningar för kort och sökresultat.',
	'listingHint.description': 'Ren text. Lämna en tom rad mellan styckena.',
	'listingHint.website': 'En fullständig adress, till exempel https://www.example.se',
	'listingHint.email': 'Visas bara för inloggade medlemmar i hubben.',
	'listingHint.street':
		'Gata och nummer, till exempel Hälsovägen 7. För en byggnad på campus Flemingsberg fylls positionen på kartan i utifrån adressen.',
	'listingHint.postcode': 'Till exempel 141 57.',
	'listingHint.lat': 'Decimala grader, till exempel 59.2203. Ange både latitud och longitud, eller ingen av dem.',
	'listingHint.lng': 'Decimala grader, till exempel 17.9390.',
	'listingHint.techniques': 'En teknik per rad.',
	'listingHint.expertise': 'Ett område per rad.',
	'listingHint.languages':
		'Åtskilda med kommatecken, till exempel svenska, engelska (eller Swedish, English, eller sv, en).',
	'listingHint.orcid': 'Till exempel 0000-0002-1825-0097.',
	'listingHint.availableFrom': 'När ni kan ta emot ett nytt projekt. Lämna tomt för ”fråga anläggningen”.',
	'listingHint.organizationFixed':
		'Listas under den här organisationen. Hubbens koordinatorer kan flytta den till en annan.',
	'listingHint.codes': 'Kryssa i allt som stämmer.',
	'listingHint.imageFile':
		'JPEG, PNG eller WebP, högst 5 MB. Som alla ändringar visas den när en av hubbens koordinatorer har granskat den.',
	'listingHint.imageAlt':
		'Krävs till en bild: några ord för den som inte kan se den, till exempel ”Grantorp Biologics logotyp”.',

	'listingStatus.draft': 'Skickad tillbaka',
	'listingStatus.pending_review': 'Väntar på granskning',
	'listingStatus.published': 'Publicerad',
	'listingStatus.archived': 'Arkiverad',

	'revisionStatus.pending': 'Väntar på granskning',
	'revisionStatus.approved': 'Godkänd',
	'revisionStatus.rejected': 'Ändringar begärda',
	'revisionStatus.withdrawn': 'Ersatt av en nyare version',

	'visibility.public': 'Offentlig',
	'visibility.members': 'Bara medlemmar',

	'listingForm.section.basics': 'Grunduppgifter',
	'listingForm.section.about': 'Om',
	'listingForm.translation.add.sv': 'Lägg till en svensk version',
	'listingForm.translation.add.en': 'Lägg till en engelsk version',
	'listingForm.translation.hint':
		'Frivilligt. Besökare som läser portalen på {language} ser de här texterna i stället för texterna ovan; alla andra ser texterna ovan.',
	'listingForm.section.contact': 'Kontakt och plats',
	'listingForm.section.research': 'Forskning',
	'listingForm.section.facility': 'Renrum och kapacitet',
	'listingForm.section.expertise': 'Expertis',
	'listingForm.section.taxonomy': 'Terapiområden och tjänster',
	'listingForm.positionByHand': 'Ange positionen på kartan för hand (valfritt)',
	'listingForm.section.picture.organization': 'Logotyp',
	'listingForm.section.picture.facility': 'Foto av anläggningen',
	'listingForm.section.picture.expert': 'Ditt foto',
	'listingForm.picture.current': 'Bilden just nu',
	'listingForm.picture.remove': 'Ta bort bilden',
	'listingForm.reviewNote':
		'En koordinator i hubben granskar varje ny post och varje ändring innan den publiceras. Till dess är den nuvarande versionen kvar.',
	'listingForm.reviewNoteNew':
		'En koordinator i hubben granskar varje ny post innan den publiceras. Inget av den är offentligt förrän den har godkänts.',
	'listingForm.submit': 'Skicka för granskning',
	'listingForm.cancel': 'Avbryt',

	'myListings.title': 'Mina poster',
	'myListings.intro':
		'Dina organisationers poster och din egen expertprofil. Nya poster och ändringar publiceras när en koordinator i hubben har granskat dem.',
	'myListings.role.admin': 'Administratör',
	'myListings.role.member': 'Medlem',
	'myListings.noOrganizations':
		'Du tillhör ingen organisation ännu. Be en kollega att bjuda in dig, eller gör anspråk på din organisations post.',
	'myListings.add.organization': 'Lägg till en organisation',
	'myListings.add.lab': 'Lägg till ett labb eller en forskargrupp',
	'myListings.add.facility': 'Lägg till en GMP-anläggning',
	'myListings.add.expert': 'Skapa din expertprofil',
	'myListings.edit': 'Redigera',
	'myListings.view': 'Offentlig sida',
	'myListings.pendingSince': 'Ändring skickad {date}, väntar på granskning.',
	'myListings.rejectedOn': 'Ändringar begärda {date}.',
	'myListings.coordinatorComment': 'Koordinatorns kommentar',
	'myListings.resubmit': 'Redigera och skicka igen',
	'myListings.childrenEmpty': 'Inga labb, GMP-anläggningar eller experter listade ännu.',
	'myListings.expertProfile': 'Din expertprofil',
	'myListings.noExpertProfile':
		'Du har ingen expertprofil ännu. Medlemmar som söker råd eller en samarbetspartner hittar experter i katalogen.',
	'myListings.visibility.members': 'Bara inloggade medlemmar i hubben kan se din profil.',
	'myListings.visibility.public': 'Alla kan se din profil.',
	'myListings.visibility.makePublic': 'Gör min profil offentlig',
	'myListings.visibility.makeMembers': 'Visa bara för medlemmar',
	'myListings.submitted':
		'Skickad för granskning. En koordinator i hubben tittar på den snart; till dess är den nuvarande versionen kvar.',
	'myListings.submittedNew':
		'Skickad för granskning. En koordinator i hubben tittar på den snart; den blir offentlig när den har godkänts.',
	'myListings.visibilitySaved': 'Synligheten är sparad.',

	'listingNew.title.organization': 'Ny organisation',
	'listingNew.title.lab': 'Nytt labb eller ny forskargrupp',
	'listingNew.title.facility': 'Ny GMP-anläggning',
	'listingNew.title.expert': 'Din expertprofil',
	'listingNew.for': 'För {name}',

	// Registering a new organisation: a verified user who belongs to none yet.
	'registerOrganization.title': 'Registrera din organisation',
	'registerOrganization.heading': 'Finns din organisation inte i katalogen ännu?',
	'registerOrganization.intro':
		'Registrera den: du blir dess administratör och kan lägga till dess labb och GMP-anläggningar direkt. En koordinator i hubben granskar organisationen tillsammans med dess första post innan något blir offentligt.',
	'registerOrganization.start': 'Registrera en ny organisation',
	'registerOrganization.formNote':
		'Du blir organisationens administratör. Inget är offentligt förrän en koordinator i hubben har granskat det; du kan lägga till organisationens labb och GMP-anläggningar medan den väntar.',
	'registerOrganization.registered':
		'Din organisation är registrerad och väntar på granskning. Du är dess administratör: lägg till dess GMP-anläggning eller labb nu, så kan en koordinator publicera båda med ett enda godkännande.',
	'registerOrganization.waiting':
		'Väntar på granskning. En koordinator publicerar den för sig eller tillsammans med en av posterna nedan.',
	'registerOrganization.sentBack':
		'En koordinator skickade tillbaka organisationen. Posterna nedan väntar tills du har redigerat och skickat in den igen.',
	'registerOrganization.afterVerify':
		'Nästa steg: lägg in din organisation i katalogen. Registrera den, eller gå med i en som redan finns.',
	'registerOrganization.toMyListings': 'Gå till mina poster',

	'listingEdit.title': 'Redigera {name}',
	'listingEdit.fromPending':
		'Du redigerar ändringen som skickades {date} och som fortfarande väntar på granskning. Skickar du igen ersätts den.',
	'listingEdit.fromRejected': 'En koordinator i hubben bad om ändringar före publicering. Kommentaren:',
	'listingEdit.archived': 'Posten är arkiverad och kan inte redigeras. Be hubbens koordinatorer att återställa den.',
	'listingEdit.merged': 'Posten har slagits ihop med en annan och kan inte redigeras.',
}
