import { data, type LoaderFunctionArgs } from '@remix-run/node'

type Params = LoaderFunctionArgs['params']

// The one way routes read the parts of a URL that name a record. A value no
// record can have (not a UUID where ids are UUIDs, a NUL byte, a slug of
// characters slugs never have) is the same 404 as a record that does not
// exist, answered before anything asks the database, which would otherwise
// fail on it with a 500.

const patterns = {
	/** Every table's primary key. */
	id: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
	/** slugify(): lowercase ASCII words joined by hyphens, at most 80 characters (a suffix such as "-12" on top). */
	slug: /^[a-z0-9][a-z0-9-]{0,99}$/i,
	/** Interchange refs: letters, digits, ".", "_" and "-", at most 64, case-insensitive. */
	ref: /^[a-z0-9][a-z0-9._-]{0,63}$/i,
	/** One-time links: base64url of 32 random bytes. */
	token: /^[A-Za-z0-9_-]{16,128}$/,
} as const

export type ParamKind = keyof typeof patterns

export function notFound(): Response {
	return new Response('Not found', { status: 404 })
}

/** The route parameter `name`, or a thrown 404 when it cannot name a record of this kind. */
export function requireParam(params: Params, name: string, kind: ParamKind): string {
	const value = params[name]
	if (value === undefined || !patterns[kind].test(value)) throw notFound()
	return value
}

/** Whether a value could be a record's id, for ids that come in forms and query strings. */
export function isRecordId(value: unknown): value is string {
	return typeof value === 'string' && patterns.id.test(value)
}

/**
 * A free-text filter from the query string (a search box, an id typed into a
 * filter): absent is undefined; a value with control characters or longer
 * than `maxLength` is a 400 that names the parameter, shown by the error boundary.
 */
export function queryText(url: URL, name: string, options: { maxLength: number }): string | undefined {
	const value = url.searchParams.get(name)?.trim()
	if (!value) return undefined
	// eslint-disable-next-line no-control-regex
	if (value.length > options.maxLength || /[\u0000-\u001f\u007f]/.test(value)) throw badParameter(name)
	return value
}

/** The 400 for one query parameter that no record could match; GeneralErrorBoundary names it. */
export function badParameter(name: string) {
	return data({ badParameter: name }, { status: 400 })
}
