/** Small client-side checks run before a form is sent (the backend checks again). */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const isEmail = (value: string) => EMAIL.test(value.trim())

export const isCurrencyCode = (value: string) => /^[a-zA-Z]{3}$/.test(value.trim())

/** "" → null, else the trimmed text (for optional text fields the backend accepts as null). */
export const optionalText = (value: string): string | null => (value.trim() ? value.trim() : null)

export type Errors<K extends string> = Partial<Record<K, string>>

export const hasErrors = (errors: Record<string, string | undefined>) => Object.values(errors).some(Boolean)
