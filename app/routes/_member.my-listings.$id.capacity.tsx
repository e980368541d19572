import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { formIntent, handleIntents, stay } from '~/components/forms/form-action.server.ts'
import {
	ActionButton,
	Field,
	HiddenFields,
	IntentForm,
	IntentNotice,
	type IntentReply,
	schemaOnUse,
	SelectField,
	useSchemaForm,
} from '~/components/forms/index.ts'
import { PageHeader } from '~/components/page-header.tsx'
import { Section } from '~/components/section.tsx'
import { isStaff } from '~/domain/auth/permissions.ts'
import {
	addSuiteFormSchema,
	addWindowFormSchema,
	capacityStates,
	removeSuiteFormSchema,
	removeWindowFormSchema,
	saveWindowFormSchema,
} from '~/domain/capacity/capacity-schema.ts'
import { listFacilityCapacity, type SuiteView } from '~/domain/capacity/list-facility-capacity.server.ts'
import { removeSuite } from '~/domain/capacity/remove-suite.server.ts'
import { removeWindow } from '~/domain/capacity/remove-window.server.ts'
import { saveSuite } from '~/domain/capacity/save-suite.server.ts'
import { saveWindow } from '~/domain/capacity/save-window.server.ts'
import { listingPath } from '~/domain/directory/types.ts'
import { findListingScope } from '~/domain/listings/listing-for-edit.server.ts'
import { listingScope } from '~/domain/listings/listing-scope.ts'
import { notFound, requireParam } from '~/http/params.server.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { needTexts } from '~/i18n/messages.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { codesOf } from '~/taxonomy/taxonomy.ts'
import { prisma } from '~/utils/db.server.ts'

const addSuiteFormSchemaOnUse = schemaOnUse(() =>
	import('~/domain/capacity/capacity-schema.ts').then((module) => module.addSuiteFormSchema),
)
const addWindowFormSchemaOnUse = schemaOnUse(() =>
	import('~/domain/capacity/capacity-schema.ts').then((module) => module.addWindowFormSchema),
)
const saveWindowFormSchemaOnUse = schemaOnUse(() =>
	import('~/domain/capacity/capacity-schema.ts').then((module) => module.saveWindowFormSchema),
)

await needTexts('capacity')

// A facility's suites and capacity windows, kept by its organisation's members
// and the coordinators (the right to edit the listing). Every form posts and
// saves at once, so the page works without JavaScript: adding a window is a
// form of its own, removing one a button (docs/decisions/042).

async function authorize(request: Request, listingId: string) {
	const scope = await findListingScope(listingId)
	if (!scope || scope.type !== 'facility') throw notFound()
	const actor = await requirePermission(request, 'listing.edit', listingScope(scope))
	return { actor, facilityId: scope.id }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { actor, facilityId } = await authorize(request, requireParam(params, 'id', 'id'))
	const facility = await prisma().listing.findUniqueOrThrow({
		where: { id: facilityId },
		select: { id: true, name: true, slug: true, type: true, status: true },
	})
	return {
		facility: {
			id: facility.id,
			name: facility.name,
			publicPath: facility.status === 'published' ? listingPath(facility) : null,
		},
		suites: await listFacilityCapacity(facilityId),
		back: isStaff(actor) ? `/coordinator/listings/${facilityId}` : '/my-listings',
	}
}

type Intent = 'add-suite' | 'remove-suite' | 'add-window' | 'save-window' | 'remove-window'
type CapacityReply = IntentReply<Intent> & { target?: string }

