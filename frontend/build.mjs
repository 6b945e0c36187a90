// Bundles src/ into ../tiku/web/static/dist (run by scripts/setup.sh: npm ci && npm run build).
import { build } from "esbuild";

await build({
  entryPoints: {
    editor: "src/editor.js",
    math: "src/math.js",
    htmx: "src/htmx.js",
    mermaid: "src/mermaid.js",
  },
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  outdir: "../tiku/web/static/dist",
  loader: { ".woff2": "file", ".woff": "file", ".ttf": "file" },
  assetNames: "fonts/[name]-[hash]",
  legalComments: "linked",
  logLevel: "info",
});
