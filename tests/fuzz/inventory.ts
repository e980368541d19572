// Every form action and API schema of the portal, with what the fuzzer needs
// to reach it as someone allowed to use it: the path (with ids of real
// records, of the wrong records, and malformed ones), the roles, the schema
// of each intent, and values that make success possible (a real password, a
// real token). tests/fuzz/inventory.test.ts fails when a route with an action
// is missing here.
//
// To add a form: add an entry with `formTarget` (or `resourceTarget`), name
// its route file, and put it in one of the groups at the bottom.
import fc from 'fast-check'
import { z, type ZodTypeAny } from 'zod'
import {
	changeEmailSchema,
	changePasswordSchema,
	claimOrganizationSchema,
	decideClaimSchema,
	emailTokenSchema,
	eraseAccountSchema,
	forgotPasswordSchema,
	inviteMemberSchema,
	profileSchema,
	removeMemberSchema,
	resetPasswordSchema,
	revokeInvitationSchema,
	signupSchema,
} from '../../app/domain/accounts/schemas.ts'
import { hubTokenSchema, organizationTokenSchema, revokeTokenSchema } from '../../app/domain/api-tokens/schemas.ts'
import { loginSchema } from '../../app/domain/auth/login-schema.ts'
import {
	mergeTargetSchema,
	rejectRevisionSchema,
	verificationEvidenceSchema,
} from '../../app/domain/curation/curation-forms.ts'
import { typedRecordsOf, recordSchemas } from '../../app/domain/listings/interchange.ts'
import { matchRequestSchema } from '../../app/domain/matching/request-schema.ts'
import { eventSchema } from '../../app/domain/events/event-schema.ts'
import { offeredTimeZones } from '../../app/domain/events/zoned-time.ts'
import { newsSchema } from '../../app/domain/news/news-schema.ts'
import { followSchema } from '../../app/domain/news/follow-schema.ts'
import { notificationSettingsSchema } from '../../app/domain/notifications/settings-schema.ts'
import {
	deleteSavedSearchSchema,
	saveSearchSchema,
	updateSavedSearchSchema,
} from '../../app/domain/saved-searches/saved-search-schema.ts'
import {
	closeFormSchema,
	interestFormSchema,
	inviteProviderSchema,
	messageFormSchema,
	requestFormSchema,
	responseFormSchema,
	routeFormSchema,
} from '../../app/domain/requests/request-form-schema.ts'
import { sitePageSchema } from '../../app/domain/site-pages/schemas.ts'
import { confirmImportSchema, importUploadSchema } from '../../app/domain/transfer/upload-schema.ts'
import { facetVocabularies, searchFacetNames, searchSorts } from '../../app/domain/search/search-params.ts'
import { codesOf } from '../../app/taxonomy/taxonomy.ts'
import { offerKinds, offerStatuses, sizeUnits } from '../../app/domain/establishment/offer-kinds.ts'
import { offerFormSchema, offerStatusChangeSchema } from '../../app/domain/establishment/offer-schema.ts'
import {
	enquiryCloseSchema,
	enquiryFormSchema,
	enquiryHandOverSchema,
	enquiryMessageSchema,
} from '../../app/domain/establishment/enquiries/enquiry-schema.ts'
import { enquiryOutcomes } from '../../app/domain/establishment/enquiry-lifecycle.ts'
import { campusSiteCodes } from '../../app/domain/places/campus-sites.ts'
import {
	addSuiteFormSchema,
	addWindowFormSchema,
	removeSuiteFormSchema,
	removeWindowFormSchema,
	saveWindowFormSchema,
} from '../../app/domain/capacity/capacity-schema.ts'
import { generateDemoData } from '../../prisma/seed/demo-data.ts'
import {
	describeZod,
	fieldsOf,
	formFor,
	hostileText,
	plausible,
	type FormEntries,
	type Spec,
	type ValueContext,
} from './support/arbitraries.ts'
import type { Body, FuzzRequest, Mode } from './support/http.ts'
import { roles, type Role, type World } from './support/world.ts'

export interface Target {
	/** Short name, used by `npm run fuzz -- --only <name>` and in the report. */
	name: string
	/** The route file under app/routes whose action (or, for the listings API, loader) this fuzzes. */
	route: string
	requests(world: World): fc.Arbitrary<FuzzRequest>
	/**
	 * For a 2xx answer: whether the action said no. Routes that answer a
	 * refusal with 200 (an invalid link, "already a member") say how to tell;
	 * elsewhere a 2xx is the route's success.
	 */
	refusedIn2xx?(data: unknown): boolean
}

// ───────────────────────── building blocks ─────────────────────────

const malformedIds = [
	'00000000-0000-0000-0000-000000000000',
	'000000000000000000000000000000000000',
	'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
	'not-a-uuid',
	'1',
	'%00',
	'a%00b',
	'%E2%80%AE%F0%9F%A7%AC',
	'..%2F..%2Fadmin',
	'x'.repeat(300),
	'%25',
	'%FF%FE',
	'0x1',
	'-1',
]

/** The same, as a hidden form field carries them. */
const malformedIdValues = [
	'00000000-0000-0000-0000-000000000000',
	'000000000000000000000000000000000000',
	'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
	'not-a-uuid',
	'1',
	'\0',
	'a\0b',
	'\u202e🧬',
	'../../admin',
	'x'.repeat(300),
	'%',
	'0x1',
	'-1',
]

/** A path segment: mostly one that works for the role, sometimes another record's, sometimes malformed. */
function segment(valid: readonly string[], others: readonly string[] = []): fc.Arbitrary<string> {
	const options: Array<fc.WeightedArbitrary<string>> = [
		{ weight: 2, arbitrary: fc.constantFrom(...malformedIds) },
		{ weight: 1, arbitrary: fc.uuid() },
	]
	if (valid.length) options.push({ weight: 10, arbitrary: fc.constantFrom(...valid).map(encodeURIComponent) })
	if (others.length) options.push({ weight: 3, arbitrary: fc.constantFrom(...others).map(encodeURIComponent) })
	return fc.oneof(...options)
}

function allIds(world: World): string[] {
	const ids = world.ids
	return [
		...ids.organizations.slice(0, 5),
		...ids.labs.slice(0, 5),
		...ids.experts.slice(0, 3),
		...ids.submittedRequests,
		...ids.routes.slice(0, 5).map((route) => route.id),
		...ids.revisions,
		...ids.claims,
		...ids.memberships.slice(0, 5),
		...ids.invitations,
		...ids.notifications.slice(0, 5),
		...ids.users,
	]
}

function pick<T>(allowed: readonly T[], everyone: readonly T[]): fc.Arbitrary<T> {
	return fc.oneof(
		{ weight: 6, arbitrary: fc.constantFrom(...allowed) },
		{ weight: 1, arbitrary: fc.constantFrom(...everyone) },
	)
}

const knownPasswords = (world: World) => [...new Set(Object.values(world.users).map((user) => user.password))]
const knownEmails = (world: World) => Object.values(world.users).map((user) => user.email)

