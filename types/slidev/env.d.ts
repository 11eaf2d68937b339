// @slidev/client/env, the part the handout uses (see internal-component.d.ts).
export const configs: { themeConfig: Record<string, unknown>; title: string } & Record<string, unknown>
