import type { ComponentProps } from 'react'
import { buttonClass, Notice as KitNotice } from './forms/index.ts'

// The triage components still import the form look from here; they move to
// the kit (app/components/forms) with their own rewrite. Nothing else may.

export { inputClass, labelClass } from './forms/index.ts'

export const buttonSecondaryClass = buttonClass('secondary')
export const buttonSmallClass = buttonClass('secondary', 'sm')

/** The kit's notice; its tone decides the role, so the role given here is ignored. */
export function Notice({ role: _role, ...props }: ComponentProps<typeof KitNotice> & { role?: 'status' | 'alert' }) {
	return <KitNotice {...props} />
}
