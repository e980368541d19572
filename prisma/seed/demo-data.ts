// Fictional, deterministic demo data for the hub directory, in the
// interchange format so it goes through the same schema as a real import.
// Every organisation, lab, facility and person here is invented; only the
// place names are real. Websites and e-mail addresses use the reserved
// .example domain, and ORCID iDs use the 0000-0000- block, which ORCID never
// issues, so no demo profile ever points at a real researcher.
//
// Determinism: one seeded PRNG (mulberry32) drives every choice and all dates
// derive from DEMO_REFERENCE_DATE, so two runs produce identical files (tests,
// screenshots and benchmarks depend on that). Change DEMO_SEED to get a
// different but equally valid data set.
import { monthNames } from '../../app/i18n/month-names.ts'
import {
	INTERCHANGE_FORMAT,
	INTERCHANGE_VERSION,
	type ExpertRecord,
	type FacilityRecord,
	type InterchangeFile,
	type LabRecord,
	type OrganizationRecord,
} from '../../app/domain/listings/interchange.ts'
import { orcidCheckCharacter } from '../../app/domain/listings/interchange-fields.ts'
import { codesOf, findTerm, termLabel, type Locale, type VocabularyName } from '../../app/taxonomy/taxonomy.ts'
import { addDemoTranslations } from './demo-translations.ts'

export const DEMO_SEED = 20261101
/** All demo dates are relative to this day, never to the clock. */
export const DEMO_REFERENCE_DATE = '2026-11-01'

// ───────────────────────── randomness ─────────────────────────

/** Small, fast, seedable PRNG with good enough spread for demo data; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0
	return () => {
		state = (state + 0x6d2b79f5) >>> 0
		let t = state
		t = Math.imul(t ^ (t >>> 15), t | 1)
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296
	}
}

class Random {
	constructor(private readonly next: () => number) {}

	float(): number {
		return this.next()
	}

	/** Integer in [min, max], both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1))
	}

	chance(probability: number): boolean {
		return this.next() < probability
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('pick from an empty list')
		return items[Math.floor(this.next() * items.length)]!
	}

	shuffle<T>(items: readonly T[]): T[] {
		const copy = [...items]
		for (let i = copy.length - 1; i > 0; i--) {
			const j = Math.floor(this.next() * (i + 1))
			;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
		}
		return copy
	}

	sample<T>(items: readonly T[], count: number): T[] {
		return this.shuffle(items).slice(0, Math.max(0, Math.min(count, items.length)))
	}
}

// ───────────────────────── wording helpers ─────────────────────────

function unique<T>(values: readonly T[]): T[] {
	return [...new Set(values)]
}

function joinList(items: readonly string[], locale: Locale): string {
	if (items.length <= 1) return items[0] ?? ''
	return `${items.slice(0, -1).join(', ')} ${locale === 'sv' ? 'och' : 'and'} ${items.at(-1)}`
}

/** "Process development" reads "process development" mid-sentence; "GMP manufacturing" and "Qualified Person" keep their capitals. */
function midSentence(label: string): string {
	const [first, second] = label.split(' ')
	if (!first || !/^\p{Lu}\p{Ll}/u.test(first) || (second && /^\p{Lu}\p{Ll}/u.test(second))) return label
	return label[0]!.toLocaleLowerCase('sv') + label.slice(1)
}

function labelOf(vocabulary: VocabularyName, code: string, locale: Locale): string {
	return midSentence(termLabel(vocabulary, code, locale))
}

// The taxonomy mixes English and Swedish synonyms without marking which is which;
// English demo text should not suddenly say "(kvalitetskontroll)".
const SWEDISH_LOOKING =
	/[åäö]|celler\b|cellterapi|vaccin\b|gensax|exosomer|tillverkning|kontroll|aferes|uthyrning|utbildning|finansiering|adenoassocierat|prövning|teknik\b|cytometri/i

/** A label followed by a short synonym people search for, e.g. "lentiviral vectors (LVV)". */
function labelWithSynonym(random: Random, vocabulary: VocabularyName, code: string, locale: Locale): string {
	const label = labelOf(vocabulary, code, locale)
	if (label.includes('(')) return label
	const synonyms = (findTerm(vocabulary, code)?.synonyms ?? []).filter(
		(synonym) =>
			synonym.length <= 24 &&
			!label.toLowerCase().includes(synonym.toLowerCase()) &&
			(locale === 'sv' || !SWEDISH_LOOKING.test(synonym)),
	)
	return synonyms.length > 0 && random.chance(0.7) ? `${label} (${random.pick(synonyms)})` : label
}

function labelsOf(
	random: Random,
	vocabulary: VocabularyName,
	codes: readonly string[],
	locale: Locale,
	withSynonyms = true,
) {
	return joinList(
		codes.map((code) =>
			withSynonyms ? labelWithSynonym(random, vocabulary, code, locale) : labelOf(vocabulary, code, locale),
		),
		locale,
	)
}

function phaseSpan(phases: readonly string[], locale: Locale): string {
	// Swedish writes "fas II" in running text; English keeps "Phase II".
	const phaseLabel = (code: string) => {
		const label = labelOf('phases', code, locale)
		return locale === 'sv' ? label.charAt(0).toLocaleLowerCase('sv') + label.slice(1) : label
	}
	const first = phaseLabel(phases[0] ?? 'discovery')
	const last = phaseLabel(phases.at(-1) ?? 'discovery')
	if (first === last) return locale === 'sv' ? `i skedet ${first}` : `at the ${first} stage`
	return locale === 'sv' ? `från ${first} till ${last}` : `from ${first} to ${last}`
}

