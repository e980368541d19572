import { useT } from '~/i18n/use-t.ts'
import { AlertBox, useFocusOn } from './alert-box.tsx'
import { useMessages } from './messages.tsx'

export interface SummaryError {
	/** id of the control to jump to */
	fieldId: string
	label: string
	/** A message (key with parameters). */
	message: string
}

/**
 * The problems of a failed submit, at the top of the form, each linking to
 * its field. Rendered by the server too, so it works without JavaScript; with
 * it, the summary takes the focus when the server's answer (`reply`) brings
 * it, so keyboard and screen reader users start from the list of what to fix.
 * Not while someone is typing: a field's message on leaving it must not pull
 * the page away (a submit checked in the browser focuses the first wrong field).
 */
export function ErrorSummary({
	id,
	errors,
	reply,
}: {
	id: string
	errors: readonly SummaryError[]
	/** The server's latest answer to this form. */
	reply?: unknown
}) {
	const { tCount, t } = useT()
	const render = useMessages()
	const box = useFocusOn(reply)
	const shown = errors.map((error) => ({ ...error, text: render([error.message])[0] ?? '' }))
	if (shown.length === 0) return null
	return (
		<AlertBox
			id={id}
			heading={tCount('form.errorSummary.title', shown.length)}
			boxRef={box}
			className="rounded-xl border-2 border-red-600 bg-red-50 px-5 py-4 text-red-950"
		>
			<p className="mt-1 text-sm">{t('form.errorSummary.intro')}</p>
			<ul className="mt-3 list-disc space-y-1 pl-5">
				{shown.map((error) => (
					<li key={`${error.fieldId}:${error.text}`}>
						<a href={`#${error.fieldId}`} className="font-medium underline decoration-red-400 hover:decoration-red-800">
							{error.label}: {error.text}
						</a>
					</li>
				))}
			</ul>
		</AlertBox>
	)
}
