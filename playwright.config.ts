import { existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defineConfig, devices } from '@playwright/test'
import { mailCaptureSettings } from './tests/e2e/mail-capture/settings.ts'

// End-to-end tests run against the production build served exactly like
// `npm start`: a fresh embedded PostgreSQL, migrated and seeded with demo data.
const port = Number(process.env.E2E_PORT ?? 3310)
const baseURL = `http://127.0.0.1:${port}`
// In the system temp folder: as root, PostgreSQL runs as the `postgres` user,
// which may not be able to enter a checkout under a private home folder.
const tmpDir = path.join(tmpdir(), 'atmp-hub-e2e')

// Every run gets its own database folder and mail file; drop the ones earlier
// runs left behind once they are old enough that no run can still be using them.
const staleAfterMs = 6 * 60 * 60 * 1000
if (existsSync(tmpDir)) {
	for (const entry of readdirSync(tmpDir)) {
		const stale = path.join(tmpDir, entry)
		// Another run (or this run's other workers, which load this file too) may remove it first.
		const modified = /^e2e-(data|mail)-/.test(entry) ? statSync(stale, { throwIfNoEntry: false })?.mtimeMs : undefined
		if (modified !== undefined && Date.now() - modified > staleAfterMs) {
			rmSync(stale, { recursive: true, force: true })
		}
	}
}
const dataDir = path.join(tmpDir, `e2e-data-${Date.now()}-${process.pid}`)
// The portal sends its mail over SMTP to a capture server of this run; tests
// read it with tests/e2e/helpers/mail.ts (waitForMail, linkIn).
const mail = await mailCaptureSettings(tmpDir)

// Debian's Chromium when installed (CI, containers); Playwright's own otherwise.
const systemChromium = '/usr/bin/chromium'
const launchOptions = existsSync(systemChromium) ? { executablePath: systemChromium } : {}

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	workers: 2,
	timeout: 30_000,
	reporter: 'list',
	use: {
		baseURL,
		// Tests read what a visitor reads: pin the browser's language so
		// Accept-Language never decides the page language by accident.
		locale: 'en-GB',
		trace: 'retain-on-failure',
		// A click or fill that cannot happen in this long never will: fail it, with the step named,
		// rather than wait out the whole journey's timeout (decision 047).
		actionTimeout: 30_000,
		// The same for a navigation and a wait for the network to go quiet: without it they wait out the
		// journey's whole timeout, as `matchmaking` did twice in stop 24's run, naming no step.
		navigationTimeout: 30_000,
		launchOptions,
	},
	projects: [
		{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } },
		// Visitors and members before the JavaScript arrives: every journey but those tagged @staff, led by the
		// hub's coordinators and establishment office at their desks. Their pages are plain forms of the same kit,
		// and the visitors' and members' journeys here prove the kit without JavaScript (decision 048).
		{
			name: 'chromium-no-js',
			grepInvert: /@staff/,
			use: { ...devices['Desktop Chrome'], launchOptions, javaScriptEnabled: false },
		},
		// A 390 px phone for the journeys tagged @phone: what a visitor on a phone does differs
		// (menus, filters, wrapping), the rest of the suite would only repeat the desktop run.
		{
			name: 'phone',
			grep: /@phone/,
			use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, launchOptions },
		},
	],
	webServer: [
		{
			// First, so it listens before the portal can send anything.
			command: 'node_modules/.bin/tsx tests/e2e/mail-capture/smtp-capture.ts',
			port: mail.smtpPort,
			reuseExistingServer: false,
			timeout: 30_000,
			stdout: 'pipe',
			stderr: 'pipe',
			env: { E2E_SMTP_PORT: String(mail.smtpPort), E2E_MAIL_FILE: mail.file },
		},
		{
			// Not `npx tsx`: stopping the npx wrapper would leave the server running.
			// `npm test` has just built the portal (E2E_PREBUILT); a run of its own builds first.
			command: `${process.env.E2E_PREBUILT ? '' : 'npm run build && '}node_modules/.bin/tsx server/main.ts`,
			url: `${baseURL}/healthz`,
			reuseExistingServer: false,
			timeout: 180_000,
			stdout: 'pipe',
			stderr: 'pipe',
			gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
			env: {
				HUB_DATA_DIR: dataDir,
				PORT: String(port),
				HOST: '127.0.0.1',
				NODE_ENV: 'production',
				HUB_SEED_DEMO: 'true',
				PUBLIC_URL: baseURL,
				SMTP_URL: mail.smtpUrl,
				// Every journey signs up from 127.0.0.1, dozens in one run: the production default would refuse the eleventh.
				HUB_SIGNUPS_PER_ADDRESS_HOUR: '500',
				// Saved-search alerts "immediately" are the alert job's next run: every few seconds here, not every ten minutes.
				HUB_ALERTS_EVERY_SECONDS: '5',
				// One log line per request would bury the test report; warnings and errors still show.
				LOG_LEVEL: 'warn',
			},
		},
	],
})