/** Cuts at a word boundary; the schema's limits are hard, the templates only usually short. */
function clip(text: string, max: number): string {
	if (text.length <= max) return text
	const cut = text.slice(0, max - 1)
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[,;:\s–-]+$/, '')}…`
}

function sentences(...parts: Array<string | false | undefined>): string {
	return parts.filter((part): part is string => Boolean(part)).join(' ')
}

function monthYear(isoDate: string, locale: Locale): string {
	const [year, month] = isoDate.split('-')
	return `${monthNames(locale)[Number(month) - 1]} ${year}`
}

function phaseRange(from: string, to: string): string[] {
	const phases = codesOf('phases')
	return phases.slice(phases.indexOf(from), phases.indexOf(to) + 1)
}

function slugForDomain(name: string): string {
	return name
		.toLowerCase()
		.replace(/\b(ab|oy|as|aps|ltd)\b/g, '')
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/ø/g, 'o')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
}

// ───────────────────────── focus areas ─────────────────────────

interface Focus {
	modalities: string[]
	services: string[]
	phases: [string, string]
	/** Free-text techniques and expertise tags. */
	tags: string[]
	/** One sentence about what makes this kind of provider useful, per language. */
	flavour: Record<Locale, string[]>
	labTopic: Record<Locale, string>
	expertTitles: Record<Locale, string[]>
}

const focuses = {
	'car-t': {
		modalities: ['car-t', 'lentiviral'],
		services: ['process-development', 'gmp-manufacturing'],
		phases: ['preclinical', 'phase-2'],
		tags: [
			'CAR design',
			'T-cell activation',
			'lentiviral transduction',
			'closed-system manufacturing',
			'cytotoxicity assays',
			'flow cytometry',
		],
		flavour: {
			en: [
				'Our autologous CAR-T process runs in closed systems, from leukapheresis material to a cryopreserved drug product, and is ready for tech transfer to a GMP partner.',
				'We are preparing a phase I CAR-T trial and look for partners for GMP-grade lentiviral vector supply.',
			],
			sv: [
				'Vår autologa CAR-T-process körs i slutna system, från aferesmaterial till fryst läkemedelsprodukt, och är redo för tekniköverföring till en GMP-partner.',
				'Vi förbereder en klinisk prövning i fas I med CAR-T-celler och söker partner för lentivirala vektorer av GMP-kvalitet.',
			],
		},
		labTopic: { en: 'CAR-T Cell Engineering', sv: 'CAR-T-cellsteknik' },
		expertTitles: {
			en: [
				'Associate Professor, Cell Therapy',
				'Principal Scientist, CAR-T Engineering',
				'Head of Process Development, Cell Therapy',
			],
			sv: ['Docent i cellterapi', 'Forskningschef, CAR-T', 'Processutvecklingschef, cellterapi'],
		},
	},
	lvv: {
		modalities: ['lentiviral', 'car-t'],
		services: ['viral-vector-production', 'process-development', 'qc-testing'],
		phases: ['preclinical', 'phase-2'],
		tags: [
			'lentiviral vector production',
			'transient transfection',
			'HEK293 suspension culture',
			'vector titration',
			'ddPCR',
			'downstream purification',
		],
		flavour: {
			en: [
				'We produce GMP-grade lentiviral vectors (LVV) for CAR-T and gene-modified cell programmes, with release testing and certificates of analysis included.',
				'Lentivirus production runs at 50 L scale in suspension HEK293 cells, with functional titre and VCN assays done in-house.',
			],
			sv: [
				'Vi tillverkar lentivirala vektorer (LVV) av GMP-kvalitet för CAR-T och andra genmodifierade celler, med frisläppningstester och analyscertifikat.',
				'Produktionen av lentivirus sker i 50 liters skala i suspensionsodlade HEK293-celler, och titer samt VCN mäts i eget labb.',
			],
		},
		labTopic: { en: 'Lentiviral Vector Biology', sv: 'lentivirala vektorer' },
		expertTitles: {
			en: ['Director, Viral Vector Manufacturing', 'Senior Scientist, Lentiviral Vectors', 'Vector Process Engineer'],
			sv: ['Chef för vektortillverkning', 'Forskare, lentivirala vektorer', 'Processingenjör, virala vektorer'],
		},
	},
	aav: {
		modalities: ['aav', 'gene-editing'],
		services: ['viral-vector-production', 'analytical-development'],
		phases: ['discovery', 'phase-2'],
		tags: [
			'AAV capsid engineering',
			'triple transfection',
			'empty/full capsid analysis',
			'AUC',
			'potency assays',
			'in vivo biodistribution',
		],
		flavour: {
			en: [
				'We develop AAV gene therapy vectors, from capsid screening to rAAV production with empty/full ratio analytics for first-in-human studies.',
				'Our adeno-associated virus platform covers research-grade and GMP-ready AAV production for rare disease programmes.',
			],
			sv: [
				'Vi utvecklar AAV-vektorer för genterapi, från kapsidscreening till produktion av rAAV med analys av tomma och fulla kapsider inför första studien i människa.',
				'Vår plattform för adenoassocierat virus omfattar AAV-produktion i forskningskvalitet och GMP-förberedd tillverkning för sällsynta sjukdomar.',
			],
		},
		labTopic: { en: 'AAV Capsid Engineering', sv: 'AAV-kapsidutveckling' },
		expertTitles: {
			en: ['Professor of Gene Therapy', 'Head of AAV Analytics', 'Senior Scientist, AAV Vectors'],
			sv: ['Professor i genterapi', 'Chef för AAV-analys', 'Forskare, AAV-vektorer'],
		},
	},
	nk: {
		modalities: ['nk', 'car-nk'],
		services: ['process-development', 'cell-analytics'],
		phases: ['discovery', 'phase-1'],
		tags: [
			'NK cell expansion',
			'feeder-free culture',
			'killing assays',
			'mass cytometry',
			'cryopreservation of NK cells',
		],
		flavour: {
			en: [
				'We expand natural killer cells from cord blood and peripheral blood for off-the-shelf, allogeneic NK cell therapy.',
			],
			sv: [
				'Vi expanderar NK-celler från navelsträngsblod och perifert blod för allogen NK-cellterapi som kan lagerhållas.',
			],
		},
		labTopic: { en: 'NK Cell Immunotherapy', sv: 'NK-cellsimmunterapi' },
		expertTitles: {
			en: ['Assistant Professor, NK Cell Biology', 'Senior Researcher, Innate Immunity'],
			sv: ['Biträdande lektor, NK-cellbiologi', 'Forskare, medfödd immunitet'],
		},
	},
	'car-nk': {
		modalities: ['car-nk', 'nk', 'gene-editing'],
		services: ['process-development', 'preclinical'],
		phases: ['discovery', 'preclinical'],
		tags: ['CAR-NK engineering', 'retroviral transduction', 'xenograft models', 'cytokine armouring'],
		flavour: {
			en: [
				'Our CAR-NK programme combines CRISPR knock-outs with cytokine armouring to improve persistence in solid tumours.',
			],
			sv: [
				'Vårt CAR-NK-program kombinerar CRISPR-knockouts med cytokinförstärkning för bättre persistens i solida tumörer.',
			],
		},
		labTopic: { en: 'CAR-NK Therapeutics', sv: 'CAR-NK-terapier' },
		expertTitles: { en: ['Group Leader, CAR-NK Cells'], sv: ['Gruppledare, CAR-NK-celler'] },
	},
	'tcr-til': {
		modalities: ['tcr-t', 'til'],
		services: ['gmp-manufacturing', 'clinical-trial-site'],
		phases: ['preclinical', 'phase-2'],
		tags: ['TCR discovery', 'neoantigen screening', 'TIL expansion', 'rapid expansion protocol', 'tumour digestion'],
		flavour: {
			en: [
				'We grow tumour-infiltrating lymphocytes and TCR-engineered T cells for patients with melanoma and other solid tumours.',
			],
			sv: [
				'Vi odlar tumörinfiltrerande lymfocyter och TCR-modifierade T-celler för patienter med melanom och andra solida tumörer.',
			],
		},
		labTopic: { en: 'TCR and TIL Immunotherapy', sv: 'TCR- och TIL-immunterapi' },
		expertTitles: {
			en: ['Consultant Oncologist, Cell Therapy', 'Senior Scientist, TCR Discovery'],
			sv: ['Överläkare, onkologi och cellterapi', 'Forskare, TCR-upptäckt'],
		},
	},
	treg: {
		modalities: ['treg'],
		services: ['preclinical', 'analytical-development'],
		phases: ['discovery', 'phase-1'],
		tags: ['Treg isolation', 'FOXP3 stability', 'suppression assays', 'autoimmunity models', 'GMP cell sorting'],
		flavour: {
			en: [
				'We develop regulatory T cells (Tregs) for type 1 diabetes and transplant tolerance, including potency assays that regulators accept.',
			],
			sv: [
				'Vi utvecklar regulatoriska T-celler (Treg) för typ 1-diabetes och transplantationstolerans, med potensanalyser som håller regulatoriskt.',
			],
		},
		labTopic: { en: 'Regulatory T Cell Biology', sv: 'regulatoriska T-celler' },
		expertTitles: { en: ['Associate Professor, Immunoregulation'], sv: ['Docent i immunreglering'] },
	},
	dendritic: {
		modalities: ['dendritic', 'oncolytic-virus'],
		services: ['gmp-manufacturing', 'analytical-development'],
		phases: ['preclinical', 'phase-2'],
		tags: ['monocyte-derived DC', 'DC vaccine manufacturing', 'antigen loading', 'ELISpot', 'immune monitoring'],
		flavour: {
			en: [
				'Our dendritic cell vaccines are made from monocytes in a two-day process and combined with oncolytic viruses in trials.',
			],
			sv: [
				'Våra dendritcellsvacciner tillverkas från monocyter i en tvådagarsprocess och kombineras med onkolytiska virus i studier.',
			],
		},
		labTopic: { en: 'Dendritic Cell Vaccines', sv: 'dendritcellsvacciner' },
		expertTitles: { en: ['Senior Lecturer, Tumour Immunology'], sv: ['Universitetslektor, tumörimmunologi'] },
	},
	msc: {
		modalities: ['msc', 'ev'],
		services: ['cell-banking', 'process-development'],
		phases: ['preclinical', 'phase-2'],
		tags: ['MSC expansion', 'bioreactor culture', 'immunomodulation assays', 'cell banking', 'karyotyping'],
		flavour: {
			en: [
				'We expand mesenchymal stromal cells in hollow-fibre bioreactors and keep GMP master and working cell banks for allogeneic products.',
			],
			sv: [
				'Vi expanderar mesenkymala stromaceller i bioreaktorer och har GMP-cellbanker (MCB och WCB) för allogena produkter.',
			],
		},
		labTopic: { en: 'Mesenchymal Stromal Cell Therapy', sv: 'mesenkymala stromaceller' },
		expertTitles: {
			en: ['Professor of Regenerative Medicine', 'Senior Scientist, MSC Manufacturing'],
			sv: ['Professor i regenerativ medicin', 'Forskare, MSC-tillverkning'],
		},
	},
	hsc: {
		modalities: ['hsc', 'gene-editing'],
		services: ['donor-material', 'clinical-trial-site'],
		phases: ['phase-1', 'phase-3'],
		tags: ['HSCT', 'CD34 selection', 'engraftment analysis', 'gene-corrected HSC', 'apheresis'],
		flavour: {
			en: [
				'We run stem cell transplantation and gene-corrected HSC trials, with apheresis, CD34 selection and long-term follow-up on site.',
			],
			sv: [
				'Vi genomför stamcellstransplantationer och studier med genkorrigerade blodstamceller, med aferes, CD34-selektion och långtidsuppföljning på plats.',
			],
		},
		labTopic: { en: 'Haematopoietic Stem Cell Gene Therapy', sv: 'blodstamcellsgenterapi' },
		expertTitles: {
			en: ['Consultant Haematologist', 'Professor of Haematology'],
			sv: ['Överläkare, hematologi', 'Professor i hematologi'],
		},
	},
	ipsc: {
		modalities: ['ipsc', 'esc'],
		services: ['cell-banking', 'process-development'],
		phases: ['discovery', 'preclinical'],
		tags: ['iPSC reprogramming', 'hESC differentiation', 'organoids', 'genetic stability testing', 'clone selection'],
		flavour: {
			en: [
				'We reprogramme clinical-grade iPSC lines and differentiate iPS and embryonic stem cells into beta cells, neurons and retinal cells.',
			],
			sv: [
				'Vi tar fram iPS-cellinjer av klinisk kvalitet och differentierar iPS-celler och embryonala stamceller till betaceller, nervceller och näthinneceller.',
			],
		},
		labTopic: { en: 'Pluripotent Stem Cell Differentiation', sv: 'pluripotenta stamceller' },
		expertTitles: { en: ['Group Leader, Stem Cell Biology'], sv: ['Gruppledare, stamcellsbiologi'] },
	},
	tissue: {
		modalities: ['tissue-engineered'],
		services: ['preclinical', 'process-development'],
		phases: ['discovery', 'phase-1'],
		tags: ['3D bioprinting', 'decellularised scaffolds', 'cartilage repair', 'biomaterials', 'mechanical testing'],
		flavour: {
			en: [
				'We design tissue-engineered products on biodegradable scaffolds and 3D bioprinting, with cartilage and skin as lead indications.',
			],
			sv: [
				'Vi utvecklar vävnadstekniska produkter på nedbrytbara stödstrukturer och med 3D-bioprinting, med brosk och hud som första indikationer.',
			],
		},
		labTopic: { en: 'Tissue Engineering and Bioprinting', sv: 'vävnadsteknik och bioprinting' },
		expertTitles: { en: ['Professor of Biomaterials'], sv: ['Professor i biomaterial'] },
	},
	ev: {
		modalities: ['ev', 'msc'],
		services: ['analytical-development', 'process-development'],
		phases: ['discovery', 'preclinical'],
		tags: [
			'EV isolation',
			'tangential flow filtration',
			'nanoparticle tracking analysis',
			'exosome loading',
			'proteomics',
		],
		flavour: {
			en: [
				'We isolate extracellular vesicles (exosomes) at scale by tangential flow filtration and characterise them by NTA and proteomics.',
			],
			sv: [
				'Vi isolerar extracellulära vesiklar (exosomer) i större skala med tangentiell flödesfiltrering och karakteriserar dem med NTA och proteomik.',
			],
		},
		labTopic: { en: 'Extracellular Vesicle Therapeutics', sv: 'extracellulära vesiklar' },
		expertTitles: { en: ['Senior Researcher, Extracellular Vesicles'], sv: ['Forskare, extracellulära vesiklar'] },
	},
	oncolytic: {
		modalities: ['oncolytic-virus'],
		services: ['viral-vector-production', 'preclinical'],
		phases: ['preclinical', 'phase-1'],
		tags: ['oncolytic adenovirus', 'virus armouring', 'plaque assays', 'syngeneic tumour models'],
		flavour: {
			en: [
				'Our armed oncolytic viruses carry immune-stimulating transgenes and are tested in syngeneic tumour models before GMP production.',
			],
			sv: [
				'Våra beväpnade onkolytiska virus bär immunstimulerande transgener och testas i syngena tumörmodeller före GMP-produktion.',
			],
		},
		labTopic: { en: 'Oncolytic Virotherapy', sv: 'onkolytisk virusterapi' },
		expertTitles: { en: ['Associate Professor, Virology'], sv: ['Docent i virologi'] },
	},
	'gene-editing': {
		modalities: ['gene-editing', 'hsc'],
		services: ['analytical-development', 'cell-analytics'],
		phases: ['discovery', 'phase-1'],
		tags: [
			'CRISPR screening',
			'base editing',
			'prime editing',
			'off-target analysis',
			'GUIDE-seq',
			'single-cell RNA sequencing',
		],
		flavour: {
			en: [
				'We apply CRISPR-Cas9, base and prime editing to cell therapies and map off-target edits with GUIDE-seq and long-read sequencing.',
			],
			sv: [
				'Vi använder CRISPR-Cas9, basredigering och prime editing i cellterapier och kartlägger oönskade redigeringar med GUIDE-seq och långläsande sekvensering.',
			],
		},
		labTopic: { en: 'Genome Editing', sv: 'geneditering' },
		expertTitles: {
			en: ['Assistant Professor, Genome Engineering', 'Senior Scientist, CRISPR Technologies'],
			sv: ['Biträdande lektor, geneditering', 'Forskare, CRISPR-teknik'],
		},
	},
	qc: {
		modalities: ['car-t', 'aav', 'lentiviral'],
		services: ['qc-testing', 'analytical-development', 'cell-analytics'],
		phases: ['phase-1', 'commercial'],
		tags: [
			'sterility testing',
			'mycoplasma PCR',
			'endotoxin testing',
			'vector copy number',
			'method validation',
			'potency assays',
		],
		flavour: {
			en: [
				'Our GMP QC laboratory performs release testing for cell and gene therapies: sterility, mycoplasma, endotoxin, VCN and potency, with results within ten days.',
				'We validate analytical methods and run QC release testing for CAR-T batches and viral vectors under an MPA-inspected quality system.',
			],
			sv: [
				'Vårt GMP-labb för kvalitetskontroll utför frisläppningstester för cell- och genterapier: sterilitet, mykoplasma, endotoxin, VCN och potens, med svar inom tio dagar.',
				'Vi validerar analysmetoder och gör QC- och frisläppningstestning av CAR-T-batcher och virala vektorer i ett kvalitetssystem som inspekterats av Läkemedelsverket.',
			],
		},
		labTopic: { en: 'QC and Release Testing', sv: 'kvalitetskontroll och frisläppning' },
		expertTitles: {
			en: ['Head of Quality Control', 'QC Manager, Cell Therapy'],
			sv: ['Chef för kvalitetskontroll', 'QC-ansvarig, cellterapi'],
		},
	},
	regulatory: {
		modalities: ['car-t', 'aav', 'tissue-engineered'],
		services: ['regulatory', 'qp-release', 'consulting'],
		phases: ['preclinical', 'commercial'],
		tags: [
			'ATMP classification',
			'IMPD writing',
			'scientific advice meetings',
			'hospital exemption',
			'CTA submissions',
			'GMP audits',
		],
		flavour: {
			en: [
				'We guide ATMP developers through classification, scientific advice, clinical trial applications and hospital exemption, and provide QP release.',
			],
			sv: [
				'Vi hjälper ATMP-utvecklare med klassificering, vetenskaplig rådgivning, ansökningar om klinisk prövning och sjukhusundantag, och erbjuder QP-frisläppning.',
			],
		},
		labTopic: { en: 'Regulatory Science', sv: 'regulatorisk vetenskap' },
		expertTitles: {
			en: ['Qualified Person (QP)', 'Regulatory Affairs Consultant', 'Senior Regulatory Strategist'],
			sv: ['Sakkunnig person (QP)', 'Regulatorisk konsult', 'Senior rådgivare, regulatoriska frågor'],
		},
	},
	logistics: {
		modalities: ['car-t', 'hsc'],
		services: ['cryo-logistics', 'donor-material'],
		phases: ['phase-1', 'commercial'],
		tags: ['LN2 dry shippers', 'chain of identity', 'temperature monitoring', 'cryostorage', 'courier qualification'],
		flavour: {
			en: [
				'We move cell therapies vein to vein: apheresis pick-up, cryostorage and LN2 shipping with chain of custody across the Nordics.',
			],
			sv: [
				'Vi hanterar hela kylkedjan för cellterapier: hämtning av aferesmaterial, kryoförvaring och transport i flytande kväve med spårbarhet i hela Norden.',
			],
		},
		labTopic: { en: 'Cryobiology', sv: 'kryobiologi' },
		expertTitles: { en: ['Head of Cold-Chain Logistics'], sv: ['Chef för kylkedjelogistik'] },
	},
	'fill-finish': {
		modalities: ['aav', 'lentiviral', 'msc'],
		services: ['fill-finish', 'gmp-manufacturing', 'qp-release'],
		phases: ['phase-1', 'commercial'],
		tags: ['aseptic filling', 'isolator technology', 'media fills', 'visual inspection', 'cryobags'],
		flavour: {
			en: [
				'Our isolator line does aseptic fill and finish of vectors and cell products in vials and cryobags, with QP batch certification.',
			],
			sv: [
				'Vår isolatorlinje sköter aseptisk fyllning av vektorer och cellprodukter i vialer och kryopåsar, med batchcertifiering av sakkunnig person.',
			],
		},
		labTopic: { en: 'Aseptic Processing', sv: 'aseptisk tillverkning' },
		expertTitles: { en: ['Head of Aseptic Operations'], sv: ['Chef för aseptisk tillverkning'] },
	},
	hospital: {
		modalities: ['car-t', 'hsc', 'msc'],
		services: ['clinical-trial-site', 'gmp-manufacturing', 'donor-material'],
		phases: ['phase-1', 'phase-3'],
		tags: ['hospital exemption', 'apheresis', 'phase I unit', 'patient follow-up', 'GMP cell processing'],
		flavour: {
			en: [
				'Our cell therapy unit manufactures CAR-T cells under the hospital exemption and treats patients in its own phase I unit.',
				'We combine a clinical trial site with a GMP cell processing unit, so apheresis, manufacturing and infusion happen in one building.',
			],
			sv: [
				'Vår cellterapienhet tillverkar CAR-T-celler inom sjukhusundantaget och behandlar patienter på den egna fas I-enheten.',
				'Vi kombinerar en klinisk prövningsenhet med en GMP-enhet för cellberedning, så att aferes, tillverkning och infusion sker i samma hus.',
			],
		},
		labTopic: { en: 'Clinical Cell Therapy', sv: 'klinisk cellterapi' },
		expertTitles: {
			en: ['Consultant Physician, Cellular Therapy', 'Medical Director, Cell Therapy Unit'],
			sv: ['Överläkare, cellterapi', 'Medicinskt ansvarig, cellterapienheten'],
		},
	},
	'clinical-trials': {
		modalities: ['car-t', 'til', 'nk'],
		services: ['clinical-trial-site', 'regulatory'],
		phases: ['phase-1', 'phase-3'],
		tags: ['first-in-human studies', 'patient recruitment', 'cytokine release syndrome management', 'GCP monitoring'],
		flavour: {
			en: [
				'Our phase I unit has run first-in-human ATMP trials since 2019 and recruits patients across the Stockholm region.',
			],
			sv: [
				'Vår fas I-enhet har genomfört studier med ATMP i människa sedan 2019 och rekryterar patienter i hela Stockholmsregionen.',
			],
		},
		labTopic: { en: 'Clinical Trials', sv: 'kliniska prövningar' },
		expertTitles: { en: ['Principal Investigator, Early-Phase Trials'], sv: ['Prövare, tidiga kliniska studier'] },
	},
	donor: {
		modalities: ['hsc', 'nk', 'msc'],
		services: ['donor-material', 'cryo-logistics', 'cell-banking'],
		phases: ['discovery', 'phase-2'],
		tags: ['leukapheresis', 'donor screening', 'biobanking', 'tissue procurement', 'informed consent'],
		flavour: {
			en: [
				'We supply consented donor material: leukapheresis products, cord blood and tissue procurement with full traceability.',
			],
			sv: [
				'Vi levererar donatormaterial med samtycke: aferesprodukter, navelsträngsblod och vävnad med full spårbarhet.',
			],
		},
		labTopic: { en: 'Donor Material and Biobanking', sv: 'donatormaterial och biobanker' },
		expertTitles: { en: ['Biobank Manager'], sv: ['Biobanksansvarig'] },
	},
	process: {
		modalities: ['car-t', 'msc', 'ipsc'],
		services: ['process-development', 'analytical-development', 'training'],
		phases: ['preclinical', 'phase-2'],
		tags: ['scale-up', 'design of experiments', 'automation', 'tech transfer', 'comparability studies'],
		flavour: {
			en: [
				'We take academic protocols to GMP-ready processes: automation, scale-up and technology transfer packages for the manufacturing site.',
			],
			sv: ['Vi gör akademiska protokoll GMP-mässiga: automation, uppskalning och tekniköverföring till tillverkaren.'],
		},
		labTopic: { en: 'Bioprocess Engineering', sv: 'bioprocessteknik' },
		expertTitles: { en: ['Senior Process Engineer'], sv: ['Senior processingenjör'] },
	},
	preclinical: {
		modalities: ['car-t', 'aav', 'oncolytic-virus'],
		services: ['preclinical', 'cell-analytics'],
		phases: ['discovery', 'preclinical'],
		tags: ['xenograft models', 'in vivo imaging', 'GLP toxicology', 'biodistribution', 'humanised mice'],
		flavour: {
			en: [
				'We run efficacy and GLP tox studies in humanised mouse models, with in vivo imaging and biodistribution by qPCR.',
			],
			sv: [
				'Vi genomför effekt- och toxicitetsstudier i humaniserade musmodeller, med bildanalys in vivo och biodistribution med qPCR.',
			],
		},
		labTopic: { en: 'Preclinical Models', sv: 'prekliniska modeller' },
		expertTitles: { en: ['Head of In Vivo Pharmacology'], sv: ['Chef för in vivo-farmakologi'] },
	},
	training: {
		modalities: ['car-t', 'lentiviral', 'aav'],
		services: ['training', 'qc-testing', 'regulatory'],
		phases: ['discovery', 'commercial'],
		tags: ['GMP training', 'aseptic technique', 'cleanroom behaviour', 'data integrity'],
		flavour: {
			en: [
				'We train operators and QC staff for ATMP manufacturing, with hands-on courses in a grade B cleanroom mock-up.',
			],
			sv: [
				'Vi utbildar operatörer och QC-personal för ATMP-tillverkning, med praktiska kurser i en övningsmiljö som motsvarar renrum klass B.',
			],
		},
		labTopic: { en: 'GMP Education', sv: 'GMP-utbildning' },
		expertTitles: { en: ['GMP Trainer'], sv: ['GMP-utbildare'] },
	},
	funding: {
		modalities: ['car-t', 'aav', 'gene-editing'],
		services: ['funding', 'business-development'],
		phases: ['discovery', 'phase-2'],
		tags: ['seed investment', 'due diligence', 'IP strategy', 'syndication'],
		flavour: {
			en: [
				'We invest seed and series A capital in Nordic cell and gene therapy companies and help with IP strategy and licensing.',
			],
			sv: [
				'Vi investerar såddkapital och serie A i nordiska cell- och genterapibolag och stöttar med IP-strategi och licensiering.',
			],
		},
		labTopic: { en: 'Innovation', sv: 'innovation' },
		expertTitles: {
			en: ['Investment Director, Life Science', 'Business Development Lead'],
			sv: ['Investeringsansvarig, life science', 'Affärsutvecklare'],
		},
	},
	network: {
		modalities: ['car-t', 'msc', 'ev'],
		services: ['facility-rental', 'training', 'business-development'],
		phases: ['discovery', 'phase-1'],
		tags: ['incubator programme', 'lab space', 'networking events', 'matchmaking'],
		flavour: {
			en: [
				'We rent lab and cleanroom space to start-ups, run an incubator programme and connect founders with investors and CDMOs.',
			],
			sv: [
				'Vi hyr ut labb- och renrumsytor till nystartade bolag, driver ett inkubatorprogram och kopplar ihop grundare med investerare och CDMO:er.',
			],
		},
		labTopic: { en: 'Innovation Support', sv: 'innovationsstöd' },
		expertTitles: { en: ['Incubator Manager'], sv: ['Inkubatorchef'] },
	},
	agency: {
		modalities: ['car-t', 'tissue-engineered', 'aav'],
		services: ['regulatory', 'funding', 'training'],
		phases: ['discovery', 'commercial'],
		tags: ['innovation funding', 'regional strategy', 'regulatory guidance'],
		flavour: {
			en: [
				'We fund regional ATMP projects, coordinate the hub and answer early regulatory questions from academic developers.',
			],
			sv: [
				'Vi finansierar regionala ATMP-projekt, samordnar hubben och svarar på tidiga regulatoriska frågor från akademiska utvecklare.',
			],
		},
		labTopic: { en: 'Public Innovation', sv: 'offentlig innovation' },
		expertTitles: { en: ['Programme Officer, Life Science'], sv: ['Handläggare, life science'] },
	},
} satisfies Record<string, Focus>

type FocusName = keyof typeof focuses

// ───────────────────────── places ─────────────────────────

const places = {
	Flemingsberg: { lat: 59.219, lng: 17.946, campuses: ['Novum', 'Neo', 'Alfred Nobels allé', 'Flemingsbergs campus'] },
	Huddinge: { lat: 59.2367, lng: 17.9819, campuses: ['Huddinge centrum', 'Kungens kurva', 'Visättra', 'Kästa'] },
	Solna: {
		lat: 59.36,
		lng: 18.0,
		campuses: ['BioClinicum', 'Biomedicum', 'Karolinska Institutet campus Solna', 'Hagastaden'],
	},
	Stockholm: { lat: 59.3293, lng: 18.0686, campuses: ['Hagastaden', 'Albano', 'Kista', 'Norra Djurgårdsstaden'] },
	Södertälje: { lat: 59.1955, lng: 17.6253, campuses: ['Snäckviken', 'Gärtuna'] },
	Uppsala: { lat: 59.8586, lng: 17.6389, campuses: ['BMC', 'Rudbeck', 'Ultuna'] },
} as const

type City = keyof typeof places

// ───────────────────────── organisations ─────────────────────────

type Kind = 'company' | 'cdmo' | 'academic' | 'hospital' | 'core-facility' | 'public-agency' | 'investor' | 'network'

interface OrganizationSeed {
	name: string
	kind: Kind
	city: City
	campus?: string
	focus: FocusName
	founded: number
	/** What the organisation is, where the kind alone ("a biotech company") would mislead. */
	role?: Record<Locale, string>
}

// The first two are the demo users' organisations (prisma/seed/demo-users.ts).
const organizationSeeds: OrganizationSeed[] = [
	{
		name: 'Visättra Cell Therapeutics AB',
		kind: 'company',
		city: 'Flemingsberg',
		campus: 'Novum',
		focus: 'car-t',
		founded: 2021,
	},
	{
		name: 'Grantorp Biologics AB',
		kind: 'cdmo',
		city: 'Flemingsberg',
		campus: 'Alfred Nobels allé',
		focus: 'lvv',
		founded: 2016,
	},
	{
		name: 'Flemingsberg Institute for Regenerative Medicine',
		kind: 'academic',
		city: 'Flemingsberg',
		campus: 'Neo',
		focus: 'msc',
		founded: 2004,
	},
	{
		name: 'Kästa universitetssjukhus',
		kind: 'hospital',
		city: 'Huddinge',
		campus: 'Kästa',
		focus: 'hospital',
		founded: 1972,
	},
	{
		name: 'Novum Cell Analytics Core',
		kind: 'core-facility',
		city: 'Flemingsberg',
		campus: 'Novum',
		focus: 'qc',
		founded: 2012,
	},
	{
		name: 'Glömsta Vector Sciences AB',
		kind: 'company',
		city: 'Huddinge',
		campus: 'Kästa',
		focus: 'aav',
		founded: 2019,
	},
	{
		name: 'Trångsund NK Therapeutics AB',
		kind: 'company',
		city: 'Huddinge',
		campus: 'Huddinge centrum',
		focus: 'nk',
		founded: 2020,
	},
	{
		name: 'Stuvsta Regulatory Partners AB',
		kind: 'company',
		city: 'Stockholm',
		campus: 'Hagastaden',
		focus: 'regulatory',
		founded: 2014,
		role: { en: 'a regulatory consultancy', sv: 'en regulatorisk konsultbyrå' },
	},
	{ name: 'Lissma Ventures AB', kind: 'investor', city: 'Stockholm', focus: 'funding', founded: 2011 },
	{
		name: 'Södertörn ATMP Incubator',
		kind: 'network',
		city: 'Flemingsberg',
		campus: 'Alfred Nobels allé',
		focus: 'network',
		founded: 2018,
	},
	{
		name: 'Fullersta Cryo Logistics AB',
		kind: 'company',
		city: 'Huddinge',
		campus: 'Kungens kurva',
		focus: 'logistics',
		founded: 2017,
		role: { en: 'a cold-chain logistics company', sv: 'ett logistikföretag för kylkedjan' },
	},
	{
		name: 'Snäckviken Biomanufacturing AB',
		kind: 'cdmo',
		city: 'Södertälje',
		campus: 'Snäckviken',
		focus: 'aav',
		founded: 2015,
	},
	{
		name: 'Rudbeck iPSC Platform',
		kind: 'core-facility',
		city: 'Uppsala',
		campus: 'Rudbeck',
		focus: 'ipsc',
		founded: 2013,
	},
	{
		name: 'Mälarregionens ATMP-kansli',
		kind: 'public-agency',
		city: 'Stockholm',
		campus: 'Hagastaden',
		focus: 'agency',
		founded: 2020,
	},
	{
		name: 'Balingsnäs TIL Therapeutics AB',
		kind: 'company',
		city: 'Stockholm',
		campus: 'Hagastaden',
		focus: 'tcr-til',
		founded: 2018,
	},
	{
		name: 'Segeltorp Treg Bio AB',
		kind: 'company',
		city: 'Huddinge',
		campus: 'Visättra',
		focus: 'treg',
		founded: 2022,
	},
	{
		name: 'Orhem Immunotherapies AB',
		kind: 'company',
		city: 'Stockholm',
		campus: 'Kista',
		focus: 'dendritic',
		founded: 2013,
	},
	{ name: 'Vårby EV Sciences AB', kind: 'company', city: 'Huddinge', focus: 'ev', founded: 2021 },
	{ name: 'Skogås Tissue Works AB', kind: 'company', city: 'Huddinge', focus: 'tissue', founded: 2019 },
	{
		name: 'Sjödalen Gene Editing AB',
		kind: 'company',
		city: 'Huddinge',
		campus: 'Huddinge centrum',
		focus: 'gene-editing',
		founded: 2020,
	},
	{
		name: 'Björksätra Oncolytics AB',
		kind: 'company',
		city: 'Stockholm',
		campus: 'Kista',
		focus: 'oncolytic',
		founded: 2016,
	},
	{
		name: 'Flottsbro QC Laboratories AB',
		kind: 'company',
		city: 'Flemingsberg',
		campus: 'Flemingsbergs campus',
		focus: 'qc',
		founded: 2015,
		role: { en: 'a contract QC testing laboratory', sv: 'ett kontraktslaboratorium för QC-testning' },
	},
	{
		name: 'Kungens Kurva Fill & Finish AB',
		kind: 'cdmo',
		city: 'Huddinge',
		campus: 'Kungens kurva',
		focus: 'fill-finish',
		founded: 2018,
	},
	{
		name: 'Centrum för stamcellstransplantation Flemingsberg',
		kind: 'hospital',
		city: 'Flemingsberg',
		campus: 'Neo',
		focus: 'hsc',
		founded: 1992,
	},
	{
		name: 'Hagastaden Institute of Immunotherapy',
		kind: 'academic',
		city: 'Solna',
		campus: 'Biomedicum',
		focus: 'car-t',
		founded: 2009,
	},
	{ name: 'Uppsala Vector Core', kind: 'core-facility', city: 'Uppsala', campus: 'BMC', focus: 'lvv', founded: 2010 },
	{ name: 'Mälarhöjden Life Science Fund', kind: 'investor', city: 'Stockholm', focus: 'funding', founded: 2017 },
	{
		name: 'Nordiskt ATMP-forum',
		kind: 'network',
		city: 'Stockholm',
		campus: 'Albano',
		focus: 'network',
		founded: 2015,
	},
	{
		name: 'Ekerö GMP Academy AB',
		kind: 'company',
		city: 'Stockholm',
		focus: 'training',
		founded: 2012,
		role: { en: 'a GMP training company', sv: 'ett utbildningsföretag inom GMP' },
	},
	{
		name: 'Tullinge Apheresis Services AB',
		kind: 'company',
		city: 'Huddinge',
		focus: 'donor',
		founded: 2016,
		role: { en: 'a supplier of donor material', sv: 'en leverantör av donatormaterial' },
	},
	{
		name: 'Alby Bioprocess Engineering AB',
		kind: 'company',
		city: 'Södertälje',
		campus: 'Gärtuna',
		focus: 'process',
		founded: 2014,
		role: { en: 'a process development consultancy', sv: 'en konsultbyrå för processutveckling' },
	},
	{ name: 'Gärtuna Cell Banking AB', kind: 'cdmo', city: 'Södertälje', campus: 'Gärtuna', focus: 'msc', founded: 2012 },
	{
		name: 'Biomedicum Single-Cell Core',
		kind: 'core-facility',
		city: 'Solna',
		campus: 'Biomedicum',
		focus: 'gene-editing',
		founded: 2016,
	},
	{
		name: 'Flemingsberg Preclinical Imaging Core',
		kind: 'core-facility',
		city: 'Flemingsberg',
		campus: 'Neo',
		focus: 'preclinical',
		founded: 2011,
	},
	{
		name: 'Södertörns tekniska institut',
		kind: 'academic',
		city: 'Flemingsberg',
		campus: 'Flemingsbergs campus',
		focus: 'tissue',
		founded: 1999,
	},
	{
		name: 'Huddinge Life Science-enhet',
		kind: 'public-agency',
		city: 'Huddinge',
		campus: 'Huddinge centrum',
		focus: 'agency',
		founded: 2016,
	},
	{
		name: 'Kästa fas I-enhet',
		kind: 'hospital',
		city: 'Huddinge',
		campus: 'Kästa',
		focus: 'clinical-trials',
		founded: 2008,
	},
	{
		name: 'Fjellheim Gene Therapy AS',
		kind: 'company',
		city: 'Solna',
		campus: 'Hagastaden',
		focus: 'aav',
		founded: 2017,
	},
	{ name: 'Saimaa Cell Oy', kind: 'company', city: 'Solna', campus: 'BioClinicum', focus: 'nk', founded: 2019 },
	{ name: 'Øresund CAR-NK ApS', kind: 'company', city: 'Solna', campus: 'Hagastaden', focus: 'car-nk', founded: 2021 },
	{
		name: 'Vega Biotech Angels',
		kind: 'investor',
		city: 'Stockholm',
		campus: 'Norra Djurgårdsstaden',
		focus: 'funding',
		founded: 2013,
	},
	{
		name: 'Norrviken Institute for Haematology',
		kind: 'academic',
		city: 'Stockholm',
		campus: 'Albano',
		focus: 'hsc',
		founded: 1995,
	},
	{
		name: 'Hagastaden Biobank Consortium',
		kind: 'core-facility',
		city: 'Solna',
		campus: 'BioClinicum',
		focus: 'donor',
		founded: 2008,
	},
	{
		name: 'Mälardalens ATMP-kluster',
		kind: 'network',
		city: 'Södertälje',
		campus: 'Snäckviken',
		focus: 'network',
		founded: 2019,
	},
	{ name: 'Innovationsverket Syd', kind: 'public-agency', city: 'Flemingsberg', focus: 'agency', founded: 2010 },
	{
		name: 'Fyrisån Institute of Gene Therapy',
		kind: 'academic',
		city: 'Uppsala',
		campus: 'BMC',
		focus: 'aav',
		founded: 2006,
	},
	{
		name: 'Flemingsberg Seed Partners AB',
		kind: 'investor',
		city: 'Flemingsberg',
		campus: 'Novum',
		focus: 'funding',
		founded: 2020,
	},
	{
		name: 'Nobels allé Coworking Labs',
		kind: 'network',
		city: 'Flemingsberg',
		campus: 'Alfred Nobels allé',
		focus: 'network',
		founded: 2022,
	},
]

const kindPhrase: Record<Kind, Record<Locale, string>> = {
	company: { en: 'a biotech company', sv: 'ett bioteknikföretag' },
	cdmo: { en: 'a contract development and manufacturing organisation (CDMO)', sv: 'en kontraktstillverkare (CDMO)' },
	academic: { en: 'an academic research institute', sv: 'ett akademiskt forskningsinstitut' },
	hospital: { en: 'a university hospital unit', sv: 'en enhet inom universitetssjukvården' },
	'core-facility': { en: 'a shared core facility', sv: 'en gemensam kärnfacilitet' },
	'public-agency': { en: 'a regional public agency', sv: 'en regional myndighet' },
	investor: { en: 'a life-science investor', sv: 'en investerare inom life science' },
	network: { en: 'a cluster and incubator network', sv: 'ett kluster och en inkubator' },
}

const kindShort: Record<Kind, Record<Locale, string>> = {
	company: { en: 'Biotech company', sv: 'Bioteknikföretag' },
	cdmo: { en: 'CDMO', sv: 'CDMO' },
	academic: { en: 'Academic institute', sv: 'Akademiskt institut' },
	hospital: { en: 'Hospital unit', sv: 'Sjukhusenhet' },
	'core-facility': { en: 'Core facility', sv: 'Kärnfacilitet' },
	'public-agency': { en: 'Public agency', sv: 'Myndighet' },
	investor: { en: 'Investor', sv: 'Investerare' },
	network: { en: 'Cluster & incubator', sv: 'Kluster och inkubator' },
}

/** A focus's codes plus a little variety, so no two providers look cloned. */
function codesFor(random: Random, focus: Focus, extraModalities: number, extraServices: number) {
	const modalities = unique([...focus.modalities, ...random.sample(codesOf('modalities'), extraModalities)])
	const services = unique([...focus.services, ...random.sample(codesOf('services'), extraServices)])
	return { modalities, services, phases: phaseRange(...focus.phases) }
}

function organizationText(random: Random, seed: OrganizationSeed, codes: ReturnType<typeof codesFor>, locale: Locale) {
	const focus: Focus = focuses[seed.focus]
	const where = seed.campus ? `${seed.campus}, ${seed.city}` : seed.city
	const what = seed.role ?? kindPhrase[seed.kind]
	const modalities = labelsOf(random, 'modalities', codes.modalities.slice(0, 3), locale)
	const services = labelsOf(random, 'services', codes.services.slice(0, 3), locale)
	const span = phaseSpan(codes.phases, locale)
	if (locale === 'sv') {
		const intro = random.pick([
			`${seed.name} är ${what.sv} med bas i ${where}.`,
			`${seed.name} grundades ${seed.founded} och är ${what.sv} i ${seed.city}.`,
			`Sedan ${seed.founded} är ${seed.name} ${what.sv} på ${seed.campus ?? seed.city}.`,
		])
		const work = random.pick([
			`Vi arbetar med ${modalities} och erbjuder ${services} för projekt ${span}.`,
			`Fokus ligger på ${modalities}. Till våra tjänster hör ${services}, för projekt ${span}.`,
			`Vår verksamhet omfattar ${modalities}, och vi erbjuder ${services} ${span}.`,
		])
		const closing = random.pick([
			'Vi tar gärna emot förfrågningar från företag och forskargrupper i Stockholmsregionen.',
			'Kontakta oss för samarbeten, uppdrag eller ett studiebesök.',
			'Vi är en del av ATMP-hubben i Flemingsberg och samarbetar med både akademi och industri.',
		])
		return {
			summary: clip(
				`${kindShort[seed.kind].sv} i ${seed.city} inom ${labelsOf(random, 'modalities', codes.modalities.slice(0, 2), 'sv', false)}: ${labelsOf(random, 'services', codes.services.slice(0, 2), 'sv', false)}.`,
				280,
			),
			description: [intro, work, random.pick(focus.flavour.sv), closing].join('\n\n'),
		}
	}
	const intro = random.pick([
		`${seed.name} is ${what.en} based at ${where}.`,
		`Founded in ${seed.founded}, ${seed.name} is ${what.en} in ${seed.city}.`,
		`${seed.name} is ${what.en} working out of ${seed.campus ?? seed.city} since ${seed.founded}.`,
	])
	const work = random.pick([
		`We work with ${modalities} and offer ${services} for projects ${span}.`,
		`Our focus is ${modalities}. Services include ${services}, supporting programmes ${span}.`,
		`The team covers ${modalities}, with ${services} available to partners ${span}.`,
	])
	const closing = random.pick([
		'We welcome enquiries from start-ups and research groups in the Stockholm region.',
		'Get in touch for collaborations, service projects or a site visit.',
		'We are part of the Flemingsberg ATMP hub and work with academia and industry alike.',
	])
	return {
		summary: clip(
			`${kindShort[seed.kind].en} in ${seed.city} for ${labelsOf(random, 'modalities', codes.modalities.slice(0, 2), 'en', false)}: ${labelsOf(random, 'services', codes.services.slice(0, 2), 'en', false)}.`,
			280,
		),
		description: [intro, work, random.pick(focus.flavour.en), closing].join('\n\n'),
	}
}

function buildOrganizations(random: Random): OrganizationRecord[] {
	return organizationSeeds.map((seed, index) => {
		const focus: Focus = focuses[seed.focus]
		const codes = codesFor(random, focus, random.int(0, 1), random.int(0, 2))
		const locale: Locale = random.chance(0.4) ? 'sv' : 'en'
		const text = organizationText(random, seed, codes, locale)
		const place = places[seed.city]
		const domain = `${slugForDomain(seed.name)}.example`
		const record: OrganizationRecord = {
			ref: `org-${String(index + 1).padStart(4, '0')}`,
			name: seed.name,
			kind: seed.kind,
			summary: text.summary,
			description: text.description,
			website: `https://www.${domain}`,
			city: seed.city,
			lat: Math.round((place.lat + (random.float() - 0.5) * 0.02) * 10_000) / 10_000,
			lng: Math.round((place.lng + (random.float() - 0.5) * 0.03) * 10_000) / 10_000,
			modalities: codes.modalities,
			services: codes.services,
			phases: codes.phases,
		}
		if (seed.campus) record.campus = seed.campus
		if (random.chance(0.8)) record.email = `${random.pick(['contact', 'info', 'hello', 'kontakt'])}@${domain}`
		if (index < 2 || random.chance(0.45)) record.verified = true
		return record
	})
}

