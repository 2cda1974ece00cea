/** What Vite puts on import.meta in the admin bundle (the dashboard is built with Vite). */
interface ImportMetaEnv {
  readonly VITE_BACKEND_URL?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
