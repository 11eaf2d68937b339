// A tiny static server for the built deck on 127.0.0.1, with Slidev's history-mode
// fallback (unknown paths get index.html) and an optional base path such as /talks/reg/.
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
}

/** Serves `dir` under `base` on a free loopback port; resolves to { url, close }. */
export async function serveDist(dir, base = '/') {
  const root = resolve(dir)
  const prefix = base.endsWith('/') ? base : `${base}/`
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)
      if (!path.startsWith(prefix) && `${path}/` !== prefix) {
        res.writeHead(404).end('outside base')
        return
      }
      const rel = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '')
      let file = join(root, rel)
      const info = await stat(file).catch(() => undefined)
      if (!info || info.isDirectory()) {
        const index = join(file, 'index.html')
        const hasIndex = info?.isDirectory() && await stat(index).catch(() => undefined)
        // Paths with a file extension that do not exist are real 404s; routes fall back.
        if (!hasIndex && extname(rel)) {
          res.writeHead(404).end('not found')
          return
        }
        file = hasIndex ? index : join(root, 'index.html')
      }
      const body = await readFile(file)
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
      res.end(body)
    }
    catch (e) {
      res.writeHead(500).end(String(e))
    }
  })
  await new Promise(r => server.listen(0, '127.0.0.1', r))
  const { port } = server.address()
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    port,
    close: () => new Promise(r => server.close(r)),
  }
}
