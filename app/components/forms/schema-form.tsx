import type { DefaultValue, Submission, SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import {
	type FormEvent,
	type ReactNode,
	useEffect,
	useLayoutEffect,
	useRef,
	useState,
	useSyncExternalStore,
} from 'react'
import type { z } from 'zod'
import { HiddenFields } from './buttons.tsx'
import { errorsByField } from './conform.ts'
import { ErrorSummary, type SummaryError } from './error-summary.tsx'
import type { EngineOptions, FormEngine, startEngine as StartEngine } from './form-engine.ts'
import { type Fieldset, type FormMetadata, formMetadata, formProps, snapshotBeforeUse } from './form-metadata.ts'
import { Honeypot } from './honeypot.tsx'
import { FormErrors } from './messages.tsx'

// Every form of the portal checks itself in the browser with the schema its
// action parses with: a field when it loses focus (or the whole form when it
// is sent, for forms whose first message would only get in the way), then
// again on every keystroke until its message is gone. A form whose fields
// are not one fixed schema (the listing form, one per listing type) gives the
// parse its action uses instead.
//
// The checks arrive on the form's first use, not with the page (decision
// 027): Conform's engine, Zod and a schema weigh 30 KB on the wire, more than
// a public page's own code, and a visitor who only reads never needs them.
// Until then the form is what the server rendered (form-metadata.ts): sent
// now, the server checks it, as it does without JavaScript; the fields left
// meanwhile are checked the moment the checks are there.

type Check<Output> = (formData: FormData) => Submission<Output>

/** A form's schema, fetched when the form is first used: `schemaOnUse(() => import('…').then((m) => m.someSchema))`. */
export interface SchemaOnUse<Schema extends z.ZodTypeAny> {
	/** The check, once fetched. */
	readonly check: Check<z.output<Schema>> | undefined
	load(): Promise<unknown>
}

/** `download` run once and its result kept; a failed download (a dropped connection) is tried again on the next call. */
function downloadOnce<T>(download: () => Promise<T>): () => Promise<T> {
	let downloading: Promise<T> | undefined
	return () =>
		(downloading ??= download().catch((error: unknown) => {
			downloading = undefined
			throw error
		}))
}

export function schemaOnUse<Schema extends z.ZodTypeAny>(importSchema: () => Promise<Schema>): SchemaOnUse<Schema> {
	let check: Check<z.output<Schema>> | undefined
	const load = downloadOnce(() =>
		Promise.all([importSchema(), import('@conform-to/zod')]).then(([schema, { parseWithZod }]) => {
			check = (formData) => parseWithZod(formData, { schema })
		}),
	)
	return {
		get check() {
			return check
		},
		load,
	}
}

const loadEngine = downloadOnce<{ startEngine: typeof StartEngine }>(() => import('./form-engine.ts'))

/** One form's engine, once started, as a store React can read. */
class EngineStore {
	engine: FormEngine | undefined
	private readonly listeners = new Set<() => void>()
	private unsubscribe: (() => void) | undefined
	readonly subscribe = (listener: () => void) => {
		this.listeners.add(listener)
		return () => void this.listeners.delete(listener)
	}
	readonly state = () => this.engine?.state()
	readonly submit = (event: FormEvent<HTMLFormElement>) => this.engine?.submit(event)
	start(engine: FormEngine) {
		this.engine = engine
		this.unsubscribe = engine.subscribe(() => this.notify())
		this.notify()
	}
	stop() {
		this.unsubscribe?.()
		this.engine?.stop()
		this.engine = undefined
	}
	private notify() {
		for (const listener of this.listeners) listener()
	}
}

const noEngineYet = () => undefined
// The engine only runs in a browser; React warns of a layout effect on the server.
const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect

interface SchemaFormOptions<Input> {
	id: string
	lastResult?: SubmissionResult<string[]> | null
	defaultValue?: DefaultValue<Input>
	checkFirst?: 'onBlur' | 'onSubmit'
}

/** `Input`, when the page's values are not the schema's input (a list the schema reads from one field). */
export function useSchemaForm<
	Schema extends z.ZodTypeAny,
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	Input extends Record<string, any> = z.input<Schema>,
>(schema: SchemaOnUse<Schema>, options: SchemaFormOptions<NoInfer<Input>>): [FormMetadata, Fieldset<Input>]
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function useSchemaForm<Input extends Record<string, any>, Output>(
	parse: Check<Output>,
	options: SchemaFormOptions<Input>,
): [FormMetadata, Fieldset<Input>]
export function useSchemaForm(
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	source: SchemaOnUse<any> | Check<unknown>,
	{ checkFirst = 'onBlur', id: formId, lastResult, defaultValue }: SchemaFormOptions<Record<string, unknown>>,
): [FormMetadata, Fieldset<Record<string, unknown>>] {
	const [store] = useState(() => new EngineStore())
	const engineState = useSyncExternalStore(store.subscribe, store.state, noEngineYet)
	const latestSource = useRef(source)
	latestSource.current = source
	const checkNow = () => {
		const current = latestSource.current
		return typeof current === 'function' ? current : current.check
	}
	const options: EngineOptions = {
		formId,
		lastResult,
		defaultValue,
		// The engine starts only once the check is here (see start below).
		onValidate: ({ formData }) => checkNow()!(formData),
		shouldValidate: checkFirst,
		shouldRevalidate: 'onInput',
	}
	const latest = useRef(options)
	latest.current = options
	/** What the last render shows (its messages say which fields a visitor is correcting). */
	const shownSnapshot = useRef<ReturnType<typeof snapshotBeforeUse>>(undefined)
	/** Fields left or corrected before the engine was there, to check once it is. */
	const usedMeanwhile = useRef(new Set<string>()).current

	useBrowserLayoutEffect(() => {
		store.engine?.update(latest.current)
	})

	const mounted = useRef(false)
	const start = useRef(() => {
		if (store.engine) return
		const current = latestSource.current
		void Promise.all([loadEngine(), typeof current === 'function' ? undefined : current.load()]).then(
			([{ startEngine }]) => {
				// Gone meanwhile, already started, or the schema's download failed: the next use asks again.
				if (!mounted.current || store.engine || !checkNow()) return
				store.start(startEngine(latest.current))
			},
			() => undefined,
		)
	}).current

	useEffect(() => {
		const element = document.getElementById(formId)
		if (!(element instanceof HTMLFormElement)) return
		mounted.current = true
		const noteUse = (event: Event) => {
			const field = event.target
			if (store.engine || !isNamedFieldOf(element, field)) return
			const shown = Boolean(shownSnapshot.current?.error[field.name]?.length)
			if (event.type === 'focusout' ? checkFirst === 'onBlur' || shown : shown) usedMeanwhile.add(field.name)
		}
		element.addEventListener('focusin', start)
		element.addEventListener('focusout', noteUse)
		element.addEventListener('input', noteUse)
		return () => {
			element.removeEventListener('focusin', start)
			element.removeEventListener('focusout', noteUse)
			element.removeEventListener('input', noteUse)
			mounted.current = false
			store.stop()
		}
	}, [store, formId, start, usedMeanwhile, checkFirst])

	// A form that came back refused is being corrected: its checks are wanted now.
	const refused = Boolean(lastResult?.error)
	useEffect(() => {
		if (refused) start()
	}, [refused, start])

	// A reply that came while the engine was not there yet: do what it would have done.
	const previousResult = useRef(lastResult)
	useEffect(() => {
		if (previousResult.current === lastResult) return
		previousResult.current = lastResult
		const element = document.getElementById(formId)
		if (store.engine || !(element instanceof HTMLFormElement) || !lastResult) return
		if (lastResult.initialValue === null) element.reset()
		else if (lastResult.status === 'error') focusFirstWithMessages(element, snapshotBeforeUse(lastResult, undefined))
	}, [lastResult, formId, store])

	useEffect(() => {
		if (!engineState) return
		store.engine?.runSideEffects(engineState.pendingIntents)
	}, [store, engineState?.pendingIntents]) // eslint-disable-line react-hooks/exhaustive-deps

	const started = Boolean(engineState)
	useEffect(() => {
		if (!started) return
		for (const name of usedMeanwhile) store.engine?.validate(name)
		usedMeanwhile.clear()
	}, [started, store, usedMeanwhile])

	const snapshot = store.engine && engineState ? store.engine.snapshot() : snapshotBeforeUse(lastResult, defaultValue)
	shownSnapshot.current = snapshot
	return formMetadata(formId, snapshot, store.submit)
}

function isNamedFieldOf(
	form: HTMLFormElement,
	target: EventTarget | null,
): target is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
	return (
		(target instanceof HTMLInputElement ||
			target instanceof HTMLSelectElement ||
			target instanceof HTMLTextAreaElement) &&
		target.form === form &&
		target.name !== ''
	)
}

