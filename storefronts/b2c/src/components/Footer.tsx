import { Link } from "react-router"

export function Footer() {
  return (
    <footer className="site-footer">
      <div className="container footer-grid">
        <div className="stack">
          <strong className="footer-logo">Bean &amp; Leaf</strong>
          <p className="muted">Speciality coffee, loose-leaf tea and the gear to brew them, roasted and packed in Hamburg.</p>
        </div>
        <nav className="stack footer-links" aria-label="Footer">
          <Link to="/products">Shop</Link>
          <Link to="/cart">Cart</Link>
          <Link to="/account">My account</Link>
        </nav>
        <div className="stack">
          <span>Delivery across Europe and the United States.</span>
          <span className="muted">Demo store: payments are simulated and nothing is shipped.</span>
        </div>
      </div>
      <div className="container footer-legal muted">© {new Date().getFullYear()} Bean &amp; Leaf Supply</div>
    </footer>
  )
}
