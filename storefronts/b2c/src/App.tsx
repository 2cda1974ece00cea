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
import { ResetPasswordPage } from "./pages/ResetPasswordPage"
import { ProductPage } from "./pages/ProductPage"
import { WishListPage } from "./pages/WishListPage"
import { RegionProvider } from "./region/region-context"
import { WishListProvider } from "./wish-list/wish-list-context"
import "./shop.css"

// Region first (prices and carts depend on it), then the cart, then the customer (logging in
// hands the cart over to the account), then the customer's wish list (priced in the region,
// moved into the cart).
export function App() {
  return (
    <BrowserRouter>
      <RegionProvider>
        <CartProvider>
          <CustomerProvider>
            <WishListProvider>
              <Routes>
                <Route element={<Layout />}>
                  <Route index element={<HomePage />} />
                  <Route path="products" element={<ProductListPage />} />
                  <Route path="products/:handle" element={<ProductPage />} />
                  <Route path="cart" element={<CartPage />} />
                  <Route path="checkout" element={<CheckoutPage />} />
                  <Route path="order/confirmed/:id" element={<OrderConfirmedPage />} />
                  <Route path="account" element={<AccountPage />} />
                  <Route path="reset-password" element={<ResetPasswordPage />} />
                  <Route path="wish-list" element={<WishListPage />} />
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Routes>
            </WishListProvider>
          </CustomerProvider>
        </CartProvider>
      </RegionProvider>
    </BrowserRouter>
  )
}
