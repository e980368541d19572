import { boot } from './boot.server.ts'

// `npm start`: the portal with demo data on the embedded defaults.
await boot({ mode: process.env.NODE_ENV === 'development' ? 'development' : 'production' })
