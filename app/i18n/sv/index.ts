import { loadedDictionary } from '../messages.ts'

// Every Swedish text, from the same feature files the portal loads
// (text-parts.ts lists them); each file is typed against its English one.
export const sv = loadedDictionary('sv')
