import { modeOf } from '../app/utils/env.server.ts'

// `npm start`: the portal with demo data on the embedded defaults, unless
// NODE_ENV says otherwise. The mode is read from what the operator set, then
// the demo runs on React's and Express's production code paths like a real
// deployment (docs/decisions/011-modes-and-trust.md).
const mode = modeOf(process.env.NODE_ENV)
process.env.HUB_MODE ??= mode
if (mode === 'demo') process.env.NODE_ENV = 'production'

// Imported only now: React, React Router and Express choose their development
// or production code when first loaded, and a static import is loaded before
// the lines above run (the demo rendered on React's development build: a new
// search took 59 ms instead of 54).
const { boot } = await import('./boot.server.ts')
await boot({ serve: mode === 'development' ? 'vite' : 'build' })
