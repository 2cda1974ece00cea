/** The backend's message of a failed request (the JS SDK's FetchError carries it), else a fallback. */
export function errorMessage(error: unknown, fallback = "Something went wrong"): string {
  if (error && typeof error === "object" && "message" in error) {
    const message = String((error as { message: unknown }).message ?? "").trim()
    if (message) return message
  }
  return fallback
}
