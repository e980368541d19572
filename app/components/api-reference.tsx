import type { FieldRow, ReferenceOperation } from '~/http/openapi/reference.ts'
import { useT } from '~/i18n/use-t.ts'

// The reference page's body: plain HTML (tables, <details>, <pre>), so it reads the same without JavaScript.

function FieldTable({
	rows,
	caption,
	nameHeading,
}: {
	rows: Array<FieldRow & { in?: string }>
	caption: string
	nameHeading: string
}) {
	const { t } = useT()
	const showIn = rows.some((row) => row.in)
	const headings = [
		nameHeading,
		...(showIn ? [t('api.column.in')] : []),
		t('api.column.type'),
		t('api.column.description'),
	]
	return (
		// On a phone the table scrolls sideways inside its card: a named, focusable region a keyboard can scroll.
		<div
			role="region"
			aria-label={caption}
			tabIndex={0}
			className="card overflow-x-auto focus:outline-2 focus:outline-brand-600"
		>
			<table className="w-full min-w-[36rem] text-left text-sm">
				<caption className="sr-only">{caption}</caption>
				<thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
					<tr>
						{headings.map((heading) => (
							<th key={heading} scope="col" className="px-4 py-2 font-semibold">
								{heading}
							</th>
						))}
					</tr>
				</thead>
				<tbody className="divide-y divide-slate-100">
					{rows.map((row) => (
						<tr key={`${row.in ?? ''}:${row.name}`} className="align-top">
							<th scope="row" className="px-4 py-2 font-mono font-medium text-slate-900">
								{row.name}
								<span className="mt-0.5 block font-sans text-xs font-normal text-slate-600">
									{row.required ? t('api.required') : t('api.optional')}
								</span>
							</th>
							{showIn ? <td className="px-4 py-2 text-slate-700">{row.in}</td> : null}
							<td className="px-4 py-2 font-mono text-slate-700">{row.type}</td>
							<td className="px-4 py-2 text-slate-700">
								{row.description}
								{row.values.length ? (
									<span className="mt-1 block text-xs text-slate-600">
										{t('api.values')} <code>{row.values.join(', ')}</code>
									</span>
								) : null}
							</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	)
}

function CodeBlock({ label, code }: { label: string; code: string }) {
	return (
		<figure className="space-y-1">
			<figcaption className="text-sm font-semibold text-slate-700">{label}</figcaption>
			{/* A long line scrolls sideways: focusable, so a keyboard can scroll it too. */}
			<pre
				tabIndex={0}
				aria-label={label}
				className="overflow-x-auto rounded-lg bg-slate-900 p-4 text-sm text-slate-100 focus:outline-2 focus:outline-brand-600"
			>
				<code>{code}</code>
			</pre>
		</figure>
	)
}

export function ApiOperation({ operation }: { operation: ReferenceOperation }) {
	const { t } = useT()
	return (
		<section id={operation.id} aria-labelledby={`${operation.id}-heading`} className="scroll-mt-6 space-y-5">
			<h2 id={`${operation.id}-heading`} className="text-2xl font-bold tracking-tight text-slate-900">
				<span className="mr-2 rounded bg-brand-50 px-2 py-0.5 font-mono text-base text-brand-800">
					{operation.method}
				</span>
				<code className="font-mono text-xl break-all">{operation.path}</code>
			</h2>
			<p className="text-lg font-medium text-slate-800">{operation.summary}</p>
			<p className="max-w-3xl text-slate-700">{operation.description}</p>

			<h3 className="text-lg font-semibold text-slate-900">{t('api.parameters')}</h3>
			{operation.parameters.length ? (
				<FieldTable rows={operation.parameters} caption={t('api.parameters')} nameHeading={t('api.column.name')} />
			) : (
				<p className="text-slate-700">{t('api.noParameters')}</p>
			)}

			{operation.body ? (
				<>
					<h3 className="text-lg font-semibold text-slate-900">{t('api.body')}</h3>
					<FieldTable rows={operation.body.fields} caption={t('api.body')} nameHeading={t('api.column.field')} />
					{operation.body.example ? <CodeBlock label={t('api.example')} code={operation.body.example} /> : null}
				</>
			) : null}

			<h3 className="text-lg font-semibold text-slate-900">{t('api.answers')}</h3>
			<div className="space-y-3">
				{operation.answers.map((answer) => (
					<details key={answer.status} className="card p-4" open={answer.status === '200'}>
						<summary className="cursor-pointer font-medium text-slate-900">
							<span className="font-mono">{t('api.status', { status: answer.status })}</span> · {answer.description}
						</summary>
						<div className="mt-3 space-y-3">
							{answer.fields.length ? (
								<FieldTable
									rows={answer.fields}
									caption={t('api.status', { status: answer.status })}
									nameHeading={t('api.column.field')}
								/>
							) : null}
							{answer.example ? <CodeBlock label={t('api.example')} code={answer.example} /> : null}
						</div>
					</details>
				))}
			</div>

			<CodeBlock label={t('api.curl')} code={operation.curl} />
		</section>
	)
}
