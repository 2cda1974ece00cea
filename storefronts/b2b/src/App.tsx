import { BrowserRouter, Route, Routes } from "react-router"
import { RequireSession } from "./components/RequireSession"
import { AddressesPage } from "./pages/AddressesPage"
import { ApprovalsPage } from "./pages/ApprovalsPage"
import { AssociatesPage } from "./pages/AssociatesPage"
import { CartPage } from "./pages/CartPage"
import { CatalogPage } from "./pages/CatalogPage"
import { CheckoutPage } from "./pages/CheckoutPage"
import { DeliveriesPage } from "./pages/DeliveriesPage"
import { InvitePage } from "./pages/InvitePage"
import { InvoicesPage } from "./pages/InvoicesPage"
import { LoginPage } from "./pages/LoginPage"
import { NotFoundPage } from "./pages/NotFoundPage"
import { OrderConfirmedPage } from "./pages/OrderConfirmedPage"
import { OrderPage } from "./pages/OrderPage"
import { OrdersPage } from "./pages/OrdersPage"
import { ResetPasswordPage } from "./pages/ResetPasswordPage"
import { ProductPage } from "./pages/ProductPage"
import { QuickOrderPage } from "./pages/QuickOrderPage"
import { QuoteDetailPage } from "./pages/QuoteDetailPage"
import { QuotesPage } from "./pages/QuotesPage"
import { SchedulePage } from "./pages/SchedulePage"
import { SchedulesPage } from "./pages/SchedulesPage"
import { ShoppingListPage } from "./pages/ShoppingListPage"
import { ShoppingListsPage } from "./pages/ShoppingListsPage"
import { SessionProvider } from "./session/session-context"

// Only /login is open; /invite (the link in an invite message) needs a logged-in customer, who
// need not be an associate yet; every other page needs a logged-in associate acting in a unit,
// and each page checks the permission it needs in that unit.
export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route path="login" element={<LoginPage />} />
          <Route path="invite" element={<InvitePage />} />
          <Route path="reset-password" element={<ResetPasswordPage />} />
          <Route element={<RequireSession />}>
            <Route index element={<CatalogPage />} />
            <Route path="products/:handle" element={<ProductPage />} />
            <Route path="quick-order" element={<QuickOrderPage />} />
            <Route path="lists" element={<ShoppingListsPage />} />
            <Route path="lists/:id" element={<ShoppingListPage />} />
            <Route path="schedules" element={<SchedulesPage />} />
            <Route path="schedules/:id" element={<SchedulePage />} />
            <Route path="cart" element={<CartPage />} />
            <Route path="checkout" element={<CheckoutPage />} />
            <Route path="quotes" element={<QuotesPage />} />
            <Route path="quotes/:id" element={<QuoteDetailPage />} />
            <Route path="approvals" element={<ApprovalsPage />} />
            <Route path="orders" element={<OrdersPage />} />
            <Route path="orders/confirmed/:id" element={<OrderConfirmedPage />} />
            <Route path="orders/:id" element={<OrderPage />} />
            <Route path="deliveries" element={<DeliveriesPage />} />
            <Route path="invoices" element={<InvoicesPage />} />
            <Route path="addresses" element={<AddressesPage />} />
            <Route path="associates" element={<AssociatesPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  )
}
