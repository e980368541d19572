import { Form, Link, useLocation } from '@remix-run/react'
import type { ReactNode } from 'react'
import { useT } from '~/i18n/use-t.ts'
import { useHydrated } from '../use-hydrated.ts'
import { AlertBox, useFocusOn } from './alert-box.tsx'
import { SubmitButton } from './buttons.tsx'
import { buttonClass } from './styles.ts'

/** The field a confirmation panel sends with the second post of an irreversible step. */
export const confirmField = 'confirm'

/** The fields of a first post that the action answered with a question (confirmFirst), for `intent` only. */
export function confirmingFor(reply: unknown, intent: string): ReadonlyArray<readonly [string, string]> | undefined {
	if (!reply || typeof reply !== 'object' || (reply as { intent?: unknown }).intent !== intent) return undefined
	const confirming = (reply as { confirming?: unknown }).confirming
	return Array.isArray(confirming) ? (confirming as Array<[string, string]>) : undefined
}

/** One field of a post being confirmed: which member, which token. */
export function confirmingValue(
	confirming: ReadonlyArray<readonly [string, string]> | undefined,
	name: string,
): string | undefined {
	return confirming?.find(([field]) => field === name)?.[1]
}

/**
 * The second step of an irreversible form: what will happen, then a button
 * that sends the first post's fields again with `confirm`, and a way back
 * that changes nothing. A plain form, so it works without JavaScript; with
 * it, the panel takes the focus when a first post brings it.
 */
export function ConfirmPanel({
	heading,
	intent,
	fields,
	confirm,
	pendingLabel,
	back,
	children,
}: {
	heading: ReactNode
	intent: string
	/** The fields of the first post, as the action gave them back. */
	fields: ReadonlyArray<readonly [string, string]>
	confirm: ReactNode
	pendingLabel?: string
	/** The id of the heading of the part of the page the way back returns to. */
	back: string
	/** What will happen, in the reader's words. */
	children: ReactNode
}) {
	const { t } = useT()
	const box = useFocusOn(fields)
	const { pathname, search } = useLocation()
	// Without JavaScript the panel is the answer to a post, at the page's own
	// address: a link there with a fragment would only scroll, leaving the
	// question on screen, so until React runs the way back is the bare address.
	const returnsToPart = useHydrated()
	return (
		<AlertBox
			id={`${intent}-confirm`}
			heading={heading}
			headingLevel={3}
			boxRef={box}
			className="space-y-3 rounded-xl border-2 border-amber-500 bg-amber-50 px-5 py-4 text-amber-950"
		>
			{children}
			<Form method="post" className="flex flex-wrap items-center gap-3">
				{fields.map(([name, value], index) => (
					<input key={`${name}:${index}`} type="hidden" name={name} value={value} />
				))}
				<input type="hidden" name={confirmField} value="yes" />
				<SubmitButton name="intent" value={intent} tone="danger" pendingLabel={pendingLabel}>
					{confirm}
				</SubmitButton>
				<Link
					to={returnsToPart ? `${pathname}${search}#${back}` : `${pathname}${search}`}
					className={buttonClass('secondary')}
				>
					{t('form.confirm.cancel')}
				</Link>
			</Form>
		</AlertBox>
	)
}
