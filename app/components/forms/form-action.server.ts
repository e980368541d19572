import type { Submission, SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import {
	data,
	redirect,
	unstable_composeUploadHandlers as composeUploadHandlers,
	unstable_createMemoryUploadHandler as createMemoryUploadHandler,
	unstable_parseMultipartFormData as parseMultipartFormData,
	type UploadHandler,
} from '@remix-run/node'
import { z } from 'zod'
import { PermissionDenied } from '~/domain/auth/permissions.ts'
import { waitMessage } from '~/domain/messages.ts'
import { RuleError } from '~/domain/rules.ts'
import { confirmField } from './confirm-panel.tsx'
import type { NoticeTone } from './notice.tsx'

// The one shape of a form action: parse with the form's shared schema, run
// the use case, and either go where it says (Post / Redirect / Get, so a
// reload never posts again) or come back to the page with every field's
// message and nothing written. The status says why the page came back:
//
// - 400: input the rules refuse (a schema, or a RuleError that is not a conflict);
// - 409: a conflict: someone acted first, and the page should be read again;
// - 429: too many attempts, with Retry-After (rate limits, login waits);
// - 200: done, and the page shows a notice instead of moving on.
//
// A permission refusal is 403, never a form message; anything else is a bug
// and goes to the error boundary.

/** A message about the page as a whole, shown above the form that caused it. */
export interface PageNotice {
	tone: NoticeTone
	/** A message (key with parameters). */
	message: string
}

const outcome = Symbol('form outcome')

/** What a use case's action says when the page stays where it is. */
export interface Stay<Extra extends object = object> {
	[outcome]: true
	status: 200 | 400 | 409 | 429
	notice?: PageNotice
	resetForm?: boolean
	fieldErrors?: Record<string, string[]>
	formErrors?: string[]
	headers?: Record<string, string>
	extra?: Extra
}

/** Done, and the page stays: with a notice, an emptied form, a cookie, or what the page shows next. */
export function stay<Extra extends object = object>(
	options: { notice?: PageNotice; resetForm?: boolean; headers?: Record<string, string>; extra?: Extra } = {},
): Stay<Extra> {
	return { [outcome]: true, status: 200, ...options }
}

/**
 * The use case said no in its own words (a wrong password, an address that
 * is already a member): the message goes by its field, or above the form.
 */
export function refuse(message: string, field?: string): Stay<never> {
	return {
		[outcome]: true,
		status: 400,
		...(field ? { fieldErrors: { [field]: [message] } } : { formErrors: [message] }),
	}
}

/** Someone acted first (another coordinator decided): 409, and the page is read again. */
export function conflict(message: string, field?: string): Stay<never> {
	return { ...refuse(message, field), status: 409 }
}

/** Too many attempts: 429 with Retry-After, and the same wait in words by the field it concerns. */
export function tooManyAttempts(retryAfterSeconds: number, field?: string): Stay<never> {
	const seconds = Math.max(1, Math.ceil(retryAfterSeconds))
	return {
		...refuse(waitMessage(seconds), field),
		status: 429,
		headers: { 'Retry-After': String(seconds) },
	}
}

/** A posted form, and the file fields whose file was over its limit (read to its end and dropped). */
export interface PostedForm {
	formData: FormData
	oversized: ReadonlySet<string>
}

/** Text fields of a multipart form: generous for a long description, small next to the edge's limit. */
const TEXT_PART_MAX_BYTES = 256 * 1024

/**
 * Reads what a form posted, as every action does first. A form with a file
 * control posts multipart: the files named in `files` are kept in memory up
 * to their limit in bytes; a larger one is read to its end and dropped, its
 * field named in `oversized`, so the page can answer with a message by it
 * and every other field's value. Any other file is dropped unread, as is a
 * file control left empty.
 */
export async function readForm(
	request: Request,
	options: { files?: Readonly<Record<string, number>> } = {},
): Promise<PostedForm> {
	const oversized = new Set<string>()
	const type = (request.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()
	if (type !== 'multipart/form-data') return { formData: await request.formData(), oversized }
	const files = options.files ?? {}
	const fileHandler: UploadHandler = async ({ name, filename, contentType, data }) => {
		if (filename === undefined) return undefined
		const limit = Object.hasOwn(files, name) ? files[name]! : 0
		const chunks: Uint8Array<ArrayBuffer>[] = []
		let size = 0
		for await (const chunk of data) {
			size += chunk.byteLength
			if (size <= limit) chunks.push(Uint8Array.from(chunk))
		}
		if (size > limit && limit > 0) oversized.add(name)
		if (size === 0 || size > limit) return undefined
		// The type is kept as sent, and never trusted: what a file is, is read from its bytes.
		return new File(chunks, filename, { type: contentType })
	}
	try {
		const formData = await parseMultipartFormData(
			request,
			composeUploadHandlers(fileHandler, createMemoryUploadHandler({ maxPartSize: TEXT_PART_MAX_BYTES })),
		)
		return { formData, oversized }
	} catch {
		// A text part past its limit, or a body that is no multipart form: nobody typed that.
		throw badRequest()
	}
}

/** The schema of a form that carries nothing but its intent and the ids its page already knows (accept, send again). */
export const noFields = z.object({})

/** Where the action goes next: a path (a redirect), a response (a redirect with headers), or staying on the page. */
export type FormOutcome<Extra extends object = object> = string | Response | Stay<Extra>

type Parser<Value> = z.ZodType<Value, z.ZodTypeDef, unknown> | ((formData: FormData) => Submission<Value>)

/** The body of every form reply; `echo` says which of a page's forms it belongs to. */
export type FormReply<Echo extends object = object, Extra extends object = object> = Echo & {
	result: SubmissionResult<string[]>
	notice?: PageNotice
} & Partial<Extra>

function refusalOf(error: RuleError): { fieldErrors?: Record<string, string[]>; formErrors?: string[] } {
	if (error.rule === 'invalid-input') {
		const fieldErrors: Record<string, string[]> = {}
		const formErrors: string[] = []
		for (const issue of error.issues) {
			if (issue.field) (fieldErrors[issue.field] ??= []).push(issue.message)
			else formErrors.push(issue.message)
		}
		return { fieldErrors, formErrors }
	}
	return error.field ? { fieldErrors: { [error.field]: [error.reason] } } : { formErrors: [error.reason] }
}

/**
 * Parses the form, performs the use case and answers: see above. `echo`
 * travels with a reply so a page with several forms knows whose it is;
 * `hideFields` are never sent back (passwords).
 */
export async function handleForm<Value, Echo extends object = object, Extra extends object = object>(
	formData: FormData,
	parse: Parser<Value>,
	perform: (value: Value) => Promise<FormOutcome<Extra>>,
	options: { echo?: Echo; hideFields?: string[] } = {},
) {
	const submission =
		typeof parse === 'function' ? parse(formData) : parseWithZod(formData, { schema: parse as z.ZodTypeAny })
	const echo = (options.echo ?? {}) as Echo
	const { hideFields } = options
	const reply = (
		result: SubmissionResult<string[]>,
		status: number,
		page: { notice?: PageNotice; extra?: Extra; headers?: Record<string, string> } = {},
	) =>
		data({ ...echo, result, notice: page.notice, ...page.extra } as FormReply<Echo, Extra>, {
			status,
			headers: page.headers,
		})

	if (submission.status !== 'success') return reply(submission.reply({ hideFields }), 400)
	let next: FormOutcome<Extra>
	try {
		next = await perform(submission.value as Value)
	} catch (error) {
		if (error instanceof PermissionDenied) throw new Response('Forbidden', { status: 403 })
		if (!(error instanceof RuleError)) throw error
		return reply(submission.reply({ ...refusalOf(error), hideFields }), error.conflict ? 409 : 400)
	}
	if (typeof next === 'string') return redirect(next)
	if (next instanceof Response) return next
	const { fieldErrors, formErrors, resetForm, status, ...page } = next
	return reply(submission.reply({ fieldErrors, formErrors, resetForm, hideFields }), status, page)
}

/** The fields a first post sent, as name and value, for the confirmation panel to send again. */
export interface Confirming {
	confirming: Array<[string, string]>
}

/**
 * An irreversible step (closing a request, merging listings, removing a member) asks first, with
 * or without JavaScript: a post the schema accepts but that does not carry
 * `confirm` comes back with what was sent, and the page shows what will happen
 * with a confirm button that sends it again; only that second post runs.
 * `ask` checks the step's rules before asking (a refusal comes back as any
 * refusal) and gives what the question needs to say.
 */
export function confirmFirst<Value, About extends object = object>(
	formData: FormData,
	/** The step itself: where to go next, or (a button on a list) stay with a notice or a refusal. */
	run: (value: Value) => Promise<string | Response | Stay<never>>,
	ask?: (value: Value) => Promise<About>,
): (value: Value) => Promise<FormOutcome<Confirming & Partial<About>>> {
	return async (value) => {
		if (formData.get(confirmField) === 'yes') return run(value)
		const about = ask ? await ask(value) : undefined
		const confirming = [...formData.entries()].flatMap(([name, sent]): Array<[string, string]> =>
			typeof sent === 'string' && name !== 'intent' && name !== confirmField ? [[name, sent]] : [],
		)
		return stay<Confirming & Partial<About>>({ extra: { ...about, confirming } as Confirming & Partial<About> })
	}
}

/** An action's answer to a post it cannot make sense of (no intent, a forged id). */
export function badRequest(): Response {
	return new Response('Bad request', { status: 400 })
}

/**
 * One of the forms of a page with several, told apart by the `intent` its
 * submit button sends: what it posts, its use case, and what else its reply
 * carries so the page knows whose it is (the route a message was written on).
 */
export interface FormIntent<Value, Echo extends object = object, Extra extends object = object> {
	parse: Parser<Value>
	run: (value: Value) => Promise<FormOutcome<Extra>>
	echo?: Echo
	hideFields?: string[]
}

/** A FormIntent, with the use case's value typed by the schema; options as handleForm's. */
export function formIntent<Value, Echo extends object = object, Extra extends object = object>(
	parse: Parser<Value>,
	run: (value: Value) => Promise<FormOutcome<Extra>>,
	options: { echo?: Echo; hideFields?: string[] } = {},
): FormIntent<Value, Echo, Extra> {
	return { parse, run, ...options }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyIntent = FormIntent<any, any, any>

/**
 * An intent is given as it is, or as a function when it needs something
 * first that only this intent needs (its own permission, an id the form names):
 * the function runs only when its form was sent.
 */
type IntentEntry = AnyIntent | (() => AnyIntent | Promise<AnyIntent>)

type IntentOf<Entry> = Entry extends () => infer Made ? Awaited<Made> : Entry

type IntentAnswer<Name extends string, Entry> =
	IntentOf<Entry> extends FormIntent<infer Value, infer Echo, infer Extra>
		? Awaited<ReturnType<typeof handleForm<Value, { intent: Name } & Echo, Extra>>>
		: never

/**
 * The action of a page with several forms: the one the post's `intent` names
 * goes through handleForm, its reply echoing the intent; a post that names
 * none of them is a bad request.
 */
export async function handleIntents<Intents extends Record<string, IntentEntry>>(
	formData: FormData,
	intents: Intents,
): Promise<{ [Name in keyof Intents & string]: IntentAnswer<Name, Intents[Name]> }[keyof Intents & string]> {
	const name = formData.get('intent')
	if (typeof name !== 'string' || !Object.hasOwn(intents, name)) throw badRequest()
	const entry = intents[name] as IntentEntry
	const { parse, run, echo, hideFields } = typeof entry === 'function' ? await entry() : entry
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	return handleForm(formData, parse, run, { echo: { ...echo, intent: name }, hideFields }) as any
}
