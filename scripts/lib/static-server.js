/**
 * Serves a built storefront (a Vite `dist/` folder) with the single-page-app fallback, plus
 * /storefront-config.js carrying the backend URL and publishable key at run time, so one build
 * serves any backend and any seeded key. Used by `npm start` and by the browser tests.
 */
const fs = require("node:fs")
const http = require("node:http")
const path = require("node:path")

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".json": "application/json",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
}

/** `host` is loopback unless told otherwise (a container serves on 0.0.0.0 behind its proxy). */
function serveStorefront({ distDir, port, config, host = "127.0.0.1" }) {
  const configScript = `window.STOREFRONT_CONFIG = ${JSON.stringify(config)};\n`
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, "http://localhost").pathname)
    if (urlPath === "/storefront-config.js") {
      res.writeHead(200, { "content-type": TYPES[".js"], "cache-control": "no-store" })
      return res.end(configScript)
    }
    const file = path.join(distDir, path.normalize(urlPath).replace(/^(\.\.[/\\])+/, ""))
    const target = file.startsWith(distDir) && fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(distDir, "index.html")
    res.writeHead(200, { "content-type": TYPES[path.extname(target)] ?? "application/octet-stream" })
    fs.createReadStream(target).pipe(res)
  })
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, host, () => resolve({ url: `http://localhost:${port}`, close: () => new Promise((r) => server.close(r)) }))
  })
}

module.exports = { serveStorefront }
