import type { OfferView } from '~/domain/establishment/offer-views.server.ts'
import { useT } from '~/i18n/use-t.ts'

/** "8 desks", "450 m²", or nothing for an offer without a size (a service). */
export function useOfferSize() {
	const { t, tCount, formatNumber } = useT()
	return (offer: Pick<OfferView, 'sizeValue' | 'sizeUnit'>) => {
		if (offer.sizeValue === null || offer.sizeUnit === null) return null
		return offer.sizeUnit === 'desks'
			? tCount('establish.size.desks', offer.sizeValue)
			: t('establish.size.sqm', { value: formatNumber(offer.sizeValue) })
	}
}

/** "Available now", "Available from 1 March 2027", "… until 31 December 2027". */
export function useOfferAvailability() {
	const { t, formatDate } = useT()
	return (offer: Pick<OfferView, 'availableFrom' | 'availableUntil'>, today: string) => {
		const from =
			offer.availableFrom && offer.availableFrom > today
				? t('establish.availableFrom', { date: formatDate(offer.availableFrom) })
				: t('establish.availableNow')
		return offer.availableUntil
			? `${from} ${t('establish.availableUntil', { date: formatDate(offer.availableUntil) })}`
			: from
	}
}
