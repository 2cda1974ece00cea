import { runSharedApp } from "../helpers/shared-app"
import idempotency from "./suites/idempotency"
import inputFuzz from "./suites/input-fuzz"
import storeIsolation from "./suites/store-isolation"
import views from "./suites/views"

/** Hostile callers: channel and company isolation, double submits, fuzzed input on every route; the page views and their cache. */
runSharedApp([storeIsolation, idempotency, inputFuzz, views])
