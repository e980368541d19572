import type { Registrant } from '~/domain/events/event-registrations.server.ts'
import { useT } from '~/i18n/use-t.ts'

// The coordinator's list of who is coming to an event and who waits, in order.

function RegistrantRows({ registrants }: { registrants: readonly Registrant[] }) {
	const { formatDate } = useT()
	return registrants.map((registrant, index) => (
		<tr key={`${registrant.email}-${index}`} className="border-t border-slate-200 align-top">
			<td className="py-2 pr-4 tabular-nums">{index + 1}</td>
			<td className="py-2 pr-4 break-words">{registrant.name}</td>
			<td className="py-2 pr-4 break-all">
				<a href={`mailto:${registrant.email}`} className="link">
					{registrant.email}
				</a>
			</td>
			<td className="py-2 pr-4 break-words">{registrant.organizations.join(', ')}</td>
			<td className="py-2 whitespace-nowrap">{formatDate(registrant.registeredAt, 'minute')}</td>
		</tr>
	))
}

function RegistrantTable({ caption, registrants }: { caption: string; registrants: readonly Registrant[] }) {
	const { t } = useT()
	return (
		<div className="overflow-x-auto">
			<table className="w-full text-left text-sm">
				<caption className="pb-2 text-left font-semibold text-slate-900">{caption}</caption>
				<thead>
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
				<tbody>
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
		<section aria-labelledby="registrations-heading" className="card space-y-4 p-5 sm:p-6">
			<h2 id="registrations-heading" className="text-lg font-semibold text-slate-900">
				{t('registrations.heading')}
			</h2>
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
		</section>
	)
}