// ───────────────────────── people ─────────────────────────

interface NameGroup {
	first: string[]
	last: string[]
	languages: string[]
	weight: number
}

const nameGroups: NameGroup[] = [
	{
		first: [
			'Anna',
			'Erik',
			'Maja',
			'Johan',
			'Karin',
			'Lars',
			'Sofia',
			'Magnus',
			'Ingrid',
			'Oskar',
			'Elin',
			'Henrik',
			'Linnea',
			'Gustav',
			'Ebba',
			'Fredrik',
			'Sara',
			'Nils',
			'Helena',
			'Mattias',
		],
		last: [
			'Lindqvist',
			'Bergström',
			'Holmberg',
			'Sjöberg',
			'Åkesson',
			'Nyström',
			'Ekström',
			'Wallin',
			'Forsberg',
			'Hedlund',
			'Lundgren',
			'Engström',
			'Söderberg',
			'Dahlgren',
			'Norén',
			'Ahlgren',
			'Viklund',
			'Östlund',
		],
		languages: ['sv', 'en'],
		weight: 10,
	},
	{
		first: ['Aino', 'Mikko', 'Liisa', 'Tuomas', 'Satu'],
		last: ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Laaksonen'],
		languages: ['fi', 'sv', 'en'],
		weight: 2,
	},
	{
		first: ['Ingvild', 'Sindre', 'Kari', 'Håkon'],
		last: ['Solberg', 'Haugen', 'Bakke', 'Eide'],
		languages: ['no', 'en'],
		weight: 2,
	},
	{
		first: ['Mette', 'Rasmus', 'Sofie', 'Anders'],
		last: ['Kjær', 'Mortensen', 'Østergaard', 'Thygesen'],
		languages: ['da', 'en'],
		weight: 1,
	},
	{
		first: ['Katrín', 'Einar', 'Sigrún'],
		last: ['Sigurðardóttir', 'Gunnarsdóttir', 'Jónsdóttir'],
		languages: ['is', 'en'],
		weight: 1,
	},
	{
		first: ['Shirin', 'Dariush', 'Leyla', 'Kaveh'],
		last: ['Ahmadi', 'Rostami', 'Karimi', 'Tehrani'],
		languages: ['fa', 'sv', 'en'],
		weight: 2,
	},
	{
		first: ['Yasmin', 'Omar', 'Rania', 'Karim'],
		last: ['Haddad', 'Nasser', 'Mansour', 'Khalil'],
		languages: ['ar', 'sv', 'en'],
		weight: 2,
	},
	{ first: ['Wei', 'Lin', 'Jia', 'Hao'], last: ['Zhang', 'Chen', 'Liu', 'Wang'], languages: ['zh', 'en'], weight: 2 },
	{
		first: ['Priya', 'Arjun', 'Ananya', 'Rohan'],
		last: ['Sharma', 'Iyer', 'Nair', 'Reddy'],
		languages: ['hi', 'en'],
		weight: 2,
	},
	{
		first: ['Lena', 'Jonas', 'Katharina', 'Tobias'],
		last: ['Becker', 'Hoffmann', 'Vogel', 'Krause'],
		languages: ['de', 'en', 'sv'],
		weight: 2,
	},
	{
		first: ['Agnieszka', 'Piotr', 'Katarzyna', 'Tomasz'],
		last: ['Nowak', 'Wójcik', 'Kaczmarek', 'Mazur'],
		languages: ['pl', 'en'],
		weight: 1,
	},
	{
		first: ['Eleni', 'Nikos', 'Dimitra', 'Yannis'],
		last: ['Georgiou', 'Christodoulou', 'Antoniou'],
		languages: ['el', 'en'],
		weight: 1,
	},
	{
		first: ['Giulia', 'Marco', 'Chiara', 'Luca'],
		last: ['Conti', 'Greco', 'Rinaldi', 'Marchetti'],
		languages: ['it', 'en'],
		weight: 1,
	},
	{
		first: ['Lucía', 'Javier', 'Carmen', 'Diego'],
		last: ['Navarro', 'Ortega', 'Castillo', 'Romero'],
		languages: ['es', 'en'],
		weight: 1,
	},
	{
		first: ['Elif', 'Emre', 'Zeynep', 'Burak'],
		last: ['Yılmaz', 'Demir', 'Aydın', 'Kaya'],
		languages: ['tr', 'sv', 'en'],
		weight: 1,
	},
	{
		first: ['Hodan', 'Abdi', 'Amina', 'Mahad'],
		last: ['Warsame', 'Farah', 'Osman', 'Jama'],
		languages: ['so', 'sv', 'en'],
		weight: 1,
	},
	{
		first: ['Yuki', 'Haruto', 'Aiko', 'Kenji'],
		last: ['Tanaka', 'Nakamura', 'Kobayashi', 'Mori'],
		languages: ['ja', 'en'],
		weight: 1,
	},
	{
		first: ['Chiamaka', 'Kwame', 'Adaeze', 'Kofi'],
		last: ['Okafor', 'Mensah', 'Adeyemi', 'Boateng'],
		languages: ['en', 'sv'],
		weight: 1,
	},
	{
		first: ['Beatriz', 'Rafael', 'Mariana'],
		last: ['Almeida', 'Carvalho', 'Ferreira'],
		languages: ['pt', 'en'],
		weight: 1,
	},
]