/** An intent field: usually the button's, sometimes missing, repeated or unknown. */
function intentValue(intent: string): fc.Arbitrary<string[]> {
	return fc.oneof(
		{ weight: 20, arbitrary: fc.constant<string[]>([intent]) },
		{ weight: 1, arbitrary: fc.constant<string[]>([]) },
		{ weight: 1, arbitrary: fc.constant<string[]>([intent, intent]) },
		{ weight: 1, arbitrary: fc.constantFrom('delete', 'admin', 'INTENT', '').map((value): string[] => [value]) },
		{ weight: 1, arbitrary: hostileText.map((value) => [value]) },
	)
}

type Fixed = Record<string, fc.Arbitrary<string[]>>

interface FormIntent {
	schema?: ZodTypeAny
	fixed?: Fixed
}

interface FormTargetOptions {
	name: string
	route: string
	roles: readonly Role[]
	path(world: World): fc.Arbitrary<string>
	/** One schema for the whole form, or a schema per intent (the button pressed). */
	schema?: ZodTypeAny
	intents?(world: World): Record<string, FormIntent>
	fixed?(world: World): Fixed
	examples?(world: World): Record<string, readonly string[]>
	ids?(world: World): readonly string[]
	refusedIn2xx?(data: unknown): boolean
}

function context(world: World, options: Pick<FormTargetOptions, 'examples' | 'ids'>): ValueContext {
	return { ids: options.ids?.(world) ?? allIds(world), examples: options.examples?.(world) ?? {} }
}

/** How a browser sends a form: usually urlencoded, sometimes multipart, with or without JavaScript. */
function formRequest(
	path: fc.Arbitrary<string>,
	role: fc.Arbitrary<Role>,
	entries: fc.Arbitrary<FormEntries>,
): fc.Arbitrary<FuzzRequest> {
	return fc
		.record({
			path,
			role,
			entries,
			multipart: fc.boolean().map((flip) => flip && Math.random() < 0.3),
			mode: fc.constantFrom<Mode>('data', 'data', 'data', 'document'),
			origin: fc.constantFrom<FuzzRequest['origin']>('same', 'same', 'same', 'same', 'same', 'same', 'none'),
		})
		.map(({ path, role, entries, multipart, mode, origin }) => ({
			method: 'POST',
			path,
			role,
			mode,
			origin,
			body: { kind: multipart ? 'multipart' : 'urlencoded', entries } satisfies Body,
			tags: ['form'],
		}))
}

const nonFormBodies: Array<{ contentType?: string; text: string; tag: string }> = [
	{ contentType: 'application/json', text: '{"intent":"save","title":"x"}', tag: 'json-body' },
	{ contentType: 'application/json', text: '{not json', tag: 'json-body' },
	{ contentType: 'text/plain', text: 'intent=save&title=x', tag: 'text-body' },
	{ contentType: 'application/xml', text: '<a>1</a>', tag: 'xml-body' },
	{ text: '', tag: 'no-body' },
	{ contentType: 'multipart/form-data', text: 'no boundary', tag: 'malformed-multipart' },
	{ contentType: 'multipart/form-data; boundary=xyz', text: '--xyz\r\nbroken', tag: 'malformed-multipart' },
	{ contentType: 'application/x-www-form-urlencoded', text: '%zz=%&a=%E0%A4%A&&==', tag: 'malformed-urlencoded' },
	{ contentType: 'application/x-www-form-urlencoded; charset=utf-16', text: 'a=b', tag: 'odd-charset' },
]

/** Requests no form sends: other content types, broken bodies, other methods, other sites. */
function hostileRequest(
	path: fc.Arbitrary<string>,
	role: fc.Arbitrary<Role>,
	mode: Mode | 'page',
): fc.Arbitrary<FuzzRequest> {
	const modes: Mode[] = mode === 'page' ? ['data', 'document'] : [mode]
	const body: fc.Arbitrary<{ body: Body; tag: string }> = fc.oneof(
		{
			weight: 6,
			arbitrary: fc.constantFrom(...nonFormBodies).map(({ contentType, text, tag }) => ({
				body: { kind: 'raw', contentType, text } as Body,
				tag,
			})),
		},
		{ weight: 1, arbitrary: fc.constant({ body: { kind: 'none' } as Body, tag: 'no-body' }) },
		{
			weight: 1,
			// Just over the 1 MB a form may send, and twice that.
			arbitrary: fc.constantFrom(1_048_576 + 1024, 2 * 1_048_576).map((bytes) => ({
				body: {
					kind: 'raw',
					contentType: 'application/x-www-form-urlencoded',
					text: `a=${'x'.repeat(bytes)}`,
				} as Body,
				tag: 'huge-body',
			})),
		},
		{
			weight: 2,
			arbitrary: fc.array(fc.tuple(hostileText, hostileText), { maxLength: 4 }).map((entries) => ({
				body: { kind: 'urlencoded', entries } as Body,
				tag: 'form',
			})),
		},
	)
	return fc
		.record({
			path,
			role,
			body,
			mode: fc.constantFrom(...modes),
			method: fc.constantFrom('POST', 'POST', 'POST', 'POST', 'PUT', 'PATCH', 'DELETE'),
			origin: fc.constantFrom<FuzzRequest['origin']>('same', 'same', 'cross', 'null', 'none'),
			query: fc.constantFrom('', '', '', 'index', '_data=root', 'q=%00', 'lang=%00', 'redirectTo=%2F%2Fevil.example'),
		})
		.map(({ path, role, body, mode, method, origin, query }) => ({
			method,
			path: query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path,
			role,
			mode,
			origin,
			body: body.body,
			tags: [
				body.tag,
				...(origin === 'cross' || origin === 'null' ? ['cross-origin'] : []),
				...(method !== 'POST' ? ['method'] : []),
			],
		}))
}

function formTarget(options: FormTargetOptions): Target {
	return {
		name: options.name,
		route: options.route,
		refusedIn2xx: options.refusedIn2xx,
		requests(world) {
			const values = context(world, options)
			const path = options.path(world)
			const role = pick(options.roles, roles)
			const fixed = options.fixed?.(world) ?? {}
			const entries: fc.Arbitrary<FormEntries> = options.intents
				? fc.constantFrom(...Object.entries(options.intents(world))).chain(([intent, form]) =>
						formFor(form.schema ? fieldsOf(describeZod(form.schema)) : {}, values, {
							...fixed,
							...form.fixed,
							intent: intentValue(intent),
						}),
					)
				: formFor(fieldsOf(describeZod(options.schema ?? z.object({}))), values, fixed)
			return fc.oneof(
				{ weight: 17, arbitrary: formRequest(path, role, entries) },
				{
					weight: 1,
					arbitrary: formRequest(path, role, entries).map((request) => ({
						...request,
						origin: 'cross' as const,
						tags: [...request.tags, 'cross-origin'],
					})),
				},
				{ weight: 2, arbitrary: hostileRequest(path, role, 'page') },
			)
		},
	}
}

// ───────────────────────── listing forms ─────────────────────────

const demoRecords = typedRecordsOf(generateDemoData())

