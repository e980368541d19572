import type { SitePageTexts } from '../site-page-keys.ts'

// The contact page as a fresh portal first shows it. The addresses are
// fictional (.example) until the hub's coordinators write their own.
export const contact: SitePageTexts = {
	en: {
		title: 'Contact',
		lead: 'Write to the hub about partners, the directory and this portal, or to the establishment office about premises, land and setting up in Flemingsberg.',
		body: `## The hub

For questions about ATMP Flemingsberg, the directory and your listings, write to **[hub@atmp-flemingsberg.example](mailto:hub@atmp-flemingsberg.example)**.

Looking for a partner, a facility or an expert? **[Ask the hub](/requests/new)**: describe what you need, and a coordinator suggests providers and introduces you. You can also start from any listing's page with "Ask the hub about this".

## The establishment office

The Flemingsberg Science Foundation's establishment office helps companies that want to set up in Flemingsberg: office and coworking space at the Innovation Station, lab and GMP space, ready-to-build land, permits, recruitment and contacts on the campus.

Write to **[establish@atmp-flemingsberg.example](mailto:establish@atmp-flemingsberg.example)** and tell us what you need, how much space, and when.

## Visit us

ATMP Flemingsberg, the Innovation Station\\
Hälsovägen 9\\
141 57 Huddinge (Flemingsberg), Sweden

About a quarter of an hour from Stockholm City by commuter train to Flemingsberg station, less by regional train; the campus is a few minutes' walk from the station. Please book a time before you visit.

## Privacy

What the portal stores about you, and your rights, are described in the [privacy notice](/privacy). Questions about your personal data: **[privacy@atmp-flemingsberg.example](mailto:privacy@atmp-flemingsberg.example)**.`,
	},
	sv: {
		title: 'Kontakt',
		lead: 'Skriv till navet om partner, katalogen och portalen, eller till etableringskontoret om lokaler, mark och om att etablera sig i Flemingsberg.',
		body: `## Navet

Frågor om ATMP Flemingsberg, katalogen och era uppgifter i den skickar du till **[hub@atmp-flemingsberg.example](mailto:hub@atmp-flemingsberg.example)**.

Letar du efter en partner, en anläggning eller en expert? **[Fråga navet](/requests/new)**: beskriv vad du behöver, så föreslår en koordinator leverantörer och presenterar er för varandra. Du kan också börja från en sida i katalogen med ”Fråga navet om det här”.

## Etableringskontoret

Stiftelsen Flemingsberg Sciences etableringskontor hjälper företag som vill etablera sig i Flemingsberg: kontor och coworking på Innovationsstationen, labb- och GMP-lokaler, byggklar mark, tillstånd, rekrytering och kontakter på campus.

Skriv till **[establish@atmp-flemingsberg.example](mailto:establish@atmp-flemingsberg.example)** och berätta vad ni behöver, hur mycket yta och när.

## Besök oss

ATMP Flemingsberg, Innovationsstationen\\
Hälsovägen 9\\
141 57 Huddinge (Flemingsberg)

En kvart från Stockholm City med pendeltåg till Flemingsbergs station, kortare tid med regionaltåg; campus ligger några minuters promenad från stationen. Boka gärna en tid innan du kommer.

## Personuppgifter

Vad portalen sparar om dig och vilka rättigheter du har står i [integritetspolicyn](/privacy). Frågor om dina personuppgifter: **[privacy@atmp-flemingsberg.example](mailto:privacy@atmp-flemingsberg.example)**.`,
	},
}
