/**
 * The page a request is for. With JavaScript, Remix fetches a page's loader
 * data at `<page>.data` (and the home page's at `/_root.data`), and loaders
 * see that address: whatever depends on which page is shown reads it here.
 */
export function pagePathOf(pathname: string): string {
	return pathname.endsWith('.data') ? pathname.replace(/\.data$/, '').replace(/^\/_root$/, '/') : pathname
}