/** A real record's values as a form posts them, by field name: the plausible values of the listing forms. */
function listingExamples(): Record<string, string[]> {
	const examples: Record<string, Set<string>> = {}
	for (const { record } of demoRecords.slice(0, 60)) {
		for (const [name, value] of Object.entries(record as Record<string, unknown>)) {
			if (value === undefined || value === null) continue
			const texts = Array.isArray(value) ? value.map(String) : [String(value)]
			examples[name] ??= new Set()
			for (const text of texts) if (examples[name]!.size < 12) examples[name]!.add(text)
		}
	}
	return Object.fromEntries(Object.entries(examples).map(([name, set]) => [name, [...set]]))
}
// The demo organisations give no street and the demo experts' languages are codes:
// people type addresses of campus buildings and languages by name.
const listingFormExamples = {
	...listingExamples(),
	street: ['Hälsovägen 7', 'hälsov. 11 C', 'Alfred Nobels allé 9'],
	postcode: ['14157', '141 89', 'SE-141 52'],
	languages: ['svenska, engelska', 'English and German', 'sv en', 'Deutsch; français'],
}

const listingFields: Record<string, Spec> = Object.assign(
	{},
	...Object.values(recordSchemas).map((schema) => fieldsOf(describeZod(schema))),
)

// ───────────────────────── the inventory ─────────────────────────

const visitors: Role[] = ['visitor']
const signedIn: Role[] = roles.filter((role) => role !== 'visitor')
const staff: Role[] = ['coordinator', 'platformAdmin']

const redirectTargets = [
	'/account',
	'/requests',
	'',
	'/.//evil.example/phish',
	'//evil.example',
	'https://evil.example/x',
	'/\\evil.example',
	'/%2F%2Fevil.example',
]

const login = formTarget({
	name: 'login',
	route: 'login.tsx',
	roles: visitors,
	path: () =>
		fc.constantFrom('/login', '/login?redirectTo=%2Faccount', '/login?redirectTo=%2F.%2F%2Fevil.example%2Fphish'),
	schema: loginSchema,
	examples: (world) => ({ email: knownEmails(world), password: knownPasswords(world), redirectTo: redirectTargets }),
})

const logout: Target = {
	name: 'logout',
	route: 'logout.tsx',
	requests: () =>
		fc.oneof(
			{
				weight: 4,
				arbitrary: fc
					.record({ role: fc.constantFrom(...roles), origin: fc.constantFrom<FuzzRequest['origin']>('same', 'none') })
					.map(({ role, origin }) => ({
						method: 'POST',
						path: '/logout',
						role,
						mode: 'resource' as const,
						origin,
						body: { kind: 'urlencoded', entries: [] } as Body,
						tags: ['form'],
					})),
			},
			{ weight: 1, arbitrary: hostileRequest(fc.constant('/logout'), fc.constantFrom(...roles), 'resource') },
		),
}

const signup = formTarget({
	name: 'signup',
	route: 'signup.tsx',
	roles: visitors,
	path: () => fc.constantFrom('/signup', '/signup?redirectTo=%2Fmy-listings'),
	schema: signupSchema,
	examples: (world) => ({
		email: [...knownEmails(world), 'new-person@example.org', 'New.Person+tag@Example.org'],
		password: ['a long enough passphrase 2026', 'password1234', ...knownPasswords(world)],
		name: ['Ada Lovelace', 'Åsa Öberg'],
		redirectTo: redirectTargets,
	}),
})

const forgotPassword = formTarget({
	name: 'forgot-password',
	route: 'forgot-password.tsx',
	roles: visitors,
	path: () => fc.constant('/forgot-password'),
	schema: forgotPasswordSchema,
	examples: (world) => ({ email: knownEmails(world) }),
})

const resetPassword = formTarget({
	name: 'reset-password',
	route: 'reset-password.tsx',
	roles: visitors,
	path: (world) =>
		fc.constantFrom('/reset-password', ...world.tokens.reset.map((token) => `/reset-password?token=${token}`)),
	schema: resetPasswordSchema,
	examples: (world) => ({ token: world.tokens.reset, password: ['a brand new passphrase 2026', 'password1234'] }),
})

const verifyEmail = formTarget({
	name: 'verify-email',
	route: 'verify-email.tsx',
	roles: ['visitor', 'unverified', 'loner', 'member'],
	path: () => fc.constant('/verify-email'),
	schema: emailTokenSchema,
	examples: (world) => ({ token: world.tokens.verify }),
	refusedIn2xx: (data) =>
		!['verified', 'email-changed'].includes((data as { outcome?: string } | undefined)?.outcome ?? ''),
})

const noticeRefused = (data: unknown) =>
	(data as { notice?: { tone?: string } } | undefined)?.notice?.tone !== 'success'

const account = formTarget({
	name: 'account',
	route: '_member.account._index.tsx',
	roles: signedIn,
	path: () => fc.constantFrom('/account?index', '/account?index&lang=sv'),
	intents: () => ({
		profile: { schema: profileSchema },
		email: { schema: changeEmailSchema },
		password: { schema: changePasswordSchema },
		'resend-verification': {},
	}),
	examples: (world) => ({
		currentPassword: knownPasswords(world),
		newPassword: ['another long passphrase 2026'],
		newEmail: ['changed-address@example.org', ...knownEmails(world)],
		name: ['Ada Lovelace'],
	}),
	refusedIn2xx: noticeRefused,
})

const accountDelete = formTarget({
	name: 'account-delete',
	route: '_member.account.delete.tsx',
	roles: ['loner', 'unverified', 'member'],
	path: () => fc.constant('/account/delete'),
	schema: eraseAccountSchema,
	examples: (world) => ({ password: knownPasswords(world), confirm: ['on', 'true'] }),
})

// Saved searches and notification settings (issue 15): the save form of the search pages posts here too.
const accountAlerts = formTarget({
	name: 'account-alerts',
	route: '_member.account.alerts.tsx',
	roles: signedIn,
	path: () => fc.constantFrom('/account/alerts', '/account/alerts?lang=sv'),
	intents: () => ({
		save: { schema: saveSearchSchema },
		update: { schema: updateSavedSearchSchema },
		delete: { schema: deleteSavedSearchSchema },
		settings: { schema: notificationSettingsSchema },
	}),
	examples: () => ({
		query: ['q=vector&type=facility', 'modality=car-t', '', 'page=2&sort=updated'],
		path: ['/search', '/facilities', '/experts'],
		id: ['00000000-0000-4000-8000-000000000000', ...malformedIds],
		name: ['Vectors in Flemingsberg'],
	}),
	refusedIn2xx: noticeRefused,
})

/** The second post of an irreversible step carries the confirmation; the first, or a forged one, does not. */
const confirmations = fc.constantFrom<string[]>([], ['yes'], ['no'], ['yes', 'yes'])

const coordinatorListing = formTarget({
	name: 'coordinator-listing',
	route: 'coordinator.listings.$id.tsx',
	roles: staff,
	path: (world) =>
		segment(
			[...world.ids.labs, ...world.ids.organizations, ...world.ids.experts, ...world.ids.facilities],
			world.ids.submittedRequests,
		).map((id) => `/coordinator/listings/${id}`),
	intents: () => ({
		verify: { schema: verificationEvidenceSchema },
		merge: { schema: mergeTargetSchema, fixed: { confirm: confirmations } },
		revoke: { schema: z.object({ verificationId: z.string().uuid() }), fixed: { confirm: confirmations } },
		feature: {},
		unfeature: {},
		archive: { fixed: { confirm: confirmations } },
		restore: {},
		'hide-expert': {},
	}),
	ids: (world) => [...world.ids.verifications, ...allIds(world)],
	examples: (world) => ({
		survivorRef: world.ids.listingRefs,
		reference: ['Checked against the GMP certificate, 2026'],
		licenceCode: codesOf('licences'),
	}),
})

