import { Section } from '~/components/section.tsx'
import type { Registrant } from '~/domain/events/event-registrations.server.ts'
import type { PlainMessageKey } from '~/i18n/messages.ts'
import { useT } from '~/i18n/use-t.ts'

// The coordinator's list of who is coming to an event and who waits, in order.

/** On a phone each person is a small card with its labels; from the small breakpoint up, a table row. */
function RegistrantRows({ registrants }: { registrants: readonly Registrant[] }) {
	const { t, formatDate } = useT()
	const label = (key: PlainMessageKey) => <span className="font-medium text-slate-600 sm:hidden">{t(key)}: </span>
	return registrants.map((registrant, index) => (
		<tr
			key={`${registrant.email}-${index}`}
			className="block border-t border-slate-200 py-2 align-top sm:table-row sm:py-0"
		>
			<td className="block font-semibold tabular-nums sm:table-cell sm:py-2 sm:pr-4 sm:font-normal">{index + 1}</td>
			<td className="block sm:table-cell sm:py-2 sm:pr-4">
				{label('registrations.name')}
				{registrant.name}
			</td>
			<td className="block break-all sm:table-cell sm:py-2 sm:pr-4">
				{label('registrations.email')}
				<a href={`mailto:${registrant.email}`} className="link">
					{registrant.email}
				</a>
			</td>
			<td className="block sm:table-cell sm:py-2 sm:pr-4">
				{label('registrations.organization')}
				{registrant.organizations.join(', ')}
			</td>
			<td className="block sm:table-cell sm:py-2 sm:whitespace-nowrap">
				{label('registrations.registeredAt')}
				{formatDate(registrant.registeredAt, 'minute')}
			</td>
		</tr>
	))
}

function RegistrantTable({ caption, registrants }: { caption: string; registrants: readonly Registrant[] }) {
	const { t } = useT()
	return (
		<div className="sm:overflow-x-auto">
			<table className="block w-full text-left text-sm sm:table">
				<caption className="block pb-2 text-left font-semibold text-slate-900 sm:table-caption">{caption}</caption>
				<thead className="hidden sm:table-header-group">
					<tr className="text-slate-600">
						<th scope="col" className="py-2 pr-4">
							#
						</th>
						<th scope="col" className="py-2 pr-4">
							{t('registrations.name')}
						</th>
						<th scope="col" className="py-2 pr-4">
							{t('registrations.email')}
						</th>
						<th scope="col" className="py-2 pr-4">
							{t('registrations.organization')}
						</th>
						<th scope="col" className="py-2">
							{t('registrations.registeredAt')}
						</th>
					</tr>
				</thead>
				<tbody className="block sm:table-row-group">
					<RegistrantRows registrants={registrants} />
				</tbody>
			</table>
		</div>
	)
}

export function RegistrationsSection({
	registrants,
	capacity,
	csvPath,
}: {
	registrants: readonly Registrant[]
	capacity: number | null
	csvPath: string
}) {
	const { t } = useT()
	const seated = registrants.filter((registrant) => registrant.place === 'registered')
	const waiting = registrants.filter((registrant) => registrant.place === 'waiting')
	return (
		<Section
			id="registrations-heading"
			heading={t('registrations.heading')}
			size="lg"
			className="card space-y-4 p-5 sm:p-6"
		>
			<p className="text-slate-700">
				{t('registrations.summary', {
					registered: seated.length,
					capacity: capacity ?? '–',
					waiting: waiting.length,
				})}
			</p>
			{registrants.length === 0 ? (
				<p className="text-slate-700">{t('registrations.none')}</p>
			) : (
				<>
					{seated.length ? <RegistrantTable caption={t('registrations.seat')} registrants={seated} /> : null}
					{waiting.length ? <RegistrantTable caption={t('registrations.waitingList')} registrants={waiting} /> : null}
					<p>
						<a href={csvPath} className="link" download>
							{t('registrations.download')}
						</a>
					</p>
				</>
			)}
		</Section>
	)
}
