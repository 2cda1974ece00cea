import { runSharedApp } from "../helpers/shared-app"
import bulkOrder from "./suites/bulk-order"
import businessOrderDetail from "./suites/business-order-detail"
import channelPricing from "./suites/channel-pricing"
import deliveryTerms from "./suites/delivery-terms"
import demoHistory from "./suites/demo-history"
import netTerms from "./suites/net-terms"
import oversell from "./suites/oversell"
import quotes from "./suites/quotes"
import recurringOrders from "./suites/recurring-orders"
import salesChannels from "./suites/sales-channels"
import taxes from "./suites/taxes"

/** Channels, prices, stock, quotes, net terms, bulk and recurring ordering, delivery terms, taxes: from a cart to an order and its invoice, and the order as the portal shows it; the demo's order history. */
runSharedApp([salesChannels, channelPricing, oversell, quotes, netTerms, bulkOrder, recurringOrders, businessOrderDetail, demoHistory, deliveryTerms, taxes])