const triage = formTarget({
	name: 'coordinator-request',
	route: 'coordinator.requests.$requestId.tsx',
	roles: staff,
	path: (world) =>
		segment(
			[...world.ids.submittedRequests, ...world.ids.routedRequests, ...world.ids.openCalls],
			[...world.ids.draftRequests, ...world.ids.closedRequests, ...world.ids.labs.slice(0, 2)],
		).map((id) => `/coordinator/requests/${id}`),
	intents: (world) => ({
		route: { schema: routeFormSchema },
		message: { schema: messageFormSchema, fixed: { routeId: idValues(world.ids.routes.map((route) => route.id)) } },
		add: { fixed: { listingId: idValues([...world.ids.facilities, ...world.ids.labs, ...world.ids.organizations]) } },
		remove: {
			fixed: { listingId: idValues([...world.ids.facilities, ...world.ids.labs, ...world.ids.organizations]) },
		},
		refresh: {},
		// Inviting a candidate nobody could answer for (issue 15).
		invite: {
			schema: inviteProviderSchema,
			fixed: { listingId: idValues([...world.ids.facilities, ...world.ids.labs, ...world.ids.organizations]) },
		},
	}),
	ids: (world) => [
		...world.ids.facilities,
		...world.ids.labs,
		...world.ids.organizations.slice(0, 10),
		...allIds(world),
	],
	examples: () => ({
		note: ['Could this be for you?'],
		body: ['When can you start?'],
		email: ['contact@provider.example'],
	}),
})

/** A hidden id field: a real record's id, another's, a random one, or malformed. */
function idValues(valid: readonly string[]): fc.Arbitrary<string[]> {
	return fc.oneof(
		{
			weight: 8,
			arbitrary: fc
				.constantFrom(...(valid.length ? valid : ['00000000-0000-4000-8000-000000000000']))
				.map((id) => [id]),
		},
		{ weight: 1, arbitrary: fc.uuid().map((id) => [id]) },
		{ weight: 1, arbitrary: fc.constantFrom(...malformedIdValues).map((id) => [id]) },
		{ weight: 1, arbitrary: fc.constant<string[]>([]) },
	)
}

const review = formTarget({
	name: 'coordinator-review',
	route: 'coordinator.reviews.$revisionId.tsx',
	roles: staff,
	path: (world) => segment(world.ids.revisions, world.ids.labs.slice(0, 3)).map((id) => `/coordinator/reviews/${id}`),
	intents: () => ({
		reject: { schema: rejectRevisionSchema },
		spam: { fixed: { confirm: confirmations } },
		'approve-edited': {
			schema: z.object(Object.fromEntries(Object.keys(listingFields).map((name) => [name, z.string()]))),
		},
		approve: {},
	}),
	examples: () => ({ ...listingFormExamples, comment: ['Please add the licence number.'] }),
})

const claims = formTarget({
	name: 'coordinator-claims',
	route: 'coordinator.claims.tsx',
	roles: staff,
	path: () => fc.constant('/coordinator/claims'),
	schema: decideClaimSchema,
	ids: (world) => [...world.ids.claims, ...allIds(world)],
	examples: () => ({ note: ['Checked with the company register.'] }),
	refusedIn2xx: noticeRefused,
})

const inbox = formTarget({
	name: 'inbox-route',
	route: '_member.inbox.$routeId.tsx',
	roles: ['provider', 'providerAdmin'],
	path: (world) =>
		segment(world.ids.providerRoutes, [
			...world.ids.routes.map((route) => route.id),
			...world.ids.submittedRequests,
		]).map((id) => `/inbox/${id}`),
	intents: () => ({ terms: {}, respond: { schema: responseFormSchema }, message: { schema: messageFormSchema } }),
	examples: () => ({ message: ['We are interested.'], body: ['When do you need it?'] }),
})

const invitation = formTarget({
	name: 'invitation',
	route: 'invitations.$token.tsx',
	roles: ['loner', 'member', 'unverified'],
	path: (world) => segment(world.tokens.invitations).map((token) => `/invitations/${token}`),
	refusedIn2xx: () => true,
})

const editListing: Target = {
	name: 'my-listing-edit',
	route: '_member.my-listings.$id.edit.tsx',
	requests: listingRequests(
		(world) =>
			segment(
				[...world.ids.ownListings, ...world.ids.ownExpertProfiles],
				[...world.ids.labs.slice(0, 3), ...world.ids.revisions],
			).map((id) => `/my-listings/${id}/edit`),
		['orgAdmin', 'member'],
	),
}

// A facility's capacity editor (docs/decisions/042): each form one intent; ids of real suites are not
// known up front, so suite and window ids are any id (a made-up one is "not found", never a 500).
const capacityEditor = formTarget({
	name: 'my-listing-capacity',
	route: '_member.my-listings.$id.capacity.tsx',
	roles: ['orgAdmin', 'member', 'coordinator'],
	path: (world) =>
		segment(world.ids.facilities.slice(0, 3), world.ids.labs.slice(0, 2)).map((id) => `/my-listings/${id}/capacity`),
	intents: () => ({
		'add-suite': { schema: addSuiteFormSchema },
		'remove-suite': { schema: removeSuiteFormSchema },
		'add-window': { schema: addWindowFormSchema },
		'save-window': { schema: saveWindowFormSchema },
		'remove-window': { schema: removeWindowFormSchema },
	}),
})

const newListing: Target = {
	name: 'my-listing-new',
	route: '_member.my-listings.new.tsx',
	requests: listingRequests(
		(world) =>
			fc
				.tuple(
					fc.constantFrom('lab', 'facility', 'expert', 'organization', 'bogus', ''),
					segment([world.ids.memberOrganization], [world.ids.providerOrganization, ...world.ids.labs.slice(0, 2)]),
				)
				.map(([type, org]) => `/my-listings/new?type=${type}&org=${org}`),
		['orgAdmin', 'member', 'loner'],
	),
}

/** The listing forms: the fields of the four record schemas, with a real record's values as the plausible ones. */
function listingRequests(
	path: (world: World) => fc.Arbitrary<string>,
	allowed: readonly Role[],
): (world: World) => fc.Arbitrary<FuzzRequest> {
	return (world) => {
		const values: ValueContext = { ids: allIds(world), examples: listingFormExamples }
		const role = pick(allowed, roles)
		// The picture's "remove" box rides along; its file control posts multipart, which the listing-image tests cover.
		const fields: Record<string, Spec> = { ...listingFields, imageRemove: { kind: 'enum', values: ['on'] } }
		const entries = formFor(fields, values, { intent: fc.constantFrom(['submit'], [], ['validate']) })
		const paths = path(world)
		return fc.oneof(
			{ weight: 9, arbitrary: formRequest(paths, role, entries) },
			{ weight: 1, arbitrary: hostileRequest(paths, role, 'page') },
		)
	}
}