/** As the engine does after a refused post: the first field with a message takes the focus. */
function focusFirstWithMessages(form: HTMLFormElement, snapshot: ReturnType<typeof snapshotBeforeUse>) {
	for (const element of form.elements) {
		if (isNamedFieldOf(form, element) && snapshot.error[element.name]?.length) {
			element.focus()
			return
		}
	}
}

/** How a long form's error summary names a field and where it links; null leaves the field out. */
export type SummaryField = (name: string) => { id: string; label: string } | null

function summaryErrors(allErrors: FormMetadata['allErrors'], field: SummaryField): SummaryError[] {
	return [...errorsByField(allErrors)].flatMap(([name, messages]) => {
		const named = field(name)
		return named ? messages.map((message) => ({ fieldId: named.id, label: named.label, message })) : []
	})
}

/**
 * The form useSchemaForm made: it posts to its page, and says what refuses it
 * as a whole above its fields (the id the form's aria-describedby names).
 * `intro` stands above that; a long form lists every field's messages there
 * too (`summary`, which takes the focus when the server's `reply` brings
 * it); a form anyone may send without signing in has the honeypot; `hidden`
 * travels with it unseen; `action` sends it to another page's action (a form
 * shown on several pages, answered by one of them).
 */
export function SchemaForm({
	form,
	className = 'space-y-5',
	intro,
	summary,
	honeypot = false,
	hidden,
	encType,
	action,
	children,
}: {
	form: FormMetadata
	className?: string
	intro?: ReactNode
	summary?: { id: string; reply: unknown; field: SummaryField }
	honeypot?: boolean
	hidden?: Record<string, string | null | undefined>
	/** A form with a file control posts multipart, with or without JavaScript. */
	encType?: 'multipart/form-data'
	action?: string
	children: ReactNode
}) {
	return (
		<Form method="post" action={action} encType={encType} {...formProps(form)} className={className}>
			{intro}
			<FormErrors id={form.errorId} messages={form.errors} />
			{summary ? (
				<ErrorSummary id={summary.id} errors={summaryErrors(form.allErrors, summary.field)} reply={summary.reply} />
			) : null}
			{honeypot ? <Honeypot /> : null}
			{hidden ? <HiddenFields values={hidden} /> : null}
			{children}
		</Form>
	)
}
