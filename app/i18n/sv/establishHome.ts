import type { Translation } from '../messages.ts'
import type { establishHome as english } from '../en/establishHome.ts'

export const establishHome: Translation<typeof english> = {
	'establish.home.heading': 'Etablera dig i Flemingsberg',
	'establish.home.text': 'Lokaler, mark och ett etableringskontor som hjälper dig på plats.',
	'establish.home.link': 'Se erbjudandena',
}
