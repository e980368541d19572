import { createContext, useContext } from 'react'

// The per-request CSP nonce, from the server's load context to the <script>
// tags Remix renders. Browsers hide nonce attributes from scripts, so in the
// browser this is empty, and that is fine: only the server's HTML needs it.
const NonceContext = createContext<string>('')

export const NonceProvider = NonceContext.Provider

export function useNonce(): string {
	return useContext(NonceContext)
}
