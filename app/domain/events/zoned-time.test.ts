import { describe, expect, it } from 'vitest'
import { instantToZoned, isTimeZone, zonedToInstant } from './zoned-time.ts'

describe('times entered in a zone', () => {
	it('reads Stockholm winter and summer time as the right UTC instants', () => {
		expect(zonedToInstant('2027-01-15T08:30', 'Europe/Stockholm')?.toISOString()).toBe('2027-01-15T07:30:00.000Z')
		expect(zonedToInstant('2027-06-15T08:30', 'Europe/Stockholm')?.toISOString()).toBe('2027-06-15T06:30:00.000Z')
		expect(zonedToInstant('2027-06-15T08:30', 'America/New_York')?.toISOString()).toBe('2027-06-15T12:30:00.000Z')
	})

	it('refuses a time the clocks skip, text that is no time, and unknown zones', () => {
		expect(zonedToInstant('2027-03-28T02:30', 'Europe/Stockholm')).toBeNull()
		expect(zonedToInstant('2027-02-30T10:00', 'Europe/Stockholm')).toBeNull()
		expect(zonedToInstant('tomorrow', 'Europe/Stockholm')).toBeNull()
		expect(zonedToInstant('2027-01-15T08:30', 'Mars/Olympus_Mons')).toBeNull()
		expect(isTimeZone('Europe/Stockholm')).toBe(true)
		expect(isTimeZone('')).toBe(false)
	})

	it('shows an instant as the wall clock of its zone', () => {
		expect(instantToZoned(new Date('2027-06-15T06:30:00Z'), 'Europe/Stockholm')).toBe('2027-06-15T08:30')
		expect(instantToZoned(new Date('2027-10-31T00:30:00Z'), 'Europe/Stockholm')).toBe('2027-10-31T02:30')
	})
})
