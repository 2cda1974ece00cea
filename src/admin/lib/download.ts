import { backendPath } from "./sdk"

/** Downloads a file the admin API answers (the session cookie authenticates it), saved under `filename`. */
export async function downloadFile(path: string, filename: string): Promise<void> {
  const res = await fetch(backendPath(path), { credentials: "include" })
  if (!res.ok) {
    const body = await res.json().catch(() => null)
    throw new Error(body?.message ?? `The file could not be downloaded (HTTP ${res.status})`)
  }
  const url = URL.createObjectURL(await res.blob())
  const link = document.createElement("a")
  link.href = url
  link.download = filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
