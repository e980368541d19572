// Pictures for some demo listings, so a newcomer's portal shows logos and
// photos on cards and pages. They are drawn, not shipped: a coloured badge
// with the listing's initials, written as SVG, rasterised by sharp and put
// through the same preparation as an upload (prepareImage), so each picture's
// key is the hash of what the portal really stores. The key therefore depends
// on the sharp and font versions of the machine that seeds, which is why it is
// added to the generated records here, at seed time, and not written into
// demo-data.ts: the records and the stored files always agree.
import sharp from 'sharp'
import { prepareImage, type PreparedImage } from '../../app/domain/images/prepare-image.server.ts'
import { typedRecordsOf, type InterchangeFile, type ListingType } from '../../app/domain/listings/interchange.ts'
import { translationLocaleOf } from '../../app/domain/listings/to-database.ts'
import type { Locale } from '../../app/taxonomy/taxonomy.ts'
import { generateDemoData } from './demo-data.ts'

/** Listings that get a picture: the first organisations, several facilities (also featured ones) and a few public experts. */
export const demoPictureRefs: readonly string[] = [
	...['org-0001', 'org-0002', 'org-0003', 'org-0004', 'org-0005', 'org-0006', 'org-0007', 'org-0008', 'org-0012'],
	...['fac-0001', 'fac-0003', 'fac-0004', 'fac-0010'],
	...['exp-0001', 'exp-0002', 'exp-0003', 'exp-0004', 'exp-0005'],
]

/** Dark enough for white initials to pass WCAG contrast on every one of them. */
const palette = ['#0f5f73', '#7a3b8f', '#1d6b3a', '#a23b2a', '#2f4b8f', '#8a5a00', '#5b5f66', '#0b6e6e']

// Legal forms and titles say nothing about who it is.
const skippedWords = new Set(['ab', 'hb', 'kb', 'ltd', 'inc', 'dr', 'prof', 'docent', 'of', 'for', 'and', 'och', 'för'])

export function initialsOf(name: string): string {
	const words = name
		.split(/[\s,.\-–/()]+/)
		.filter((word) => word && !skippedWords.has(word.toLowerCase()) && /^\p{L}/u.test(word))
	return words
		.slice(0, 2)
		.map((word) => word[0]!.toLocaleUpperCase('sv'))
		.join('')
}

function colourOf(ref: string): string {
	let hash = 0
	for (const character of ref) hash = (hash * 31 + character.charCodeAt(0)) >>> 0
	return palette[hash % palette.length]!
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`)

/** Organisations get a square logo, facilities a wide sign, experts a round portrait badge. */
function badgeSvg(type: PicturedType, ref: string, name: string): string {
	const colour = colourOf(ref)
	const initials = escapeXml(initialsOf(name))
	const [width, height] = type === 'facility' ? [640, 400] : [400, 400]
	const shape =
		type === 'expert'
			? `<circle cx="200" cy="200" r="200" fill="${colour}"/>`
			: `<rect width="${width}" height="${height}" rx="48" fill="${colour}"/>`
	// A facility's sign has a band along its foot, so it reads as a place rather than a logo.
	const band = type === 'facility' ? `<rect y="310" width="${width}" height="24" fill="#ffffff" opacity="0.35"/>` : ''
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
		shape +
		band +
		`<text x="${width / 2}" y="${type === 'facility' ? 165 : 200}" dy="0.35em" text-anchor="middle" ` +
		`font-family="DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif" font-weight="700" font-size="160" fill="#ffffff">` +
		`${initials}</text></svg>`
	)
}

type PicturedType = Exclude<ListingType, 'lab'>

const altTexts: Record<Locale, Record<PicturedType, (name: string, initials: string) => string>> = {
	en: {
		organization: (name, initials) => `Logo of ${name}: the letters ${initials} on a coloured square`,
		facility: (name, initials) => `Sign of ${name}: the letters ${initials} on a coloured panel`,
		expert: (name, initials) => `Badge of ${name}: the initials ${initials} in a coloured circle`,
	},
	sv: {
		organization: (name, initials) => `Logotyp för ${name}: bokstäverna ${initials} på en färgad kvadrat`,
		facility: (name, initials) => `Skylt för ${name}: bokstäverna ${initials} på färgad botten`,
		expert: (name, initials) => `Märke för ${name}: initialerna ${initials} i en färgad cirkel`,
	},
}

export interface DemoDataWithPictures {
	file: InterchangeFile
	/** The files to store, one prepared picture per key. */
	pictures: PreparedImage[]
}

/** The generated demo file with pictures for `demoPictureRefs`, and the pictures themselves. */
export async function generateDemoDataWithPictures(): Promise<DemoDataWithPictures> {
	const file = generateDemoData()
	const wanted = new Set(demoPictureRefs)
	const pictures: PreparedImage[] = []
	for (const typed of typedRecordsOf(file)) {
		const { type, record } = typed
		if (type === 'lab' || !wanted.has(record.ref)) continue
		const png = await sharp(Buffer.from(badgeSvg(type, record.ref, record.name)))
			.png()
			.toBuffer()
		const prepared = await prepareImage(png)
		if (!prepared.ok) throw new Error(`Demo picture for ${record.ref} refused: ${prepared.message}`)
		pictures.push(prepared.image)
		// The words are in the listing's own language, like the rest of its text.
		const contentLocale: Locale = translationLocaleOf(typed) === 'sv' ? 'en' : 'sv'
		record.image = prepared.image.key
		record.imageAlt = altTexts[contentLocale][type](record.name, initialsOf(record.name))
	}
	return { file, pictures }
}
