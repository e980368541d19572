import type { SitePageTexts } from '../site-page-keys.ts'

// The about page as a fresh portal first shows it; coordinators rewrite it at /coordinator/pages/about.
export const about: SitePageTexts = {
	en: {
		title: 'About ATMP Flemingsberg',
		lead: 'ATMP Flemingsberg is the hub for advanced therapy medicinal products in south Stockholm: cell therapy, gene therapy and tissue engineering, from the first experiment to GMP manufacturing and the clinic.',
		body: `## The leading ATMP hub in the Nordic region

Advanced therapy medicinal products (ATMPs) are medicines made from cells, genes or tissue. Making them takes what few places have in one spot: research groups that understand the biology, clean rooms and GMP manufacturing, a university hospital that runs the trials and treats the patients, and people who know the regulations.

Flemingsberg has all of it within walking distance. ATMP Flemingsberg brings it together: this portal is its directory of organisations, labs, facilities and experts, and its matchmaking service. A company looking for a viral vector producer, a researcher who needs a GMP suite for a first-in-human study or a provider with free capacity can find each other here, or ask the hub to find the right partner for them.

## The Flemingsberg Science Foundation

The hub is an initiative of the Flemingsberg Science Foundation, which works to make Flemingsberg **the obvious establishment alternative in southern Stockholm** for life science. It offers:

- **coworking and offices at the Innovation Station**, for start-ups and for companies that want to be close to the campus;
- **Novum**, the research building in development, with lab, clean-room and GMP space;
- **ready-to-build land** for companies that need a building of their own;
- **an establishment office** that answers questions about premises, permits, recruitment and partners, and solves the knots that hold an establishment back.

## Our partners

ATMP Flemingsberg is built with the institutions on the campus:

- **Karolinska Institutet**, campus Flemingsberg: research and education in medicine, cell and gene therapy;
- **Karolinska University Hospital Huddinge**: clinical trials, cell therapy manufacturing and treatment of patients;
- **KTH Royal Institute of Technology**, Flemingsberg: medical technology and engineering;
- **Södertörn University**: life science, environmental science and the social sciences around them.

## What the hub offers

- **Companies** find GMP manufacturing, analytical services, clinical partners and expertise in one place, and a team that introduces them to the right people.
- **Researchers** reach industry partners, facilities and funding contacts, and show what their labs can do.
- **Providers** of facilities, services and expertise are found by those who need them, and are sent match requests that fit what they offer.

Questions, or a need you cannot find in the directory? [Contact the hub](/contact) or [ask the hub](/requests/new) to find a partner for you.`,
	},
	sv: {
		title: 'Om ATMP Flemingsberg',
		lead: 'ATMP Flemingsberg är navet för avancerade terapiläkemedel i södra Stockholm: cellterapi, genterapi och vävnadstekniska produkter, från det första experimentet till GMP-tillverkning och klinik.',
		body: `## Det ledande ATMP-navet i Norden

Avancerade terapiläkemedel (ATMP) är läkemedel som görs av celler, gener eller vävnad. Att ta fram dem kräver sådant som få platser har samlat: forskargrupper som förstår biologin, renrum och GMP-tillverkning, ett universitetssjukhus som driver prövningarna och behandlar patienterna, och människor som kan regelverken.

I Flemingsberg finns allt detta på gångavstånd. ATMP Flemingsberg för samman det: den här portalen är navets katalog över organisationer, labb, anläggningar och experter, och dess matchningstjänst. Ett företag som söker en tillverkare av virala vektorer, en forskare som behöver en GMP-svit för en första studie på människa eller en leverantör med ledig kapacitet kan hitta varandra här, eller be navet hitta rätt partner åt dem.

## Stiftelsen Flemingsberg Science

Navet är ett initiativ från Stiftelsen Flemingsberg Science, som arbetar för att Flemingsberg ska bli **det självklara etableringsalternativet i södra Stockholm** för life science. Stiftelsen erbjuder:

- **coworking och kontor på Innovationsstationen**, för nystartade bolag och för företag som vill vara nära campus;
- **Novum**, forskningshuset som utvecklas, med labb, renrum och GMP-lokaler;
- **byggklar mark** för företag som behöver en egen byggnad;
- **ett etableringskontor** som svarar på frågor om lokaler, tillstånd, rekrytering och partner, och löser de knutar som håller tillbaka en etablering.

## Våra partner

ATMP Flemingsberg byggs tillsammans med lärosätena och sjukhuset på campus:

- **Karolinska Institutet**, campus Flemingsberg: forskning och utbildning inom medicin, cell- och genterapi;
- **Karolinska Universitetssjukhuset Huddinge**: kliniska prövningar, tillverkning av cellterapier och behandling av patienter;
- **KTH**, Flemingsberg: medicinsk teknik;
- **Södertörns högskola**: livsvetenskap, miljövetenskap och samhällsvetenskapen omkring dem.

## Vad navet erbjuder

- **Företag** hittar GMP-tillverkning, analystjänster, kliniska partner och expertis på ett ställe, och ett team som presenterar dem för rätt personer.
- **Forskare** når partner i industrin, anläggningar och finansiärer, och visar vad deras labb kan.
- **Leverantörer** av anläggningar, tjänster och expertis hittas av dem som behöver dem, och får matchningsförfrågningar som passar det de erbjuder.

Har du frågor, eller ett behov som du inte hittar i katalogen? [Kontakta navet](/contact) eller [fråga navet](/requests/new) om en partner.`,
	},
}
