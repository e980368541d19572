import { modeOf } from '../app/utils/env.server.ts'
import { boot } from './boot.server.ts'

// `npm start`: the portal with demo data on the embedded defaults, unless
// NODE_ENV says otherwise. The mode is read from what the operator set, then
// the demo runs on React's and Express's production code paths like a real
// deployment (docs/decisions/011-modes-and-trust.md).
const mode = modeOf(process.env.NODE_ENV)
process.env.HUB_MODE ??= mode
if (mode === 'demo') process.env.NODE_ENV = 'production'

await boot({ serve: mode === 'development' ? 'vite' : 'build' })