interface Person {
	first: string
	name: string
	languages: string[]
	swedishSpeaker: boolean
}

/** Hands out distinct invented people, weighted towards Swedish names as in the region. */
function peopleFactory(random: Random) {
	const used = new Set<string>()
	const weighted = nameGroups.flatMap((group) => Array.from({ length: group.weight }, () => group))
	return (): Person => {
		for (;;) {
			const group = random.pick(weighted)
			const first = random.pick(group.first)
			const name = `${first} ${random.pick(group.last)}`
			if (used.has(name)) continue
			used.add(name)
			return { first, name, languages: group.languages, swedishSpeaker: group.languages.includes('sv') }
		}
	}
}

/** A valid ORCID iD in the 0000-0000- block, which ORCID does not issue. */
function fictionalOrcid(random: Random): string {
	const digits = `00000000${String(random.int(0, 9_999_999)).padStart(7, '0')}`
	const full = `${digits}${orcidCheckCharacter(digits)}`
	return full.match(/.{4}/g)!.join('-')
}

/** Organisations that share a modality with a focus area, so a lab or expert sits somewhere plausible. */
function related(organizations: OrganizationRecord[], focus: Focus): OrganizationRecord[] {
	const matching = organizations.filter((org) => org.modalities.some((code) => focus.modalities.includes(code)))
	return matching.length > 0 ? matching : organizations
}

