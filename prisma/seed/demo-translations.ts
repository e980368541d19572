// A few demo listings in both languages, so the front page and the directory
// show both kinds: a listing read in the visitor's language although written
// in the other, and one that is only in its own (marked as such). Keyed by ref,
// with the start of the text they translate: a change to the generated text
// fails the seed loudly instead of pairing a translation with something else.
import type { InterchangeFile } from '../../app/domain/listings/interchange.ts'

interface DemoTranslation {
	/** The beginning of the listing's own summary, which this translates. */
	translates: string
	translatedSummary: string
	translatedDescription?: string
}

const demoTranslations: Record<string, DemoTranslation> = {
	'org-0001': {
		translates: 'Biotech company in Flemingsberg',
		translatedSummary:
			'Bioteknikföretag i Flemingsberg inom CAR-T-celler och lentivirala vektorer: processutveckling och GMP-tillverkning.',
		translatedDescription: [
			'Visättra Cell Therapeutics AB är ett bioteknikföretag med bas i Novum, Flemingsberg.',
			'Teamet arbetar med CAR-T-celler, lentivirala vektorer och regulatoriska T-celler (Treg) och erbjuder partner processutveckling, GMP-tillverkning samt QC- och frisläppningstestning från preklinisk fas till fas II.',
			'Vi förbereder en klinisk fas I-prövning med CAR-T och söker partner som kan leverera lentivirala vektorer av GMP-kvalitet.',
			'Vi är en del av ATMP-hubben i Flemingsberg och samarbetar med både akademi och industri.',
		].join('\n\n'),
	},
	'org-0002': {
		translates: 'CDMO i Flemingsberg',
		translatedSummary:
			'CDMO in Flemingsberg for lentiviral vectors and CAR-T cells: viral vector production and process development.',
		translatedDescription: [
			'Grantorp Biologics AB is a contract development and manufacturing organisation (CDMO) based at Alfred Nobels allé, Flemingsberg.',
			'Our work covers lentiviral vectors (LV) and CAR-T cells, and we offer viral vector production, process development and QC & release testing from preclinical to phase II.',
			'We manufacture GMP-grade lentiviral vectors (LVV) for CAR-T and other gene-modified cells, with release testing and certificates of analysis.',
			'We are part of the Flemingsberg ATMP hub and work with academia and industry alike.',
		].join('\n\n'),
	},
	'lab-0003': {
		translates: 'Forskargrupp vid Centrum för stamcellstransplantation',
		translatedSummary:
			'Research group at Centrum för stamcellstransplantation Flemingsberg working on AAV gene therapy and gene editing (CRISPR), from discovery to phase II.',
	},
	'fac-0001': {
		translates: 'GMP-anläggning med renrum klass A/B/C/D',
		translatedSummary:
			'GMP facility with grade A/B/C/D cleanrooms in Flemingsberg for viral vectors; capacity available from December 2026.',
	},
	'fac-0010': {
		translates: 'Grade C/D cleanroom facility in Flemingsberg',
		translatedSummary:
			'Renrumsanläggning med klass C/D i Flemingsberg för autologa cellprodukter och virala vektorer; ledig kapacitet från juli 2027.',
	},
}

/** Adds the demo translations to the generated records (in place). */
export function addDemoTranslations(file: InterchangeFile): void {
	const records = [...file.organizations, ...file.labs, ...file.facilities]
	for (const [ref, translation] of Object.entries(demoTranslations)) {
		const record = records.find((candidate) => candidate.ref === ref)
		if (!record?.summary?.startsWith(translation.translates))
			throw new Error(`Demo data: the translation of ${ref} no longer matches its text`)
		record.translatedSummary = translation.translatedSummary
		if (translation.translatedDescription) record.translatedDescription = translation.translatedDescription
	}
}
