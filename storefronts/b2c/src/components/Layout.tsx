import { useEffect } from "react"
import { Outlet, useLocation } from "react-router"
import { Footer } from "./Footer"
import { Header } from "./Header"

/** Header and footer around every page; each navigation starts at the top of the new page. */
export function Layout() {
  const { pathname } = useLocation()
  useEffect(() => {
    window.scrollTo(0, 0)
  }, [pathname])

  return (
    <div className="shop">
      <Header />
      <main className="container page">
        <Outlet />
      </main>
      <Footer />
    </div>
  )
}
