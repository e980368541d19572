import { en } from './en/index.ts'
import { provideMessages } from './messages.ts'
import { sv } from './sv/index.ts'

// The server speaks every language: it renders pages for any visitor and
// writes each mail in its recipient's language. Code that runs only on the
// server (rendering, mails, the edge, the CLI) translates through this module,
// so that importing it is what makes every language available.
provideMessages('en', en)
provideMessages('sv', sv)

export { t, translator } from './messages.ts'
