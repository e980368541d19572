// The one form kit: every form of the portal is built from these pieces, and
// every form action goes through handleForm (form-action.server.ts, imported
// directly by routes because it is server-only). A link that confirms a token
// (verify the address, accept an invitation) answers with a page of its own,
// not a form reply. The password field is imported from its own file: its
// module asks for the accounts' texts, which the rest of the kit must not.
export { ActionButton, HiddenFields, SubmitButton } from './buttons.tsx'
export { ChoiceFieldset, type Choice } from './choice-fieldset.tsx'
export { ConfirmPanel, confirmField, confirmingFor, confirmingValue } from './confirm-panel.tsx'
export { allMessages, baseField, errorsByField, formLevelErrors } from './conform.ts'
export { ErrorSummary, type SummaryError } from './error-summary.tsx'
export { formProps, type FieldMetadata, type FormMetadata } from './form-metadata.ts'
export {
	CheckboxField,
	describe,
	Field,
	ReadOnlyField,
	RequiredMark,
	SelectField,
	TextareaField,
	type Option,
} from './fields.tsx'
export { Honeypot } from './honeypot.tsx'
export { useLabelledFields } from './labelled-fields.ts'
export { IntentForm, IntentNotice, type IntentReply } from './intent-form.tsx'
export { FieldMessages, FormErrors, ReplyNotice, useMessages } from './messages.tsx'
export { Notice, noticeRole, type NoticeTone } from './notice.tsx'
export { replyFor, useDone } from './reply.ts'
export { buttonClass, choiceClass, hintClass, inputClass, labelClass, type ButtonTone } from './styles.ts'
export { SchemaForm, schemaOnUse, type SchemaOnUse, type SummaryField, useSchemaForm } from './schema-form.tsx'