// ───────────────────────── labs ─────────────────────────

// Hosts are academic, hospital and core-facility organisations plus a few companies with research groups.
const labFocusRotation: FocusName[] = [
	'car-t',
	'lvv',
	'aav',
	'nk',
	'tcr-til',
	'treg',
	'dendritic',
	'msc',
	'hsc',
	'ipsc',
	'tissue',
	'ev',
	'oncolytic',
	'gene-editing',
	'car-nk',
	'preclinical',
	'qc',
	'car-t',
	'lvv',
	'aav',
	'hsc',
	'regulatory',
	'process',
	'donor',
	'hospital',
	'msc',
]

const labNamePatterns: Record<Locale, Array<(topic: string, lead: Person) => string>> = {
	en: [
		(topic) => `${topic} Group`,
		(topic) => `Laboratory of ${topic}`,
		(topic) => `${topic} Lab`,
		(topic, lead) => `${lead.name.split(' ').at(-1)} Lab for ${topic}`,
	],
	sv: [
		(topic) => `Forskargruppen för ${topic}`,
		(topic) => `Labbet för ${topic}`,
		(topic, lead) => `${lead.name.split(' ').at(-1)}s grupp för ${topic}`,
	],
}

function buildLabs(random: Random, organizations: OrganizationRecord[], nextPerson: () => Person): LabRecord[] {
	const hosts = organizations.filter(
		(org) =>
			['academic', 'hospital', 'core-facility'].includes(org.kind) ||
			['org-0001', 'org-0006', 'org-0038'].includes(org.ref),
	)
	const names = new Set<string>()
	return labFocusRotation.map((focusName, index) => {
		const focus: Focus = focuses[focusName]
		const host = random.pick(related(hosts, focus))
		const lead = nextPerson()
		const locale: Locale = lead.swedishSpeaker && random.chance(0.45) ? 'sv' : 'en'
		let name = random.pick(labNamePatterns[locale])(focus.labTopic[locale], lead)
		if (names.has(name)) name = `${name}, ${host.campus ?? host.city}`
		names.add(name)
		const codes = codesFor(random, focus, random.int(0, 1), random.int(0, 1))
		const techniques = random.sample(focus.tags, random.int(2, 4))
		const accepts = random.chance(0.9) ? random.chance(0.75) : undefined
		const rank = random.pick(['Prof.', 'Dr.', 'Assoc. Prof.'])
		const modalities = labelsOf(random, 'modalities', codes.modalities, locale)
		const services = labelsOf(random, 'services', codes.services, locale, false)
		const span = phaseSpan(codes.phases, locale)
		const text =
			locale === 'sv'
				? {
						summary: clip(
							`Forskargrupp vid ${host.name} som arbetar med ${labelsOf(random, 'modalities', codes.modalities.slice(0, 2), 'sv', false)} ${span}.`,
							280,
						),
						description: [
							sentences(
								`Gruppen leds av ${lead.name} och är en del av ${host.name}.`,
								`Vi forskar på ${modalities} och bidrar med ${services} i projekt ${span}.`,
							),
							random.pick(focus.flavour.sv),
							sentences(
								`Metoder i labbet: ${joinList(techniques, 'sv')}.`,
								accepts === true && 'Vi tar gärna emot externa projekt och uppdrag från företag.',
								accepts === false && 'Just nu tar vi inte emot externa projekt, men hör gärna av dig om samarbeten.',
							),
						].join('\n\n'),
					}
				: {
						summary: clip(
							`Research group at ${host.name} working on ${labelsOf(random, 'modalities', codes.modalities.slice(0, 2), 'en', false)} ${span}.`,
							280,
						),
						description: [
							sentences(
								`The group is led by ${lead.name} and is part of ${host.name}.`,
								`We study ${modalities} and contribute ${services} to projects ${span}.`,
							),
							random.pick(focus.flavour.en),
							sentences(
								`Techniques in the lab include ${joinList(techniques, 'en')}.`,
								accepts === true && 'We welcome external projects and service work for companies.',
								accepts === false &&
									'We are not taking external projects at the moment, but are open to discussing collaborations.',
							),
						].join('\n\n'),
					}
		const record: LabRecord = {
			ref: `lab-${String(index + 1).padStart(4, '0')}`,
			organizationRef: host.ref,
			name,
			lead: `${rank} ${lead.name}`,
			summary: text.summary,
			description: text.description,
			techniques,
			modalities: codes.modalities,
			services: codes.services,
			phases: codes.phases,
		}
		if (accepts !== undefined) record.acceptsExternalProjects = accepts
		if (random.chance(0.3)) record.verified = true
		return record
	})
}

