import { useLocation } from '@remix-run/react'
import { useEffect, useRef } from 'react'

/**
 * A <details> menu opens and closes without JavaScript; with it, this also
 * closes the menu on Escape (focus back on its button), on a click elsewhere
 * and after navigating.
 */
export function useClosingDetails() {
	const location = useLocation()
	const menu = useRef<HTMLDetailsElement>(null)

	useEffect(() => {
		const details = menu.current
		if (!details) return
		const closeOnOutsideClick = (event: MouseEvent) => {
			if (details.open && !details.contains(event.target as Node)) details.open = false
		}
		const closeOnEscape = (event: KeyboardEvent) => {
			if (event.key === 'Escape' && details.open) {
				details.open = false
				details.querySelector('summary')?.focus()
			}
		}
		document.addEventListener('click', closeOnOutsideClick)
		document.addEventListener('keydown', closeOnEscape)
		return () => {
			document.removeEventListener('click', closeOnOutsideClick)
			document.removeEventListener('keydown', closeOnEscape)
		}
	}, [])

	useEffect(() => {
		if (menu.current) menu.current.open = false
	}, [location.key])

	return menu
}
