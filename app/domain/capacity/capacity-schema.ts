// The one schema of a facility's capacity: a suite (name, optional grade) and
// its windows (from, to, state, optional note). The editor's forms, the
// interchange format and the demo seed all parse through it, so a window means
// the same wherever it enters the portal (docs/decisions/042).
import { z } from 'zod'
import { message } from '../messages.ts'
import { fieldSchemas } from '../listings/interchange-fields.ts'

export const capacityStates = ['free', 'tentative', 'booked'] as const
export type CapacityState = (typeof capacityStates)[number]

export const capacityLimits = {
	suiteName: 80,
	note: 300,
	suitesPerFacility: 50,
	windowsPerSuite: 200,
} as const

export const suiteFieldsSchema = z.object({
	name: fieldSchemas.requiredLine('label.capacitySuite', capacityLimits.suiteName),
	grade: fieldSchemas.optional(fieldSchemas.code('cleanroomGrades', 'label.capacityGrade')),
})

const stateSchema = z.enum(capacityStates, {
	errorMap: () => ({
		message: message('check.requiredChoice', { label: 'label.capacityState', known: capacityStates.join(', ') }),
	}),
})

const windowObject = z.object({
	from: fieldSchemas.isoDate('label.capacityFrom'),
	to: fieldSchemas.isoDate('label.capacityTo'),
	state: stateSchema,
	note: fieldSchemas.optionalLine('label.capacityNote', capacityLimits.note),
})

/** A window ends on or after the day it starts (both days belong to it). */
function endsAfterStart<T extends { from: string; to: string }>(window: T, ctx: z.RefinementCtx) {
	if (window.from && window.to && window.to < window.from)
		ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['to'], message: message('check.capacityToBeforeFrom') })
}

export const windowFieldsSchema = windowObject.superRefine(endsAfterStart)

// The editor's forms: the same fields, with the ids of the suite or window they are about.
const id = z.string().max(40)
export const addSuiteFormSchema = suiteFieldsSchema
export const saveSuiteFormSchema = suiteFieldsSchema.extend({ suiteId: id })
export const removeSuiteFormSchema = z.object({ suiteId: id })
export const addWindowFormSchema = windowObject.extend({ suiteId: id }).superRefine(endsAfterStart)
export const saveWindowFormSchema = windowObject.extend({ suiteId: id, windowId: id }).superRefine(endsAfterStart)
export const removeWindowFormSchema = z.object({ windowId: id })

export type SuiteFields = z.output<typeof suiteFieldsSchema>
export type WindowFields = z.output<typeof windowFieldsSchema>

/** Two windows overlap when each starts on or before the other ends (ends are inclusive). */
export function windowsOverlap(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
	return a.from <= b.to && b.from <= a.to
}

/** The index of the first window that overlaps an earlier one, or -1. */
export function firstOverlap(windows: ReadonlyArray<{ from: string; to: string }>): number {
	return windows.findIndex((window, index) =>
		windows.slice(0, index).some((earlier) => windowsOverlap(earlier, window)),
	)
}

/**
 * A facility's whole capacity as the interchange format carries it: its
 * suites, each with its windows. Suite names are unique per facility and the
 * windows of one suite never overlap.
 */
export const capacitySuitesSchema = z
	.array(
		suiteFieldsSchema.extend({
			windows: z
				.array(windowFieldsSchema, { invalid_type_error: message('check.notList', { label: 'label.capacityWindows' }) })
				.max(
					capacityLimits.windowsPerSuite,
					message('check.tooMany', { label: 'label.capacityWindows', max: capacityLimits.windowsPerSuite }),
				)
				.default([]),
		}),
		{ invalid_type_error: message('check.notList', { label: 'label.capacitySuites' }) },
	)
	.max(
		capacityLimits.suitesPerFacility,
		message('check.tooMany', { label: 'label.capacitySuites', max: capacityLimits.suitesPerFacility }),
	)
	.superRefine((suites, ctx) => {
		const names = new Set<string>()
		suites.forEach((suite, index) => {
			const key = suite.name.toLowerCase()
			if (names.has(key))
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: [index, 'name'],
					message: message('rule:capacity-suite-name-taken'),
				})
			names.add(key)
			const overlap = firstOverlap(suite.windows)
			if (overlap >= 0)
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: [index, 'windows', overlap, 'from'],
					message: message('rule:capacity-window-overlap'),
				})
		})
	})

export type CapacitySuites = z.output<typeof capacitySuitesSchema>
