import type { MetaFunction } from '@remix-run/react'
import type { Translator } from '~/i18n/messages.ts'
import { documentMeta, errorDocument } from '~/i18n/meta.ts'

/**
 * The meta() of a directory page: its title and description from the
 * loader's data or, when the loader failed, the title of the error page shown instead.
 */
export function directoryPageMeta<Data>(
	describe: (data: Data, i18n: Translator) => { title: string; description?: string },
): MetaFunction {
	return ({ data, matches, error }) =>
		documentMeta(matches, (i18n) => (data ? describe(data as Data, i18n) : errorDocument(i18n, error)))
}
