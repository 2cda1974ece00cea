import { Outlet } from "react-router"
import { Header } from "./Header"

export function Layout() {
  return (
    <div className="portal">
      <Header />
      <main className="portal-main">
        <Outlet />
      </main>
      <footer className="portal-footer muted">Bean &amp; Leaf Wholesale · Business portal</footer>
    </div>
  )
}
