// Slidev's internal components the study view and the handout render slides with
// (SlideContainer, SlidesShow, SlideWrapper). The package ships TypeScript sources that do not
// pass this project's strict check, so tsconfig maps these imports to loose types; the
// browser suite exercises the real components.
import type { DefineComponent } from 'vue'

declare const component: DefineComponent<any, any, any>
export default component
