import { fuzzGroup } from './support/fuzz-group.ts'

fuzzGroup('accounts')