const myListingsVisibility = formTarget({
	name: 'my-listings-visibility',
	route: '_member.my-listings._index.tsx',
	roles: ['member', 'orgAdmin'],
	path: () => fc.constant('/my-listings?index'),
	schema: z.object({
		intent: z.literal('visibility'),
		listingId: z.string().uuid(),
		visibility: z.enum(['public', 'members']),
	}),
	ids: (world) => [...world.ids.ownExpertProfiles, ...world.ids.experts, ...allIds(world)],
})

const notifications = formTarget({
	name: 'notifications',
	route: '_member.notifications.tsx',
	roles: signedIn,
	path: () => fc.constant('/notifications'),
	schema: z.object({ intent: z.enum(['open', 'read-all']), id: z.string().uuid(), path: z.string() }),
	ids: (world) => [...world.ids.notifications, ...allIds(world)],
	examples: () => ({ path: ['/requests', ...redirectTargets] }),
})

const openCalls = formTarget({
	name: 'open-calls',
	route: 'open-calls.tsx',
	roles: ['provider', 'providerAdmin', 'member'],
	path: () => fc.constant('/open-calls'),
	schema: interestFormSchema,
	fixed: (world) => ({ requestId: idValues([...world.ids.openCalls, ...world.ids.submittedRequests]) }),
	ids: (world) => [world.ids.providerOrganization, world.ids.memberOrganization, ...allIds(world)],
	examples: (world) => ({
		message: ['We can do this.'],
		organizationId: [world.ids.providerOrganization, world.ids.memberOrganization],
	}),
})

const claimOrganization = formTarget({
	name: 'organization-claim',
	route: 'organizations.$slug_.claim.tsx',
	roles: ['loner', 'member', 'unverified'],
	path: (world) =>
		segment(world.ids.organizationSlugs, [world.ids.memberOrganizationSlug]).map(
			(slug) => `/organizations/${slug}/claim`,
		),
	schema: claimOrganizationSchema,
	examples: () => ({ message: ['I run this company.'] }),
	refusedIn2xx: (data) => (data as { outcome?: string } | undefined)?.outcome !== 'submitted',
})

const members = formTarget({
	name: 'organization-members',
	route: 'organizations.$slug_.members.tsx',
	roles: ['orgAdmin', 'member', ...staff],
	path: (world) =>
		segment([world.ids.memberOrganizationSlug], world.ids.organizationSlugs).map(
			(slug) => `/organizations/${slug}/members`,
		),
	intents: () => ({
		invite: { schema: inviteMemberSchema },
		remove: { schema: removeMemberSchema, fixed: { confirm: confirmations } },
		revoke: { schema: revokeInvitationSchema, fixed: { confirm: confirmations } },
	}),
	ids: (world) => [...world.ids.memberships, ...world.ids.invitations, ...allIds(world)],
	examples: (world) => ({ email: ['new-colleague@example.org', ...knownEmails(world)] }),
	refusedIn2xx: noticeRefused,
})

const requestPage = formTarget({
	name: 'request',
	route: '_member.requests.$requestId.tsx',
	roles: ['orgAdmin', 'member'],
	path: (world) =>
		segment(
			[...world.ids.introducedRequests, ...world.ids.routedRequests, ...world.ids.submittedRequests],
			[...world.ids.closedRequests, ...world.ids.providerRoutes],
		).map((id) => `/requests/${id}`),
	intents: (world) => {
		const routeId = idValues(world.ids.routes.map((route) => route.id))
		return {
			accept: { fixed: { routeId } },
			message: { schema: messageFormSchema, fixed: { routeId } },
			// The first post asks for a confirmation; only one that carries it closes.
			close: { schema: closeFormSchema, fixed: { confirm: confirmations } },
		}
	},
	ids: (world) => [...world.ids.routes.map((route) => route.id), ...allIds(world)],
	examples: () => ({ body: ['Thank you.'], outcomeNote: ['Found a partner.'], comment: ['Quick answers.'] }),
})

const requestExamples = (world: World) => ({
	organizationId: [world.ids.memberOrganization, world.ids.providerOrganization],
	title: ['GMP lentiviral vector for a phase I trial'],
	teaser: ['A company needs vector.'],
	description: ['About 20 litres by 2027.'],
	neededBy: ['2027-09-30', '2020-01-01'],
})

const editRequest = formTarget({
	name: 'request-edit',
	route: '_member.requests.$requestId_.edit.tsx',
	roles: ['orgAdmin', 'member'],
	path: (world) =>
		segment(world.ids.draftRequests, [...world.ids.submittedRequests, ...world.ids.closedRequests]).map(
			(id) => `/requests/${id}/edit`,
		),
	schema: requestFormSchema,
	examples: requestExamples,
})

const newRequest = formTarget({
	name: 'request-new',
	route: '_member.requests.new.tsx',
	roles: ['orgAdmin', 'member'],
	path: () => fc.constant('/requests/new'),
	schema: requestFormSchema,
	examples: requestExamples,
})

// ───────────────────────── establishing in Flemingsberg ─────────────────────────

const curators: Role[] = ['coordinator', 'platformAdmin']
const offerExamples = () => ({
	kind: [...offerKinds],
	titleEn: ['Lab suite in Novum'],
	titleSv: ['Labbsvit i Novum'],
	site: [...campusSiteCodes],
	sizeValue: ['320', '0', '-5', '1e9', 'twelve'],
	sizeUnit: [...sizeUnits],
	status: [...offerStatuses],
	availableFrom: ['2027-03-01', '2027-02-30'],
	availableUntil: ['2026-01-01', '2028-12-31'],
	contactEmail: ['office@example.org'],
	contactPhone: ['+46 8 000 00 00', 'call me'],
	published: ['on', ''],
})

const newOffer = formTarget({
	name: 'establish-offer-new',
	route: 'establish.manage.new.tsx',
	roles: curators,
	path: () => fc.constant('/establish/manage/new'),
	schema: offerFormSchema,
	examples: offerExamples,
})

const editOffer = formTarget({
	name: 'establish-offer-edit',
	route: 'establish.manage.$offerId.tsx',
	roles: curators,
	path: (world) => segment(world.ids.offers, world.ids.labs.slice(0, 3)).map((id) => `/establish/manage/${id}`),
	schema: offerFormSchema,
	examples: offerExamples,
})

const offerStatus = formTarget({
	name: 'establish-offer-status',
	route: 'establish.manage._index.tsx',
	roles: curators,
	path: () => fc.constantFrom('/establish/manage', '/establish/manage?lang=sv'),
	schema: offerStatusChangeSchema,
	ids: (world) => [...world.ids.offers, ...allIds(world)],
	examples: offerExamples,
})

const enquiryExamples = (world: World) => ({
	offer: ['coworking-desks-at-the-innovation-station', 'no-such-offer'],
	company: ['Nordic Vector Labs AB'],
	need: ['Four desks from March.'],
	sizeValue: ['120', '0', 'twelve'],
	sizeUnit: [...sizeUnits],
	contactEmail: ['kim@example.org', 'not-an-address'],
	contactPhone: ['+46 8 000 00 00', 'call me'],
	body: ['Welcome to Flemingsberg.'],
	listingId: world.ids.organizations.slice(0, 3),
	outcome: [...enquiryOutcomes],
})