export async function action({ request, params }: ActionFunctionArgs) {
	const { actor, facilityId } = await authorize(request, requireParam(params, 'id', 'id'))
	const formData = await request.formData()
	// Which of the page's forms of one kind sent it (a suite's, a window's), so only that one shows the reply.
	const target = String(formData.get('windowId') ?? formData.get('suiteId') ?? '')
	const echo = { target }
	return handleIntents(formData, {
		'add-suite': formIntent(
			addSuiteFormSchema,
			async (fields) => {
				await saveSuite({ actor, facilityId, fields })
				return stay({ notice: { tone: 'success', message: 'capacityEditor.saved.suite' }, resetForm: true })
			},
			{ echo },
		),
		'remove-suite': formIntent(
			removeSuiteFormSchema,
			async ({ suiteId }) => {
				await removeSuite({ actor, facilityId, suiteId })
				return stay({ notice: { tone: 'success', message: 'capacityEditor.removed.suite' } })
			},
			{ echo },
		),
		'add-window': formIntent(
			addWindowFormSchema,
			async ({ suiteId, ...fields }) => {
				await saveWindow({ actor, facilityId, suiteId, fields })
				return stay({ notice: { tone: 'success', message: 'capacityEditor.saved.window' }, resetForm: true })
			},
			{ echo },
		),
		'save-window': formIntent(
			saveWindowFormSchema,
			async ({ suiteId, windowId, ...fields }) => {
				await saveWindow({ actor, facilityId, suiteId, windowId, fields })
				return stay({ notice: { tone: 'success', message: 'capacityEditor.saved.window' } })
			},
			{ echo },
		),
		'remove-window': formIntent(
			removeWindowFormSchema,
			async ({ windowId }) => {
				await removeWindow({ actor, facilityId, windowId })
				return stay({ notice: { tone: 'success', message: 'capacityEditor.removed.window' } })
			},
			{ echo },
		),
	})
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
	documentMeta(matches, (i18n) => ({
		title: data ? i18n.t('capacityEditor.title', { name: data.facility.name }) : i18n.t('error.notFound.title'),
	}))

function replyOf(reply: CapacityReply | undefined, intent: Intent, target: string) {
	return reply && reply.intent === intent && reply.target === target ? reply : undefined
}

function WindowFields({ fields }: { fields: ReturnType<typeof useSchemaForm<typeof addWindowFormSchema>>[1] }) {
	const { t } = useT()
	return (
		<div className="grid gap-4 sm:grid-cols-2">
			<Field meta={fields.from} type="date" label={t('label.capacityFrom')} />
			<Field meta={fields.to} type="date" label={t('label.capacityTo')} />
			<SelectField
				meta={fields.state}
				label={t('label.capacityState')}
				options={capacityStates.map((state) => ({ value: state, label: t(`capacity.state.${state}`) }))}
			/>
			<Field meta={fields.note} label={t('label.capacityNote')} />
		</div>
	)
}

function AddWindowForm({ suite, reply }: { suite: SuiteView; reply?: CapacityReply }) {
	const { t } = useT()
	const mine = replyOf(reply, 'add-window', suite.id)
	const [form, fields] = useSchemaForm(addWindowFormSchemaOnUse, {
		id: `add-window-${suite.id}`,
		lastResult: mine?.result,
		defaultValue: { suiteId: suite.id, state: 'free' },
		checkFirst: 'onSubmit',
	})
	return (
		<div className="mt-4 rounded-lg border border-slate-200 p-4">
			<h4 className="font-semibold text-slate-900">{t('capacityEditor.addWindowHeading', { name: suite.name })}</h4>
			<IntentNotice reply={mine} className="mt-3" />
			<IntentForm
				form={form}
				intent="add-window"
				submit={t('capacityEditor.addWindow')}
				pendingLabel={t('capacityEditor.addWindow')}
				className="mt-3 space-y-4"
			>
				<HiddenFields values={{ suiteId: suite.id }} />
				<WindowFields fields={fields} />
			</IntentForm>
		</div>
	)
}

function WindowRow({
	suite,
	window,
	reply,
}: {
	suite: SuiteView
	window: SuiteView['windows'][number]
	reply?: CapacityReply
}) {
	const { t, formatDate } = useT()
	const mine = replyOf(reply, 'save-window', window.id)
	const [form, fields] = useSchemaForm(saveWindowFormSchemaOnUse, {
		id: `window-${window.id}`,
		lastResult: mine?.result,
		defaultValue: { ...window, note: window.note ?? '', suiteId: suite.id, windowId: window.id },
		checkFirst: 'onSubmit',
	})
	const legend = t('capacityEditor.windowLegend', {
		state: t(`capacity.state.${window.state}`),
		from: formatDate(window.from),
		to: formatDate(window.to),
	})
	return (
		<li className="rounded-lg border border-slate-200 p-4">
			<p className="font-medium text-slate-900">{legend}</p>
			<IntentNotice reply={mine} className="mt-3" />
			<IntentForm
				form={form}
				intent="save-window"
				submit={t('capacityEditor.saveWindow')}
				pendingLabel={t('capacityEditor.saveWindow')}
				className="mt-3 space-y-4"
			>
				<HiddenFields values={{ suiteId: suite.id, windowId: window.id }} />
				<WindowFields fields={fields as never} />
			</IntentForm>
			<ActionButton intent="remove-window" fields={{ windowId: window.id }} className="mt-3" tone="secondary">
				{t('capacityEditor.removeWindow')}
			</ActionButton>
		</li>
	)
}

function AddSuiteForm({ reply }: { reply?: CapacityReply }) {
	const { t } = useT()
	const mine = replyOf(reply, 'add-suite', '')
	const [form, fields] = useSchemaForm(addSuiteFormSchemaOnUse, {
		id: 'add-suite',
		lastResult: mine?.result,
		checkFirst: 'onSubmit',
	})
	return (
		<Section id="add-suite-heading" heading={t('capacityEditor.addSuiteHeading')} size="lg" className="card p-5 sm:p-6">
			<IntentNotice reply={mine} className="mt-3" />
			<IntentForm
				form={form}
				intent="add-suite"
				submit={t('capacityEditor.addSuite')}
				pendingLabel={t('capacityEditor.addSuite')}
				className="mt-3 space-y-4"
			>
				<div className="grid gap-4 sm:grid-cols-2">
					<Field meta={fields.name} label={t('label.capacitySuite')} />
					<SelectField
						meta={fields.grade}
						label={t('label.capacityGrade')}
						options={[
							{ value: '', label: t('capacityEditor.gradeNone') },
							...codesOf('cleanroomGrades').map((grade) => ({ value: grade, label: grade })),
						]}
					/>
				</div>
			</IntentForm>
		</Section>
	)
}

export default function CapacityEditorPage() {
	const { facility, suites, back } = useLoaderData<typeof loader>()
	const reply = useActionData<typeof action>() as CapacityReply | undefined
	const { t } = useT()
	return (
		<>
			<PageHeader
				trail={[{ label: t('myListings.title'), to: '/my-listings' }]}
				title={t('capacityEditor.title', { name: facility.name })}
				crumb={t('capacityEditor.link')}
			>
				<p className="mt-3 max-w-3xl text-slate-700">{t('capacityEditor.intro')}</p>
				<p className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
					{facility.publicPath ? (
						<Link to={facility.publicPath} className="link">
							{t('capacityEditor.viewPage')}
						</Link>
					) : null}
					<Link to={back} className="link">
						{back === '/my-listings' ? t('capacityEditor.back') : t('capacityEditor.backCoordinator')}
					</Link>
				</p>
			</PageHeader>
			<div className="container-page space-y-8 py-8 sm:py-10">
				<IntentNotice
					reply={reply}
					intents={['remove-suite', 'remove-window']}
					buttonsOnly={['remove-suite', 'remove-window']}
				/>
				<Section id="suites-heading" heading={t('capacityEditor.suitesHeading')} className="max-w-4xl space-y-8">
					{suites.length === 0 ? <p className="text-slate-700">{t('capacityEditor.noSuites')}</p> : null}
					{suites.map((suite) => (
						<article key={suite.id} aria-labelledby={`suite-${suite.id}`} className="card p-5 sm:p-6">
							<div className="flex flex-wrap items-baseline justify-between gap-3">
								<h3 id={`suite-${suite.id}`} className="text-lg font-semibold text-slate-900">
									{suite.grade
										? t('capacity.suiteWithGrade', { name: suite.name, grade: suite.grade })
										: t('capacity.suite', { name: suite.name })}
								</h3>
								<ActionButton intent="remove-suite" fields={{ suiteId: suite.id }} tone="secondary">
									{t('capacityEditor.removeSuite')}
								</ActionButton>
							</div>
							<h4 className="mt-4 text-sm font-semibold text-slate-900">
								{t('capacityEditor.windowsOf', { name: suite.name })}
							</h4>
							{suite.windows.length ? (
								<ul className="mt-3 space-y-3">
									{suite.windows.map((window) => (
										<WindowRow key={window.id} suite={suite} window={window} reply={reply} />
									))}
								</ul>
							) : (
								<p className="mt-2 text-sm text-slate-600">{t('capacityEditor.noWindows')}</p>
							)}
							<AddWindowForm suite={suite} reply={reply} />
						</article>
					))}
				</Section>
				<div className="max-w-4xl">
					<AddSuiteForm reply={reply} />
				</div>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
