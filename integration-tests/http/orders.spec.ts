import { runSharedApp } from "../helpers/shared-app"
import channelPricing from "./suites/channel-pricing"
import netTerms from "./suites/net-terms"
import oversell from "./suites/oversell"
import quotes from "./suites/quotes"
import salesChannels from "./suites/sales-channels"

/** Channels, prices, stock, quotes and net terms: from a cart to an order and its invoice. */
runSharedApp([salesChannels, channelPricing, oversell, quotes, netTerms])
