import { StrictMode } from "react"
import { createRoot } from "react-dom/client"
import "@storefronts/shared/src/base.css"
import "./portal.css"
import { App } from "./App"

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>
)
