// How a browser fetches one part of one language's texts: one chunk per part
// (text-parts.ts), loaded as one module. The client build fills this map
// (vite.config.ts, textPartsForBrowser) with a loader per language and part,
// each a module that gathers the part's feature files; the server and plain
// tsx read the feature files themselves (messages.ts) and see it empty.
// One entry per part instead of one per feature file keeps the map, which
// every page's shell carries, small (decision 027).
export const browserTextParts: Readonly<Record<string, () => Promise<{ default: Readonly<Record<string, string>> }>>> =
	{}
