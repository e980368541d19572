import type { SitePageTexts } from '../site-page-keys.ts'

// The privacy notice a fresh portal starts with, so that no deployment is
// ever without one. It says what this code stores and for how long; when the
// code changes what it keeps, change this text (and the coordinators' copy).
export const privacy: SitePageTexts = {
	en: {
		title: 'Privacy notice',
		lead: 'What this portal stores about you, why, for how long, and how to see, take with you or delete it. No tracking, no advertising, and only the cookies the portal needs to work.',
		body: `## Who is responsible

The Flemingsberg Science Foundation runs ATMP Flemingsberg and this portal, and is responsible for the personal data in it. Questions, requests and complaints: **[privacy@atmp-flemingsberg.example](mailto:privacy@atmp-flemingsberg.example)**.

## Visiting without an account

Reading the directory, searching and reading these pages needs no account. The portal then keeps nothing about you. Its server writes one line per request (when, which address of the portal, the answer and how long it took) without your IP address. To limit abuse, sign-up and password reset count attempts per client address for a short while; the counters store a one-way hash, not the address, and are deleted after a day. If you write to the establishment office without an account, the portal keeps your enquiry (below).

## What we store when you have an account, and why

- **Your account: name, e-mail address, phone number if you give one, preferred language, role, when you confirmed your address.** To let you sign in, write to you and show who you are to the people you work with. *How long:* Until you delete your account.
- **Your password, as a hash (never the password itself).** To check it when you sign in. *How long:* Until you change it or delete your account.
- **Sessions: when you signed in, when you were last active, your browser's name.** To keep you signed in. *How long:* A session ends after 8 hours without use or 14 days after you signed in (the portal's defaults); its record goes when you sign out or the next time the ended session is presented, and all of them when you delete your account.
- **Links sent by e-mail (confirm your address, reset your password, change your address, invitations), as hashes.** So that only the person with the mail can use the link. *How long:* A reset link works for 1 hour, a confirmation for 24 hours, an invitation for 14 days.
- **Failed sign-ins: a hash of the address typed and of your client address.** To slow down password guessing without locking you out. *How long:* Deleted a day after the last failed attempt, once any wait is over.
- **Memberships of organisations and claims to manage one.** To give you the rights your organisation gives you. *How long:* Until you leave, are removed, or delete your account.
- **Listings: organisations, labs, facilities and expert profiles, with their contact details and pictures, and every proposed change and its review.** To publish the directory and to show who changed what. *How long:* As long as the listing exists; your own expert profile and its photo are deleted with your account.
- **Match requests, the providers they were sent to, answers, messages and acceptance of the confidentiality terms.** To run matchmaking between organisations. *How long:* As the organisations' record; when you delete your account they stay without any link to you.
- **Notifications.** To tell you what happened to your requests and routes. *How long:* Until you delete your account.
- **API tokens, as hashes (the token itself is shown once), with their name, scopes and dates.** To let your organisation's systems read the API. *How long:* As long as the organisation exists; a revoked or expired token stays listed for its owners but no longer works.
- **E-mail waiting to be sent.** To send it once the transaction that caused it is saved. *How long:* Deleted 7 days after it has been sent; links in it are not kept once the mail is handed over.
- **Enquiries to the establishment office: your company, what it needs, size and timing, your name, e-mail address and phone number if you give one, and the conversation that follows.** To answer you and help your company establish in Flemingsberg. *How long:* An enquiry whose address was never confirmed loses your name, e-mail address and phone number after 7 days; the others are kept as the hub's record of its establishment work, also when you delete your account (write to us to have yours deleted).
- **What you follow (news, events) and your registrations for events, with your place on a waiting list.** To mail you when something new is published, and to hold your place and tell the organiser who comes. *How long:* Until you unsubscribe (one link in every such mail) or cancel, and at the latest until you delete your account, which gives your places to the next people waiting.
- **The audit log: which account did what, and when.** To be able to show who changed a listing, routed a request or changed a role. *How long:* As the hub's record; it names accounts by a random id, not by name or address, and personal data in it is removed when you delete your account.

When the portal runs without a mail server (a demonstration), mail is kept in a mailbox in the database that platform administrators can read, until the account it was sent to is deleted.

Published listings are also copied into the portal's search index, which holds only what the directory shows.

## Cookies

The portal sets two cookies, both needed for it to work, and nothing for statistics, advertising or tracking:

- **the session cookie** (\`hub_session\`, or \`__Host-hub_session\` over https): keeps you signed in; it holds a random token that only the server can match, cannot be read by scripts, and ends with the session;
- **the language cookie** (\`hub_lang\`): remembers the language you chose, for a year.

The portal loads nothing from other sites: no fonts, scripts or pictures from anyone else. (If the hub configures a map tile server, the campus map loads its map pictures from it, which then sees your visit.)

## Who sees your data

Coordinators of the hub and platform administrators, for curating the directory and handling requests. Members of your organisation see its listings and requests. Providers that a request is routed to see its teaser, and its description once they accept the confidentiality terms. The establishment office reads enquiries, and a provider it hands one over to reads it with its contact details. Coordinators see who registered for an event. Contact details are shown as each listing says. We sell nothing and share nothing with advertisers. The portal runs on servers the hub chooses; e-mail goes out through the hub's mail provider.

## Your rights

Under the EU General Data Protection Regulation (GDPR) you have the right to:

- **see what we hold about you and take it with you**: download everything in one file at **[Download my data](/account/export)** (signed in);
- **correct it**: edit your profile at [your account](/account) and your listings at [My listings](/my-listings);
- **delete it**: delete your account at **[Delete my account](/account/delete)**; it takes your account, sessions, memberships, expert profiles and their pictures, notifications, and mail addressed to you with it, in one step;
- **object to or restrict** a use of your data, and **complain** to the Swedish Authority for Privacy Protection (IMY, [imy.se](https://www.imy.se)).

For anything you cannot do yourself, write to **[privacy@atmp-flemingsberg.example](mailto:privacy@atmp-flemingsberg.example)**; we answer within a month.`,
	},
	sv: {
		title: 'Integritetspolicy',
		lead: 'Vad portalen sparar om dig, varför, hur länge, och hur du ser, tar med dig eller raderar det. Ingen spårning, ingen reklam, och bara de kakor som portalen behöver för att fungera.',
		body: `## Vem som ansvarar

Stiftelsen Flemingsberg Science driver ATMP Flemingsberg och den här portalen och är personuppgiftsansvarig för uppgifterna i den. Frågor, begäranden och klagomål: **[privacy@atmp-flemingsberg.example](mailto:privacy@atmp-flemingsberg.example)**.

## Om du besöker portalen utan konto

Du behöver inget konto för att läsa katalogen, söka eller läsa de här sidorna, och portalen sparar då ingenting om dig. Servern skriver en rad per anrop (när, vilken adress i portalen, svaret och hur lång tid det tog) utan din IP-adress. För att motverka missbruk räknas försök att skapa konto och återställa lösenord per klientadress en kort tid; räknarna sparar en envägshash, inte adressen, och raderas efter ett dygn. Om du skriver till etableringskontoret utan konto sparar portalen din förfrågan (se nedan).

## Vad vi sparar när du har ett konto, och varför

- **Ditt konto: namn, e-postadress, telefonnummer om du anger det, önskat språk, roll, när du bekräftade adressen.** För att du ska kunna logga in, för att vi ska kunna skriva till dig och visa vem du är för dem du arbetar med. *Hur länge:* Tills du raderar kontot.
- **Ditt lösenord som hash (aldrig själva lösenordet).** För att kontrollera det när du loggar in. *Hur länge:* Tills du byter det eller raderar kontot.
- **Sessioner: när du loggade in, när du senast var aktiv, namnet på din webbläsare.** För att du ska förbli inloggad. *Hur länge:* En session upphör efter 8 timmar utan aktivitet eller 14 dagar efter inloggningen (portalens standardvärden); uppgiften försvinner när du loggar ut eller nästa gång den upphörda sessionen används, och alla när du raderar kontot.
- **Länkar som skickas med e-post (bekräfta adress, återställa lösenord, byta adress, inbjudningar), som hash.** Så att bara den som har mejlet kan använda länken. *Hur länge:* En återställningslänk gäller 1 timme, en bekräftelse 24 timmar, en inbjudan 14 dagar.
- **Misslyckade inloggningar: en hash av den angivna adressen och av din klientadress.** För att bromsa gissning av lösenord utan att låsa ute dig. *Hur länge:* Raderas ett dygn efter det senaste misslyckade försöket, när en eventuell väntetid är slut.
- **Medlemskap i organisationer och anspråk på att förvalta en.** För att ge dig de rättigheter din organisation ger dig. *Hur länge:* Tills du lämnar, tas bort eller raderar kontot.
- **Katalogposter: organisationer, labb, anläggningar och expertprofiler med kontaktuppgifter och bilder, och varje föreslagen ändring och granskningen av den.** För att publicera katalogen och visa vem som ändrade vad. *Hur länge:* Så länge posten finns; din egen expertprofil och dess foto raderas med ditt konto.
- **Matchningsförfrågningar, leverantörerna de skickats till, svar, meddelanden och godkännanden av sekretessvillkoren.** För matchningen mellan organisationer. *Hur länge:* Som organisationernas underlag; när du raderar ditt konto finns de kvar utan koppling till dig.
- **Notiser.** För att berätta vad som hänt med dina förfrågningar. *Hur länge:* Tills du raderar kontot.
- **API-nycklar som hash (själva nyckeln visas en gång), med namn, behörigheter och datum.** För att din organisations system ska kunna läsa API:et. *Hur länge:* Så länge organisationen finns; en återkallad eller utgången nyckel står kvar i ägarnas lista men fungerar inte längre.
- **E-post som väntar på att skickas.** För att skicka den när ändringen som orsakade den är sparad. *Hur länge:* Raderas 7 dagar efter att den skickats; länkar i den sparas inte när mejlet väl lämnats över.
- **Förfrågningar till etableringskontoret: ert företag, vad det behöver, storlek och tidpunkt, ditt namn, din e-postadress och ditt telefonnummer om du anger det, och samtalet som följer.** För att svara dig och hjälpa ert företag att etablera sig i Flemingsberg. *Hur länge:* En förfrågan vars adress aldrig bekräftades förlorar ditt namn, din e-postadress och ditt telefonnummer efter 7 dagar; övriga sparas som navets underlag för etableringsarbetet, även om du raderar ditt konto (skriv till oss om du vill att din raderas).
- **Vad du följer (nyheter, evenemang) och dina anmälningar till evenemang, med din plats på en väntelista.** För att mejla dig när något nytt publiceras, och för att hålla din plats och berätta för arrangören vilka som kommer. *Hur länge:* Tills du avslutar prenumerationen (en länk i varje sådant mejl) eller avanmäler dig, och senast tills du raderar ditt konto, då dina platser går till nästa person som väntar.
- **Granskningsloggen: vilket konto som gjorde vad, och när.** För att kunna visa vem som ändrade en post, skickade vidare en förfrågan eller ändrade en roll. *Hur länge:* Som navets underlag; den anger konton med ett slumpmässigt id, inte namn eller adress, och personuppgifter i den tas bort när du raderar ditt konto.

När portalen körs utan e-postserver (en demonstration) sparas e-posten i en brevlåda i databasen som plattformsadministratörer kan läsa, tills kontot den skickades till raderas.

Publicerade katalogposter kopieras också till portalens sökindex, som bara innehåller det som katalogen visar.

## Kakor

Portalen sätter två kakor, båda nödvändiga för att den ska fungera, och inga för statistik, reklam eller spårning:

- **sessionskakan** (\`hub_session\`, eller \`__Host-hub_session\` över https): håller dig inloggad; den innehåller en slumpmässig nyckel som bara servern kan känna igen, kan inte läsas av skript och upphör med sessionen;
- **språkkakan** (\`hub_lang\`): kommer ihåg vilket språk du valt, i ett år.

Portalen hämtar ingenting från andra webbplatser: inga typsnitt, skript eller bilder från någon annan. (Om navet ställer in en kartserver hämtar campuskartan sina kartbilder därifrån, och den ser då ditt besök.)

## Vem som ser dina uppgifter

Navets koordinatorer och plattformsadministratörer, för att förvalta katalogen och hantera förfrågningar. Medlemmar i din organisation ser dess katalogposter och förfrågningar. Leverantörer som en förfrågan skickas till ser dess sammanfattning, och beskrivningen när de godkänt sekretessvillkoren. Etableringskontoret läser förfrågningar, och en leverantör som kontoret lämnar över en förfrågan till läser den med kontaktuppgifterna. Koordinatorerna ser vilka som anmält sig till ett evenemang. Kontaktuppgifter visas så som varje katalogpost anger. Vi säljer ingenting och delar ingenting med annonsörer. Portalen körs på servrar som navet väljer; e-post skickas via navets e-postleverantör.

## Dina rättigheter

Enligt EU:s dataskyddsförordning (GDPR) har du rätt att:

- **se vad vi har om dig och ta det med dig**: ladda ner allt i en fil via **[Ladda ner mina uppgifter](/account/export)** (inloggad);
- **rätta det**: ändra din profil under [ditt konto](/account) och dina katalogposter under [Mina poster](/my-listings);
- **radera det**: radera ditt konto via **[Radera mitt konto](/account/delete)**; då försvinner konto, sessioner, medlemskap, expertprofiler och deras bilder, notiser och e-post till dig i ett enda steg;
- **invända mot eller begränsa** en användning av dina uppgifter, och **klaga** hos Integritetsskyddsmyndigheten (IMY, [imy.se](https://www.imy.se)).

För det du inte kan göra själv, skriv till **[privacy@atmp-flemingsberg.example](mailto:privacy@atmp-flemingsberg.example)**; vi svarar inom en månad.`,
	},
}
