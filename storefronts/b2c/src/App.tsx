import { BrowserRouter, Route, Routes } from "react-router"
import { CustomerProvider } from "./account/customer-context"
import { CartProvider } from "./cart/cart-context"
import { Layout } from "./components/Layout"
import { AccountPage } from "./pages/AccountPage"
import { CartPage } from "./pages/CartPage"
import { CheckoutPage } from "./pages/CheckoutPage"
import { HomePage } from "./pages/HomePage"
import { NotFoundPage } from "./pages/NotFoundPage"
import { OrderConfirmedPage } from "./pages/OrderConfirmedPage"
import { ProductListPage } from "./pages/ProductListPage"
import { ProductPage } from "./pages/ProductPage"
import { RegionProvider } from "./region/region-context"
import "./shop.css"

// Region first (prices and carts depend on it), then the cart, then the customer (logging in
// hands the cart over to the account).
export function App() {
  return (
    <BrowserRouter>
      <RegionProvider>
        <CartProvider>
          <CustomerProvider>
            <Routes>
              <Route element={<Layout />}>
                <Route index element={<HomePage />} />
                <Route path="products" element={<ProductListPage />} />
                <Route path="products/:handle" element={<ProductPage />} />
                <Route path="cart" element={<CartPage />} />
                <Route path="checkout" element={<CheckoutPage />} />
                <Route path="order/confirmed/:id" element={<OrderConfirmedPage />} />
                <Route path="account" element={<AccountPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </CustomerProvider>
        </CartProvider>
      </RegionProvider>
    </BrowserRouter>
  )
}