const enquire = formTarget({
	name: 'establish-enquire',
	route: 'establish.enquire.tsx',
	roles: ['visitor', 'member'],
	path: () =>
		fc.constantFrom('/establish/enquire', '/establish/enquire?offer=coworking-desks-at-the-innovation-station'),
	schema: enquiryFormSchema,
	examples: enquiryExamples,
})

const enquiryPage = formTarget({
	name: 'establish-enquiry',
	route: 'establish.enquiries.$enquiryId.tsx',
	roles: ['member', 'platformAdmin'],
	path: (world) => segment(world.ids.enquiries, world.ids.offers).map((id) => `/establish/enquiries/${id}`),
	intents: () => ({
		answer: { schema: enquiryMessageSchema },
		reply: { schema: enquiryMessageSchema },
		handOver: { schema: enquiryHandOverSchema },
		// The first post asks for a confirmation; only one that carries it closes.
		close: { schema: enquiryCloseSchema, fixed: { confirm: confirmations } },
		withdraw: { fixed: { confirm: confirmations } },
	}),
	examples: enquiryExamples,
})

const enquiryLink = formTarget({
	name: 'establish-enquiry-link',
	route: 'establish.enquiries.link.$token.tsx',
	roles: ['visitor'],
	path: (world) => segment(world.tokens.enquiryLinks).map((token) => `/establish/enquiries/link/${token}`),
	intents: () => ({
		confirm: {},
		reply: { schema: enquiryMessageSchema },
		withdraw: { fixed: { confirm: confirmations } },
	}),
	examples: enquiryExamples,
})

// ───────────────────────── the JSON API ─────────────────────────

/** A JSON value shaped like a schema's object: plausible fields, wrong types, extra keys. */
function jsonFor(spec: Spec, values: ValueContext, depth = 0): fc.Arbitrary<unknown> {
	const wrong = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), hostileText, fc.constant([]), fc.constant({}))
	switch (spec.kind) {
		case 'object': {
			const fields = Object.entries(spec.fields)
			return fc
				.tuple(
					...fields.map(([name, field]) =>
						fc.oneof(
							{
								weight: 5,
								arbitrary:
									depth < 2
										? jsonFor(field, values, depth + 1).map((value) => [name, value] as const)
										: fc.constant([name, undefined] as const),
							},
							{ weight: 3, arbitrary: fc.constant([name, undefined] as const) },
							{ weight: 1, arbitrary: wrong.map((value) => [name, value] as const) },
						),
					),
					fc.dictionary(hostileText, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 }),
				)
				.map(([...parts]) => {
					const extra = parts.pop() as Record<string, unknown>
					const object: Record<string, unknown> = { ...extra }
					for (const [name, value] of parts as Array<readonly [string, unknown]>)
						if (value !== undefined) object[name] = value
					return object
				})
		}
		case 'array':
			return fc.oneof(fc.array(jsonFor(spec.of, values, depth + 1), { maxLength: (spec.max ?? 5) + 2 }), wrong)
		case 'union':
			return fc.oneof(...spec.options.map((option) => jsonFor(option, values, depth)))
		default:
			return fc.oneof({ weight: 6, arbitrary: plausible('', spec, values) }, { weight: 1, arbitrary: wrong })
	}
}

