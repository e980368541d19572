import type { ResponseKind } from '~/generated/prisma/enums.ts'
import { useT } from '~/i18n/use-t.ts'

export interface RouteResponseView {
	kind: ResponseKind
	message: string | null
	/** Null where the reader may not know who answered. */
	authorName: string | null
	createdAt: string
}

/** A provider's answers on a route, oldest first, as the requester and the provider see them. */
export function RouteResponses({ responses }: { responses: readonly RouteResponseView[] }) {
	const { t, formatDate } = useT()
	return (
		<ul className="space-y-2">
			{responses.map((response) => (
				<li key={response.createdAt} className="rounded-lg bg-slate-50 px-4 py-3">
					<p className="text-sm font-semibold text-slate-800">
						{t('requestDetail.answeredOn', {
							kind: t(`response.kind.${response.kind}`),
							date: formatDate(response.createdAt),
						})}
						{response.authorName ? ` · ${response.authorName}` : ''}
					</p>
					{response.message ? <p className="mt-1 whitespace-pre-line text-slate-800">{response.message}</p> : null}
				</li>
			))}
		</ul>
	)
}
