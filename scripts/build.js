#!/usr/bin/env node
/**
 * `npm run build`: the production build of the backend and admin (`medusa build` into
 * .medusa/server) and of both storefronts (storefronts/<app>/dist). `npm run start:prod` runs it.
 */
const { exitWithError } = require("./lib/errors")
const { buildApp } = require("./lib/built-app")
const { buildStorefronts } = require("./lib/storefronts")

async function main() {
  const seconds = await buildApp()
  process.stdout.write(`Backend and admin built in ${seconds.toFixed(1)} s (.medusa/server).\n`)
  const started = Date.now()
  await buildStorefronts()
  process.stdout.write(`Storefronts built in ${((Date.now() - started) / 1000).toFixed(1)} s (storefronts/*/dist).\n`)
}

main().catch(exitWithError)