const matchSuggestions: Target = {
	name: 'api-match-suggestions',
	route: 'api.v1.match-suggestions.ts',
	requests(world) {
		const values: ValueContext = { ids: allIds(world), examples: {} }
		const spec = describeZod(matchRequestSchema)
		const named = (name: string, inner: Spec): fc.Arbitrary<unknown> => plausible(name, inner, values)
		const fields = fieldsOf(spec)
		const careful = fc
			.record({
				title: plausible('title', fields.title!, values, true),
				description: fc.option(plausible('description', fields.description!, values, true), { nil: undefined }),
				services: fc.option(fc.uniqueArray(plausible('services', fields.services!, values, true), { maxLength: 3 }), {
					nil: undefined,
				}),
				modalities: fc.option(
					fc.uniqueArray(plausible('modalities', fields.modalities!, values, true), { maxLength: 3 }),
					{ nil: undefined },
				),
				phase: fc.option(plausible('phase', fields.phase!, values, true), { nil: undefined }),
				neededBy: fc.option(plausible('neededBy', fields.neededBy!, values, true), { nil: undefined }),
				requiredGrades: fc.option(fc.uniqueArray(fc.constantFrom('A', 'B', 'C', 'D'), { maxLength: 2 }), {
					nil: undefined,
				}),
				listingType: fc.option(fc.constantFrom('organization', 'lab', 'facility', 'expert'), { nil: undefined }),
			})
			.map((request) => JSON.stringify(request))
		const body = fc
			.tuple(
				...Object.entries(fields).map(([name, field]) =>
					fc.oneof(
						{
							weight: 3,
							arbitrary: (field.kind === 'array'
								? fc.array(named(name, field), { maxLength: 25 })
								: named(name, field)
							).map((value) => [name, value] as const),
						},
						{ weight: 3, arbitrary: fc.constant([name, undefined] as const) },
						{ weight: 1, arbitrary: jsonFor(field, values).map((value) => [name, value] as const) },
					),
				),
			)
			.map((parts) => Object.fromEntries(parts.filter(([, value]) => value !== undefined)))
		const json = fc.oneof(
			{ weight: 4, arbitrary: careful },
			{ weight: 4, arbitrary: body.map((value) => JSON.stringify(value)) },
			{ weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
		)
		const valid = fc
			.record({
				text: json,
				limit: fc.constantFrom(
					'',
					'',
					'',
					'?limit=5',
					'?limit=100',
					'?limit=0',
					'?limit=101',
					'?limit=1.5',
					'?limit=%00',
					'?limit=abc',
				),
				role: fc.constantFrom(...roles),
			})
			.map(({ text, limit, role }) => ({
				method: 'POST',
				path: `/api/v1/match-suggestions${limit}`,
				role,
				mode: 'resource' as const,
				origin: 'none' as const,
				body: { kind: 'raw', contentType: 'application/json', text } as Body,
				tags: ['json'],
			}))
		return fc.oneof(
			{ weight: 8, arbitrary: valid },
			{
				weight: 2,
				arbitrary: hostileRequest(fc.constant('/api/v1/match-suggestions'), fc.constantFrom(...roles), 'resource'),
			},
		)
	},
}

const listingsApi = readOnlyApi('api-listings', 'api.v1.listings.ts', 'query', () => {
	const facetValue = (facet: (typeof searchFacetNames)[number]) => {
		const vocabulary = facetVocabularies[facet]
		return fc.oneof(
			{
				weight: 4,
				arbitrary: vocabulary
					? fc.constantFrom(...codesOf(vocabulary))
					: fc.constantFrom('Huddinge', 'Stockholm', 'Flemingsberg'),
			},
			{ weight: 1, arbitrary: hostileText },
		)
	}
	const parameter: fc.Arbitrary<[string, string]> = fc.oneof(
		{
			weight: 3,
			arbitrary: fc.tuple(
				fc.constant('q'),
				fc.oneof(fc.constantFrom('lentiviral', 'CAR-T', 'renrum', 'gmp'), hostileText),
			),
		},
		...searchFacetNames.map((facet) => ({
			weight: 1,
			arbitrary: fc.tuple(fc.constant(facet as string), facetValue(facet)),
		})),
		{ weight: 1, arbitrary: fc.tuple(fc.constant('sort'), fc.oneof(fc.constantFrom(...searchSorts), hostileText)) },
		{
			weight: 1,
			arbitrary: fc.tuple(fc.constant('page'), fc.oneof(fc.integer({ min: -2, max: 1000 }).map(String), hostileText)),
		},
		{ weight: 1, arbitrary: fc.tuple(hostileText, hostileText) },
	)
	return fc.array(parameter, { maxLength: 8 }).map((params) => {
		const query = new URLSearchParams(params).toString()
		return `/api/v1/listings${query ? `?${query}` : ''}`
	})
})

/** A read-only API route: GETs (and the odd HEAD or POST) of `paths`, by every role. */
function readOnlyApi(name: string, route: string, tag: string, paths: (world: World) => fc.Arbitrary<string>): Target {
	return {
		name,
		route,
		requests: (world) =>
			fc
				.record({
					path: paths(world),
					role: fc.constantFrom(...roles),
					method: fc.constantFrom('GET', 'GET', 'GET', 'GET', 'HEAD', 'POST'),
				})
				.map(({ path, role, method }) => ({
					method,
					path,
					role,
					mode: 'resource' as const,
					origin: 'none' as const,
					body: (method === 'POST'
						? { kind: 'raw', contentType: 'application/json', text: '{}' }
						: { kind: 'none' }) as Body,
					tags: [tag],
				})),
	}
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const listingByRefApi = readOnlyApi('api-listing-by-ref', 'api.v1.listings.$ref.ts', 'ref', (world) =>
	fc
		.oneof(
			{ weight: 3, arbitrary: fc.constantFrom(...world.ids.listingRefs) },
			{ weight: 1, arbitrary: fc.constantFrom(...malformedIds) },
			{ weight: 2, arbitrary: hostileText },
		)
		// A client can only send well-formed text in an address: a lone surrogate is sent as U+FFFD.
		.map((ref) => `/api/v1/listings/${encodeURIComponent(ref.replace(loneSurrogate, '\uFFFD'))}`),
)
const openApiDocument = readOnlyApi('api-openapi', 'api.v1.openapi[.]json.ts', 'read-only', () =>
	fc.constantFrom('/api/v1/openapi.json', '/api/v1/openapi.json?lang=sv'),
)
const apiDocs = readOnlyApi('api-docs', 'api.docs.tsx', 'read-only', () =>
	fc.constantFrom('/api/docs', '/api/docs?lang=sv'),
)

// What crawlers read: the sitemap's numbered files take a part of the address, which must only ever be a 404.
const sitemapFiles = readOnlyApi('sitemap', 'sitemap.$part.ts', 'ref', () =>
	fc.oneof(
		fc.constantFrom('/sitemap.xml', '/sitemap/1.xml', '/sitemap/0.xml', '/sitemap/99999999.xml', '/robots.txt'),
		hostileText.map((part) => `/sitemap/${encodeURIComponent(part.replace(loneSurrogate, '\uFFFD'))}`),
	),
)

const tokenExamples = (world: World) => ({
	organizationId: [world.ids.memberOrganization, world.ids.providerOrganization],
	name: ['Foundation CRM', 'Forskningsinfrastruktur – katalog'],
	scopes: ['listings:read', 'requests:read'],
	expiresOn: ['2027-12-31', '2020-01-01'],
})

const accountApiTokens = formTarget({
	name: 'account-api-tokens',
	route: '_member.account.api-tokens.tsx',
	roles: ['orgAdmin', 'member', 'providerAdmin', 'coordinator'],
	path: () => fc.constantFrom('/account/api-tokens', '/account/api-tokens?lang=sv'),
	intents: () => ({ create: { schema: organizationTokenSchema }, revoke: { schema: revokeTokenSchema } }),
	examples: tokenExamples,
	refusedIn2xx: (data) =>
		!(data as { created?: unknown; notice?: unknown } | undefined)?.created && noticeRefused(data),
})

const coordinatorApiTokens = formTarget({
	name: 'coordinator-api-tokens',
	route: 'coordinator.api-tokens.tsx',
	roles: [...staff, 'orgAdmin'],
	path: () => fc.constantFrom('/coordinator/api-tokens', '/coordinator/api-tokens?lang=sv'),
	intents: () => ({ create: { schema: hubTokenSchema }, revoke: { schema: revokeTokenSchema } }),
	examples: tokenExamples,
	refusedIn2xx: (data) =>
		!(data as { created?: unknown; notice?: unknown } | undefined)?.created && noticeRefused(data),
})

// The hub's own pages: a page that is not one of them is 404, a stale version a conflict.
const coordinatorSitePage = formTarget({
	name: 'coordinator-site-page',
	route: 'coordinator.pages.$key.tsx',
	roles: [...staff, 'orgAdmin'],
	path: () =>
		fc.constantFrom(
			'/coordinator/pages/about',
			'/coordinator/pages/privacy?lang=sv',
			'/coordinator/pages/contact',
			'/coordinator/pages/imprint',
		),
	schema: sitePageSchema,
	examples: () => ({
		version: ['1', '2', '0', '999999999'],
		titleEn: ['About ATMP Flemingsberg'],
		leadEn: ['The hub for advanced therapies in south Stockholm.'],
		bodyEn: ['## Who we are\n\n- Karolinska Institutet\n- [KTH](https://www.kth.se)', '<script>alert(1)</script>'],
		titleSv: ['Om ATMP Flemingsberg', ''],
		leadSv: ['Navet för avancerade terapier i södra Stockholm.', ''],
		bodySv: ['## Vilka vi är\n\nEtt nav på campus.', ''],
	}),
})

// Without a token every call is 401; the fuzzing holds that against hostile addresses.
const requestsApi = readOnlyApi('api-requests', 'api.v1.requests.ts', 'read-only', () =>
	fc.constantFrom(
		'/api/v1/requests',
		'/api/v1/requests?page=2',
		'/api/v1/requests?page=0',
		'/api/v1/requests?page=%00',
	),
)
const requestByIdApi = readOnlyApi('api-request-by-id', 'api.v1.requests.$id.ts', 'ref', (world) =>
	segment(world.ids.submittedRequests).map((id) => `/api/v1/requests/${id}`),
)

// ───────────────────────── news and events (issue 14) ─────────────────────────

const eventExamples = {
	startsAt: ['2027-03-04T08:30', '2027-03-28T02:30', '2027-13-01T10:00', '2027-03-04'],
	endsAt: ['2027-03-04T10:00', '2027-03-04T08:00', '1970-01-01T00:00'],
	timeZone: [...offeredTimeZones, 'Mars/Olympus_Mons', ''],
	onlineUrl: ['https://example.org/webinar', 'javascript:alert(1)', 'data:text/html,x', '//evil.example'],
	registrationUrl: ['https://example.org/register', 'ftp://example.org'],
	registration: ['none', 'external', 'portal', 'waitlist'],
	capacity: ['40', '0', '-1', '1e9', '12.5'],
}

const newNews = formTarget({
	name: 'coordinator-news-new',
	route: 'coordinator.news.new.tsx',
	roles: staff,
	path: () => fc.constantFrom('/coordinator/news/new', '/coordinator/news/new?lang=sv'),
	schema: newsSchema,
})

const editNews = formTarget({
	name: 'coordinator-news-edit',
	route: 'coordinator.news.$id.tsx',
	roles: staff,
	path: (world) => segment([], allIds(world)).map((id) => `/coordinator/news/${id}`),
	intents: () => ({ save: { schema: newsSchema }, publish: {}, withdraw: {} }),
})

const newEvent = formTarget({
	name: 'coordinator-events-new',
	route: 'coordinator.events.new.tsx',
	roles: staff,
	path: () => fc.constantFrom('/coordinator/events/new', '/coordinator/events/new?lang=sv'),
	schema: eventSchema,
	examples: () => eventExamples,
})

const editEvent = formTarget({
	name: 'coordinator-events-edit',
	route: 'coordinator.events.$id.tsx',
	roles: staff,
	path: (world) => segment([], allIds(world)).map((id) => `/coordinator/events/${id}`),
	intents: () => ({ save: { schema: eventSchema }, publish: {}, cancel: {} }),
	examples: () => eventExamples,
})

// ───────────────────────── import (issue 15) ─────────────────────────

// A form field can only carry text, so the file control arrives as a string
// (refused beside the field, "choose a file"); the CSV reader's own hostile
// input is fuzzed in app/domain/transfer/listings-csv.test.ts.
const coordinatorImport = formTarget({
	name: 'coordinator-import',
	route: 'coordinator.import.tsx',
	roles: staff,
	path: () => fc.constantFrom('/coordinator/import', '/coordinator/import?lang=sv'),
	intents: () => ({
		upload: {
			schema: importUploadSchema.omit({ file: true }),
			fixed: { file: fc.constantFrom<string[]>(['ref,name,kind\r\norg-1,A,company\r\n'], [], ['']) },
		},
		confirm: { schema: confirmImportSchema },
	}),
})

// Following news and events, unsubscribing from a mail, registering for an event.
const followNews = formTarget({
	name: 'news-follow',
	route: 'news._index.tsx',
	roles: ['visitor', ...signedIn],
	path: () => fc.constantFrom('/news?index', '/news?index&lang=sv', '/news?index&page=1'),
	intents: () => ({ follow: { schema: followSchema } }),
	examples: () => ({ news: ['on', 'true', 'off', ''], events: ['on', 'false', 'yes'] }),
})

const followEvents = formTarget({
	name: 'events-follow',
	route: 'events._index.tsx',
	roles: ['visitor', ...signedIn],
	path: () => fc.constantFrom('/events?index', '/events?index&when=past', '/events?index&lang=sv'),
	intents: () => ({ follow: { schema: followSchema } }),
	examples: () => ({ news: ['on'], events: ['on', ''] }),
})

// The demo's events: one with registration in the portal, one with an external link; then ones that are not there.
const eventRegistration = formTarget({
	name: 'event-registration',
	route: 'events.$slug.tsx',
	roles: ['visitor', ...signedIn],
	path: () =>
		fc.constantFrom(
			'/events/atmp-breakfast-seminar-from-lab-to-clinic',
			'/events/atmp-breakfast-seminar-from-lab-to-clinic?lang=sv',
			'/events/gmp-cleanroom-workshop',
			'/events/no-such-event',
			...malformedIds.map((id) => `/events/${id}`),
		),
	intents: () => ({ register: {}, 'cancel-registration': {} }),
})

const unsubscribeLink = formTarget({
	name: 'unsubscribe',
	route: 'unsubscribe.$token.tsx',
	roles: ['visitor', ...signedIn],
	path: () =>
		fc.constantFrom(
			`/unsubscribe/${'0'.repeat(32)}${'A'.repeat(43)}`,
			`/unsubscribe/${'f'.repeat(75)}`,
			// A saved-search alert digest's link (app/domain/saved-searches/alert-unsubscribe.server.ts).
			`/unsubscribe/a${'0'.repeat(32)}${'A'.repeat(43)}`,
			'/unsubscribe/a',
			'/unsubscribe/short',
			...malformedIds.map((id) => `/unsubscribe/${id}`),
		),
	fixed: () => ({ 'List-Unsubscribe': fc.constant(['One-Click']) }),
	refusedIn2xx: (data) => (data as { outcome?: string } | undefined)?.outcome !== 'unsubscribed',
})

// Stale-listing nudges (docs/decisions/044): the coordinators' list, and the mailed confirmation link.
const staleListings = formTarget({
	name: 'coordinator-stale',
	route: 'coordinator.stale.tsx',
	roles: staff,
	path: () => fc.constant('/coordinator/stale'),
	intents: (world) => ({
		nudge: { fixed: { listingId: idValues([...world.ids.labs, ...world.ids.facilities, ...world.ids.organizations]) } },
		archive: { fixed: { listingId: idValues([...world.ids.labs, ...world.ids.facilities]) } },
		// Asking about a facility's capacity windows; a lab or a facility without suites is a refusal, never a 500.
		'nudge-capacity': { fixed: { listingId: idValues([...world.ids.facilities, ...world.ids.labs]) } },
	}),
})

const confirmListingLink = formTarget({
	name: 'confirm-listing',
	route: 'listings.confirm.$token.tsx',
	roles: ['visitor', ...signedIn],
	path: () =>
		fc.constantFrom(
			`/listings/confirm/${'A'.repeat(43)}`,
			`/listings/confirm/${'f'.repeat(75)}`,
			'/listings/confirm/short',
			...malformedIds.map((id) => `/listings/confirm/${id}`),
		),
	refusedIn2xx: (data) => (data as { outcome?: string } | undefined)?.outcome !== 'confirmed',
})

/** Every target, in groups that each run in their own test file (one portal per file, files run in parallel). */
export const groups = {
	accounts: [
		login,
		logout,
		signup,
		forgotPassword,
		resetPassword,
		verifyEmail,
		account,
		accountAlerts,
		accountDelete,
		invitation,
		claimOrganization,
		members,
		accountApiTokens,
	],
	curation: [
		coordinatorListing,
		review,
		claims,
		editListing,
		capacityEditor,
		newListing,
		myListingsVisibility,
		listingsApi,
		listingByRefApi,
		openApiDocument,
		apiDocs,
		sitemapFiles,
		coordinatorApiTokens,
		coordinatorSitePage,
		newNews,
		editNews,
		newEvent,
		editEvent,
		coordinatorImport,
		newOffer,
		editOffer,
		offerStatus,
		enquire,
		enquiryPage,
		enquiryLink,
		followNews,
		followEvents,
		eventRegistration,
		unsubscribeLink,
		staleListings,
		confirmListingLink,
	],
	requests: [
		triage,
		inbox,
		requestPage,
		editRequest,
		newRequest,
		openCalls,
		notifications,
		matchSuggestions,
		requestsApi,
		requestByIdApi,
	],
} satisfies Record<string, Target[]>

export type GroupName = keyof typeof groups
export const targets: Target[] = Object.values(groups).flat()
