// @slidev/client/constants, the part the handout uses (see internal-component.d.ts).
import type { InjectionKey } from 'vue'

export const injectionSlidevContext: InjectionKey<unknown>
