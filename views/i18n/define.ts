/** Declares one namespace of UI text in both languages; English must have exactly the Dutch keys. */
export function defineTexts<T extends Record<string, unknown>>(nl: T, en: NoInfer<T>): { nl: T; en: T } {
  return { nl, en };
}
