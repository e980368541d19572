// The form kit's markup as a screen reader and a browser without JavaScript
// meet it: labels tied to controls, hints and messages tied with
// aria-describedby, aria-invalid exactly while there are messages, and the
// messages in the reader's language.
import { createElement as h, type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { UNSAFE_DataRouterStateContext as DataRouterStateContext } from 'react-router'
import { describe, expect, it } from 'vitest'
import {
	allMessages,
	CheckboxField,
	ChoiceFieldset,
	ErrorSummary,
	Field,
	FormErrors,
	Notice,
	replyFor,
	SelectField,
	TextareaField,
} from '../../app/components/forms/index.ts'
import { message } from '../../app/domain/messages.ts'
import { translator } from '../../app/i18n/messages.ts'

/** Renders as the server does for a page whose root loader chose `locale`. */
function render(element: ReactElement, locale: 'en' | 'sv' = 'en'): string {
	const state = { loaderData: { root: { locale } }, navigation: { state: 'idle' }, actionData: null, errors: null }
	return renderToStaticMarkup(h(DataRouterStateContext.Provider, { value: state as never }, element))
}

/** The attributes of the element with this id. */
function attributesOf(html: string, id: string): string {
	const match = new RegExp(`<[a-z]+ [^>]*id="${id}"[^>]*>`).exec(html)
	if (!match) throw new Error(`no element with id ${id} in ${html}`)
	return match[0]
}

const required = message('check.required', { label: 'label.name' })

describe('Field', () => {
	it('ties the label, the hint and the messages to the control, and marks it invalid', () => {
		const html = render(
			h(Field, {
				label: 'Name',
				hint: 'As on the door',
				required: true,
				errors: [required],
				inputProps: { id: 'name', name: 'name' },
			}),
		)
		expect(html).toContain('<label for="name"')
		const input = attributesOf(html, 'name')
		expect(input).toContain('aria-invalid="true"')
		expect(input).toContain('aria-describedby="name-hint name-error"')
		expect(input).toContain('aria-required="true"')
		expect(html).toMatch(/<p id="name-hint"[^>]*>As on the door<\/p>/)
		expect(html).toMatch(/<ul id="name-error"[^>]*>.*This field is required\..*<\/ul>/)
		expect(html).toContain('(required)')
	})

	it('is neither invalid nor described by messages while it has none', () => {
		const html = render(h(Field, { label: 'Name', hint: 'As on the door', inputProps: { id: 'name', name: 'name' } }))
		const input = attributesOf(html, 'name')
		expect(input).not.toContain('aria-invalid')
		expect(input).toContain('aria-describedby="name-hint"')
		expect(html).not.toContain('name-error')
	})

	it('says its messages in the reader’s language', () => {
		const html = render(h(Field, { label: 'Namn', errors: [required], inputProps: { id: 'name' } }), 'sv')
		expect(html).not.toContain('This field is required.')
		expect(html).toContain(translator('sv').t('check.required'))
	})

	it('gives textareas and selects the same ties', () => {
		const textarea = render(h(TextareaField, { label: 'Bio', errors: [required], textareaProps: { id: 'bio' } }))
		expect(attributesOf(textarea, 'bio')).toContain('aria-describedby="bio-error"')
		const select = render(
			h(SelectField, {
				label: 'Phase',
				errors: [required],
				selectProps: { id: 'phase' },
				options: [{ value: '', label: 'Any' }],
			}),
		)
		expect(attributesOf(select, 'phase')).toContain('aria-invalid="true"')
		expect(select).toContain('<option value="">Any</option>')
	})

	it('ties a lone checkbox to its label and messages', () => {
		const html = render(h(CheckboxField, { label: 'I understand', errors: [required], inputProps: { id: 'confirm' } }))
		const input = attributesOf(html, 'confirm')
		expect(input).toContain('type="checkbox"')
		expect(input).toContain('aria-describedby="confirm-error"')
		expect(html).toContain('<label for="confirm"')
	})
})

describe('ChoiceFieldset', () => {
	it('is a fieldset with a legend, one labelled input per choice, and its messages tied to the group', () => {
		const html = render(
			h(ChoiceFieldset, {
				id: 'answer',
				name: 'kind',
				type: 'radio',
				legend: 'Your answer',
				choices: [
					{ value: 'yes', label: 'Yes' },
					{ value: 'no', label: 'No' },
				],
				selected: 'no',
				errors: [required],
			}),
		)
		expect(html).toMatch(/<fieldset id="answer" aria-describedby="answer-error" aria-invalid="true"/)
		expect(html).toContain('<legend')
		expect(attributesOf(html, 'answer-yes')).toContain('name="kind"')
		expect(attributesOf(html, 'answer-yes')).not.toContain('checked')
		expect(attributesOf(html, 'answer-no')).toContain('checked')
		expect(html).toContain('<label for="answer-no"')
	})
})

describe('ErrorSummary', () => {
	it('lists every problem as a link to its field, is announced, and can take the focus', () => {
		const html = render(
			h(ErrorSummary, { id: 'summary', errors: [{ fieldId: 'request-title', label: 'Title', message: required }] }),
		)
		const box = attributesOf(html, 'summary')
		expect(box).toContain('role="alert"')
		expect(box).toContain('tabindex="-1"')
		expect(html).toContain('<a href="#request-title"')
		expect(html).toContain('Title: This field is required.')
		expect(html).toContain('There is 1 problem with this form')
	})

	it('renders nothing without problems', () => {
		expect(render(h(ErrorSummary, { id: 'summary', errors: [] }))).toBe('')
	})
})

describe('Notice and FormErrors', () => {
	it('announces errors at once, successes politely, and information not at all', () => {
		expect(render(h(Notice, { tone: 'error' }, 'x'))).toContain('role="alert"')
		expect(render(h(Notice, { tone: 'success' }, 'x'))).toContain('role="status"')
		expect(render(h(Notice, { tone: 'info' }, 'x'))).not.toContain('role=')
		expect(render(h(Notice, { tone: 'warning' }, 'x'))).not.toContain('role=')
	})

	it('shows a refusal of the form as a whole in words, once, as an alert', () => {
		const html = render(
			h(FormErrors, { id: 'form-error', messages: ['rule:listing-archived', 'rule:listing-archived'] }),
		)
		expect(attributesOf(html, 'form-error')).toContain('role="alert"')
		expect(html.match(/This listing is archived\./g)).toHaveLength(1)
		expect(render(h(FormErrors, { messages: [] }))).toBe('')
	})
})

describe('allMessages', () => {
	it('collects a reply’s messages, the fields’ and the form’s, skipping fields without any', () => {
		expect(allMessages({ name: [required], '': ['rule:listing-archived'], email: null })).toEqual([
			required,
			'rule:listing-archived',
		])
		expect(allMessages(undefined)).toEqual([])
	})
})

describe('replyFor', () => {
	it('gives a reply’s result to the form whose intent it echoes, and to no other', () => {
		const result = { status: 'error' as const, error: { '': ['rule:listing-archived'] } }
		expect(replyFor({ intent: 'close', result }, 'close')).toBe(result)
		expect(replyFor({ intent: 'close', result }, 'message')).toBeUndefined()
		expect(replyFor(undefined, 'close')).toBeUndefined()
	})
})
