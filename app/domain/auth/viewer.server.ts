// The search domain still reads the viewer from the request itself; it moves
// to taking a viewer when that area is rewritten, and this file goes with it.
export { getViewer } from '~/http/viewer.server.ts'