// ───────────────────────── GMP facilities ─────────────────────────

interface FacilitySeed {
	hostRef: string
	name: string
	focus: FocusName
	grades: string[]
	productTypes: string[]
	licences: string[]
	qpRelease: boolean
	services: string[]
}

const facilitySeeds: FacilitySeed[] = [
	{
		hostRef: 'org-0002',
		name: 'Grantorp Vector Plant, Suite 1',
		focus: 'lvv',
		grades: ['A', 'B', 'C', 'D'],
		productTypes: ['viral-vector'],
		licences: ['mpa-manufacturing', 'gmp-certificate', 'gmo-contained-use'],
		qpRelease: true,
		services: ['viral-vector-production', 'gmp-manufacturing', 'qc-testing', 'qp-release'],
	},
	{
		hostRef: 'org-0002',
		name: 'Grantorp Cell Therapy Suite 2',
		focus: 'car-t',
		grades: ['A', 'B', 'C'],
		productTypes: ['autologous', 'gene-modified-cells'],
		licences: ['mpa-manufacturing', 'gmo-contained-use'],
		qpRelease: true,
		services: ['gmp-manufacturing', 'qp-release', 'qc-testing'],
	},
	{
		hostRef: 'org-0004',
		name: 'Kästa Cell Therapy Unit',
		focus: 'hospital',
		grades: ['A', 'B', 'D'],
		productTypes: ['autologous', 'allogeneic', 'gene-modified-cells'],
		licences: ['hospital-exemption', 'tissue-establishment', 'gmo-contained-use'],
		qpRelease: false,
		services: ['gmp-manufacturing', 'donor-material'],
	},
	{
		hostRef: 'org-0012',
		name: 'Snäckviken AAV Production Hall',
		focus: 'aav',
		grades: ['A', 'B', 'C', 'D'],
		productTypes: ['viral-vector'],
		licences: ['mpa-manufacturing', 'gmp-certificate', 'gmo-contained-use'],
		qpRelease: true,
		services: ['viral-vector-production', 'gmp-manufacturing', 'fill-finish'],
	},
	{
		hostRef: 'org-0023',
		name: 'Kungens Kurva Aseptic Fill Line',
		focus: 'fill-finish',
		grades: ['A', 'B'],
		productTypes: ['viral-vector', 'allogeneic'],
		licences: ['mpa-manufacturing', 'gmp-certificate'],
		qpRelease: true,
		services: ['fill-finish', 'qp-release'],
	},
	{
		hostRef: 'org-0035',
		name: 'Södertörn Tissue Engineering Cleanroom',
		focus: 'tissue',
		grades: ['B', 'C', 'D'],
		productTypes: ['tissue-engineered'],
		licences: ['tissue-establishment', 'hospital-exemption'],
		qpRelease: false,
		services: ['gmp-manufacturing', 'process-development'],
	},
	{
		hostRef: 'org-0032',
		name: 'Gärtuna Cell Bank Facility',
		focus: 'msc',
		grades: ['A', 'B', 'C'],
		productTypes: ['allogeneic'],
		licences: ['mpa-manufacturing', 'tissue-establishment'],
		qpRelease: true,
		services: ['cell-banking', 'gmp-manufacturing', 'cryo-logistics'],
	},
	{
		hostRef: 'org-0048',
		name: 'Nobels allé Shared Cleanroom',
		focus: 'network',
		grades: ['B', 'C', 'D'],
		productTypes: ['autologous', 'allogeneic'],
		licences: ['gmp-certificate'],
		qpRelease: false,
		services: ['facility-rental', 'training'],
	},
	{
		hostRef: 'org-0024',
		name: 'Neo Stem Cell Processing Lab',
		focus: 'hsc',
		grades: ['A', 'B', 'D'],
		productTypes: ['autologous', 'gene-modified-cells'],
		licences: ['hospital-exemption', 'tissue-establishment'],
		qpRelease: false,
		services: ['gmp-manufacturing', 'donor-material', 'cryo-logistics'],
	},
	{
		hostRef: 'org-0022',
		name: 'Flottsbro GMP QC Laboratory',
		focus: 'qc',
		grades: ['C', 'D'],
		productTypes: ['autologous', 'viral-vector', 'gene-modified-cells'],
		licences: ['mpa-manufacturing', 'gmp-certificate'],
		qpRelease: true,
		services: ['qc-testing', 'analytical-development', 'qp-release'],
	},
	{
		hostRef: 'org-0013',
		name: 'Rudbeck iPSC Manufacturing Suite',
		focus: 'ipsc',
		grades: ['A', 'B', 'C'],
		productTypes: ['allogeneic', 'gene-modified-cells'],
		licences: ['tissue-establishment', 'gmo-contained-use'],
		qpRelease: false,
		services: ['gmp-manufacturing', 'cell-banking'],
	},
	{
		hostRef: 'org-0039',
		name: 'Saimaa NK Cell Factory',
		focus: 'nk',
		grades: ['A', 'B', 'C', 'D'],
		productTypes: ['allogeneic', 'gene-modified-cells'],
		licences: ['mpa-manufacturing', 'gmp-certificate', 'gmo-contained-use'],
		qpRelease: true,
		services: ['gmp-manufacturing', 'process-development', 'qp-release'],
	},
]

