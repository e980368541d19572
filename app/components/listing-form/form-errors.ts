import { renderMessage } from '~/domain/messages.ts'
import type { Translator } from '~/i18n/messages.ts'

export const RULE_PREFIX = 'rule:'

export function localizeFormError(message: string, i18n: Translator): string {
	return renderMessage(i18n, message)
}
