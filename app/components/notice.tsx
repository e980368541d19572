// The search page still imports the notice from here; it moves to the kit
// (app/components/forms) with the search page's own rewrite. Nothing else may.
export { Notice } from './forms/index.ts'