/** Capacity dates spread month by month over December 2026 to September 2027. */
function availabilityDate(random: Random, index: number, count: number): string {
	const monthOffset = Math.floor((index * 10) / count) // 0..9 from 2026-12
	const month = ((11 + monthOffset) % 12) + 1
	const year = 2026 + Math.floor((11 + monthOffset) / 12)
	return `${year}-${String(month).padStart(2, '0')}-${String(random.pick([1, 1, 15, random.int(2, 28)])).padStart(2, '0')}`
}

function buildFacilities(random: Random, organizations: OrganizationRecord[]): FacilityRecord[] {
	const byRef = new Map(organizations.map((org) => [org.ref, org]))
	return facilitySeeds.map((seed, index) => {
		const host = byRef.get(seed.hostRef)!
		const focus: Focus = focuses[seed.focus]
		const locale: Locale = random.chance(0.4) ? 'sv' : 'en'
		const areaSqm = random.int(12, 120) * 10
		const suites = random.int(1, 6)
		const availableFrom = availabilityDate(random, index, facilitySeeds.length)
		const modalities = unique([...focus.modalities, ...random.sample(codesOf('modalities'), random.int(0, 1))])
		const phases = phaseRange(...focus.phases)
		const grades = seed.grades.map((grade) => termLabel('cleanroomGrades', grade, locale))
		const licences = labelsOf(random, 'licences', seed.licences, locale, false)
		const products = labelsOf(random, 'productTypes', seed.productTypes, locale, false)
		const cleanest = seed.grades[0]!
		const text =
			locale === 'sv'
				? {
						summary: clip(
							`GMP-anläggning med renrum klass ${seed.grades.join('/')} i ${host.city} för ${labelsOf(random, 'productTypes', seed.productTypes.slice(0, 2), 'sv', false)}; ledig kapacitet från ${monthYear(availableFrom, 'sv')}.`,
							280,
						),
						description: [
							sentences(
								`${seed.name} drivs av ${host.name} och har ${suites} ${suites === 1 ? 'svit' : 'sviter'} på totalt ${areaSqm} m².`,
								`Renrumsklasser: ${joinList(grades, 'sv')}.`,
								`Anläggningen tillverkar ${products} och arbetar med ${labelsOf(random, 'modalities', modalities, 'sv')}.`,
							),
							random.pick(focus.flavour.sv),
							sentences(
								`Tillstånd: ${licences}.`,
								seed.qpRelease
									? 'Sakkunnig person (QP) finns på plats för frisläppning av batcher.'
									: 'Frisläppning av batcher sker via partnerns sakkunniga person (QP).',
								`Ledig kapacitet från ${monthYear(availableFrom, 'sv')}; kontakta oss för att boka tid i renrummet.`,
							),
						].join('\n\n'),
					}
				: {
						summary: clip(
							`Grade ${seed.grades.join('/')} cleanroom facility in ${host.city} for ${labelsOf(random, 'productTypes', seed.productTypes.slice(0, 2), 'en', false)}; capacity from ${monthYear(availableFrom, 'en')}.`,
							280,
						),
						description: [
							sentences(
								`${seed.name} is operated by ${host.name} and has ${suites} ${suites === 1 ? 'suite' : 'suites'} over ${areaSqm} m².`,
								`Cleanroom classes: ${joinList(grades, 'en')}, with grade ${cleanest} for open processing steps.`,
								`The facility manufactures ${products} and works with ${labelsOf(random, 'modalities', modalities, 'en')}.`,
							),
							random.pick(focus.flavour.en),
							sentences(
								`Licences: ${licences}.`,
								seed.qpRelease
									? 'A Qualified Person (QP) on site certifies batch release.'
									: 'Batch release is certified by the client’s Qualified Person.',
								`Capacity opens from ${monthYear(availableFrom, 'en')}; contact us to book cleanroom time.`,
							),
						].join('\n\n'),
					}
		const record: FacilityRecord = {
			ref: `fac-${String(index + 1).padStart(4, '0')}`,
			organizationRef: host.ref,
			name: seed.name,
			summary: text.summary,
			description: text.description,
			cleanroomGrades: seed.grades,
			areaSqm,
			suites,
			productTypes: seed.productTypes,
			licences: seed.licences,
			qpRelease: seed.qpRelease,
			availableFrom,
			modalities,
			services: seed.services,
			phases,
		}
		if (random.chance(0.6)) record.verified = true
		return record
	})
}

