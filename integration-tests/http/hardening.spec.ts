import { runSharedApp } from "../helpers/shared-app"
import idempotency from "./suites/idempotency"
import inputFuzz from "./suites/input-fuzz"
import storeIsolation from "./suites/store-isolation"

/** Hostile callers: channel and company isolation, double submits, fuzzed input on every route. */
runSharedApp([storeIsolation, idempotency, inputFuzz])
