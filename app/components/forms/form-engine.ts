import {
	type FormContext,
	type FormOptions,
	type FormState,
	type Intent,
	unstable_createFormContext as createFormContext,
} from '@conform-to/dom'
import type { FormEvent } from 'react'
import type { FormSnapshot } from './form-metadata.ts'

// Conform's engine for one form in use: it follows the fields as they are
// typed and left, checks them with the form's schema, and keeps the messages.
// useSchemaForm starts it on the form's first use (this module is a chunk of
// its own), and does what @conform-to/react's useForm does with it: listen on
// the document, hand it every render's options, run its side effects, and
// stop it when the form goes away.

export type EngineOptions = FormOptions<Record<string, unknown>, string[], unknown>

export interface FormEngine {
	/** The engine's state; the same object until something changed. */
	state(): FormState<string[]>
	/** The state as the kit's metadata reads it. */
	snapshot(): FormSnapshot
	subscribe(listener: () => void): () => void
	/** Every render's options; a new reply among them is shown. */
	update(options: EngineOptions): void
	/** The form's submit: stops a post the schema refuses, so that its messages show instead. */
	submit(event: FormEvent<HTMLFormElement>): void
	/** Checks one field now, as if it had just been left. */
	validate(name: string): void
	/** What the engine asked for with its last state: resetting the fields' values after a reply that reset the form. */
	runSideEffects(intents: Intent[]): void
	stop(): void
}

export function startEngine(options: EngineOptions): FormEngine {
	const context: FormContext<Record<string, unknown>, string[], unknown> = createFormContext(options)
	const disconnect = context.observe()
	document.addEventListener('input', context.onInput)
	document.addEventListener('focusout', context.onBlur)
	document.addEventListener('reset', context.onReset)
	let snapshotOf: { state: FormState<string[]>; snapshot: FormSnapshot } | undefined
	return {
		state: () => context.getState(),
		snapshot() {
			const state = context.getState()
			if (snapshotOf?.state !== state) {
				snapshotOf = {
					state,
					snapshot: { status: state.submissionStatus, initialValue: state.initialValue, error: state.error },
				}
			}
			return snapshotOf.snapshot
		},
		subscribe: (listener) => context.subscribe(listener),
		update: (next) => context.onUpdate(next),
		submit(event) {
			const { submission } = context.submit(event.nativeEvent as SubmitEvent)
			if (submission && submission.status !== 'success' && submission.error !== null) event.preventDefault()
		},
		validate: (name) => context.validate({ name }),
		runSideEffects: (intents) => context.runSideEffect(intents),
		stop() {
			disconnect()
			document.removeEventListener('input', context.onInput)
			document.removeEventListener('focusout', context.onBlur)
			document.removeEventListener('reset', context.onReset)
		},
	}
}