// ───────────────────────── experts ─────────────────────────

const EXPERT_COUNT = 72

const expertFocusRotation: FocusName[] = [
	'car-t',
	'lvv',
	'aav',
	'regulatory',
	'qc',
	'nk',
	'hsc',
	'msc',
	'gene-editing',
	'tcr-til',
	'ipsc',
	'process',
	'hospital',
	'logistics',
	'treg',
	'dendritic',
	'tissue',
	'ev',
	'oncolytic',
	'car-nk',
	'preclinical',
	'funding',
	'clinical-trials',
	'fill-finish',
	'donor',
	'training',
]

function buildExperts(random: Random, organizations: OrganizationRecord[], nextPerson: () => Person): ExpertRecord[] {
	const affiliations = organizations.filter(
		(org) => !['investor', 'network'].includes(org.kind) || org.ref === 'org-0009',
	)
	const openToCodes = codesOf('openTo')
	return Array.from({ length: EXPERT_COUNT }, (_, index) => {
		const focusName = expertFocusRotation[index % expertFocusRotation.length]!
		const focus: Focus = focuses[focusName]
		const person = nextPerson()
		const locale: Locale = person.swedishSpeaker && random.chance(0.5) ? 'sv' : 'en'
		const affiliation = random.chance(0.7) ? random.pick(related(affiliations, focus)) : undefined
		const codes = codesFor(random, focus, random.int(0, 1), random.int(0, 1))
		if (focusName === 'regulatory' || focusName === 'process' || random.chance(0.25))
			codes.services = unique([...codes.services, 'consulting'])
		// The rotation guarantees every "open to" code appears; the sample adds variety.
		const openTo = unique([openToCodes[index % openToCodes.length]!, ...random.sample(openToCodes, random.int(0, 2))])
		const expertise = random.sample(focus.tags, random.int(2, 5))
		const years = random.int(5, 30)
		const title = random.pick(focus.expertTitles[locale])
		const modalities = labelsOf(random, 'modalities', codes.modalities, locale)
		const services = labelsOf(random, 'services', codes.services, locale, false)
		const span = phaseSpan(codes.phases, locale)
		const openToText = joinList(
			openTo.map((code) => labelOf('openTo', code, locale).toLocaleLowerCase('sv')),
			locale,
		)
		const bio =
			locale === 'sv'
				? [
						sentences(
							`${person.first} har ${years} års erfarenhet av ${modalities}, ${affiliation ? `i dag vid ${affiliation.name}` : 'numera som oberoende konsult'}.`,
							`${person.first} arbetar med ${services} i projekt ${span}.`,
						),
						random.pick(focus.flavour.sv),
						sentences(`Expertområden: ${joinList(expertise, 'sv')}.`, `${person.first} är öppen för ${openToText}.`),
					].join('\n\n')
				: [
						sentences(
							`${person.first} has ${years} years of experience with ${modalities}, ${affiliation ? `currently at ${affiliation.name}` : 'now working as an independent consultant'}.`,
							`${person.first} works on ${services} for programmes ${span}.`,
						),
						random.pick(focus.flavour.en),
						sentences(`Areas of expertise: ${joinList(expertise, 'en')}.`, `${person.first} is open to ${openToText}.`),
					].join('\n\n')
		const record: ExpertRecord = {
			ref: `exp-${String(index + 1).padStart(4, '0')}`,
			name: person.name,
			title,
			bio,
			expertise,
			modalities: codes.modalities,
			services: codes.services,
			phases: codes.phases,
			languages: person.languages,
			openTo,
		}
		if (affiliation) record.organizationRef = affiliation.ref
		if (random.chance(0.85)) record.orcid = fictionalOrcid(random)
		if (random.chance(0.2)) record.verified = true
		return record
	})
}

// ───────────────────────── coverage ─────────────────────────

/**
 * Search facets and filters must have something behind every code. The focus
 * areas already cover the vocabulary; this is the safety net should someone
 * edit them, adding a missing code to the listing type that can carry it.
 */
function ensureTaxonomyCoverage(file: InterchangeFile): void {
	const everyone = [...file.organizations, ...file.labs, ...file.facilities, ...file.experts]
	const addMissing = <R>(records: R[], vocabulary: VocabularyName, field: (record: R) => string[]) => {
		const used = new Set(records.flatMap(field))
		codesOf(vocabulary)
			.filter((code) => !used.has(code))
			.forEach((code, index) => field(records[index % records.length]!).push(code))
	}
	addMissing(everyone, 'modalities', (record) => record.modalities)
	addMissing(everyone, 'services', (record) => record.services)
	addMissing(everyone, 'phases', (record) => record.phases)
	addMissing(file.facilities, 'cleanroomGrades', (record) => record.cleanroomGrades)
	addMissing(file.facilities, 'productTypes', (record) => record.productTypes)
	addMissing(file.facilities, 'licences', (record) => record.licences)
	addMissing(file.experts, 'openTo', (record) => record.openTo)
}

// ───────────────────────── the file ─────────────────────────

/** The whole demo directory as an interchange file; the same seed always gives the same file. */
export function generateDemoData(seed: number = DEMO_SEED): InterchangeFile {
	const random = new Random(mulberry32(seed))
	const nextPerson = peopleFactory(random)
	const organizations = buildOrganizations(random)
	const file: InterchangeFile = {
		format: INTERCHANGE_FORMAT,
		version: INTERCHANGE_VERSION,
		organizations,
		labs: buildLabs(random, organizations, nextPerson),
		facilities: buildFacilities(random, organizations),
		experts: buildExperts(random, organizations, nextPerson),
	}
	ensureTaxonomyCoverage(file)
	// Written for the demo's own texts; another seed generates other ones.
	if (seed === DEMO_SEED) addDemoTranslations(file)
	return file
}

/** Listings shown on the front page: a mix of types around the hub's headline topics. */
export const demoFeaturedRefs: readonly string[] = [
	'org-0001',
	'org-0002',
	'org-0004',
	'org-0012',
	'lab-0002',
	'lab-0003',
	'fac-0001',
	'fac-0003',
	'fac-0010',
	'exp-0004',
	'exp-0005',
]

/**
 * Listings nobody has edited or confirmed for over a year (docs/decisions/044), so the coordinators'
 * stale list has something on the first visit and their people (demo accounts among them) are asked.
 */
export const demoStaleRefs: readonly string[] = ['lab-0006', 'exp-0012', 'exp-0053']

/** Every twelfth expert keeps the default members-only profile, so the permission rules have something to hide. */
export function isMembersOnlyDemoExpert(ref: string): boolean {
	const number = Number(ref.replace(/^exp-/, ''))
	return ref.startsWith('exp-') && number % 12 === 0
}
