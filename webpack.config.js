// Webpack configuration for the QA Meeting Check task pane, modelled on Microsoft's
// `yo office` React task pane template (Office-Addin-TaskPane-React), minus its polyfills.
//
//   npm run build                 production build into dist/ (needs the production URL, below)
//   npm run build:dev             development build into dist/ (URLs stay https://localhost:3000/)
//   npm start                     development server on https://localhost:3000 (scripts/start.mjs)
//
// Production URL: where dist/ will be hosted, e.g. https://addins.example.org/qa/
//   ADDIN_URL=https://addins.example.org/qa/ npm run build
//   npm run build -- --env url=https://addins.example.org/qa/
// The copied manifest has every "https://localhost:3000/" replaced by that URL (yo office's
// urlDev → urlProd replace). The build fails if the URL is missing or not https.
//
// Office.js is never bundled: taskpane.html loads it from Microsoft's CDN and the code uses the
// global `Office` (types from @types/office-js). No core-js or other polyfills: Outlook's
// webviews (Edge WebView2, Safari/WKWebView, modern browsers) run ES2022 as is.

const path = require("node:path");
const webpack = require("webpack");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;

/** Entry point of the demo page (a fake Outlook with sample invites). */
const DEMO_ENTRY = path.join(__dirname, "src/demo/index.ts");
const DEMO_TEMPLATE = path.join(__dirname, "src/demo/demo.html");
const BUILT_IN_POLICY_LOADER = path.join(__dirname, "scripts/built-in-policy-loader.cjs");

/**
 * The URL dist/ will be served from, for the production manifest. Always ends in "/".
 * @param {Record<string, unknown>} env webpack --env values
 * @returns {string}
 */
function productionUrl(env) {
  const given = typeof env.url === "string" && env.url ? env.url : process.env.ADDIN_URL;
  const help =
    "Give the HTTPS address dist/ will be served from, e.g.\n" +
    "  ADDIN_URL=https://addins.example.org/qa/ npm run build\n" +
    "  npm run build -- --env url=https://addins.example.org/qa/";
  if (!given) {
    throw new Error(`Production build needs the add-in's URL (the manifest points Outlook at it).\n${help}`);
  }
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`Production URL "${given}" is not a valid URL.\n${help}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `Production URL "${given}" must use https: Outlook only loads add-ins over HTTPS.\n${help}`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      `Production URL "${given}" must be a plain folder address (no query, fragment or login).`,
    );
  }
  if (url.hostname === "localhost" || url.hostname === "127.0.0.1") {
    throw new Error(
      `Production URL "${given}" points at this machine; use the real host. For local work use npm start.`,
    );
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * The production URL. Run by webpack's CLI (which sets env.WEBPACK_BUILD or WEBPACK_SERVE), a missing
 * or wrong URL prints its message alone and exits, instead of the CLI's stack trace; called by a
 * test, it throws.
 * @param {Record<string, unknown>} env
 */
function urlOrExit(env) {
  try {
    return productionUrl(env);
  } catch (error) {
    if (!env.WEBPACK_BUILD && !env.WEBPACK_SERVE) throw error;
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}

/**
 * The vendor chunks take modules only from the pane's initial chunks: what a lazy chunk alone uses
 * (Fluent's Dialog for the decline confirmation, MSAL) stays in that lazy chunk.
 * @param {import("webpack").Chunk} chunk
 */
function paneInitialChunk(chunk) {
  return chunk.name !== "demo" && chunk.canBeInitial();
}

/**
 * Rewrites the development URL in a manifest to the production one.
 * @param {Buffer} content
 * @param {string} url production URL ending in "/"
 */
function rewriteManifest(content, url) {
  const rewritten = content.toString("utf8").split(DEV_URL).join(url);
  if (/localhost|127\.0\.0\.1/.test(rewritten)) {
    throw new Error(
      `manifest still mentions localhost after replacing ${DEV_URL}; use that exact prefix for every URL.`,
    );
  }
  return rewritten;
}

/**
 * The unified manifest (manifest.json) for production: every URL as in the XML, and its one valid
 * domain, the development server's host, now the production URL's host.
 * @param {Buffer} content
 * @param {string} url production URL ending in "/"
 */
function rewriteUnifiedManifest(content, url) {
  const manifest = JSON.parse(content.toString("utf8").split(DEV_URL).join(url));
  const devHost = new URL(DEV_URL).host;
  manifest.validDomains = (manifest.validDomains ?? []).map((domain) =>
    domain === devHost ? new URL(url).host : domain,
  );
  return rewriteManifest(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), url);
}

/**
 * @param {Record<string, unknown>} env webpack --env values (WEBPACK_SERVE is set by `webpack serve`)
 *   url        production URL (or the ADDIN_URL environment variable)
 *   demo       build the demo page in a production build too (or DEMO=1)
 *   outputPath output folder instead of dist/ (used by tests)
 * @param {{ mode?: string }} argv webpack CLI arguments
 * @returns {Promise<import("webpack").Configuration>}
 */
module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const production = mode === "production";
  const url = production ? urlOrExit(env) : DEV_URL;
  const outputPath = typeof env.outputPath === "string" ? env.outputPath : path.join(__dirname, "dist");

  // ---------------------------------------------------------------------------------------
  // Entries. "taskpane" is the add-in. "demo" is the stand-alone demo page (src/demo/), built
  // for development (npm start, build:dev) and for production only when asked (DEMO=1 or
  // --env demo). It is a separate entry with its own HTML page and its own composition root
  // around the real pane: taskpane.html only ever loads taskpane chunks, so the production pane
  // never contains demo code.
  // ---------------------------------------------------------------------------------------
  const withDemo = !production || process.env.DEMO === "1" || env.demo === true || env.demo === "true";

  /** @type {import("webpack").EntryObject} */
  const entry = { taskpane: "./src/taskpane/main.tsx" };
  const pages = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
    }),
  ];
  if (withDemo) {
    // demo.html runs the demo entry alone: it installs a simulated global `Office`, then starts
    // the real pane (src/taskpane/start.tsx) with the simulated Microsoft 365.
    entry.demo = DEMO_ENTRY;
    pages.push(new HtmlWebpackPlugin({ filename: "demo.html", template: DEMO_TEMPLATE, chunks: ["demo"] }));
  }

  /** @type {import("webpack").Configuration} */
  const config = {
    mode,
    context: __dirname,
    target: "web",
    devtool: "source-map",
    entry,
    output: {
      path: outputPath,
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto", // relative URLs: dist/ works from any folder of any HTTPS host
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
      // @kenjiuno/msgreader calls iconv-lite only for a code page it is given, and the .msg reader
      // gives none (eight-bit strings are read byte for byte), so the browser needs none of it.
      alias: { "iconv-lite": false },
    },
    module: {
      rules: [
        // Griffel's styles at build time: makeStyles (ours, by @griffel/webpack-loader) and the
        // precomputed __styles in Fluent's own modules become one stylesheet, so no style rule
        // is computed or inserted at start-up. Loaders run last rule first: ts-loader, then
        // Griffel's transform, then the extraction.
        {
          test: /\.(?:[cm]?js|tsx?)$/,
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "@griffel/webpack-loader",
            // Evaluating a makeStyles call reads the modules it imports, TypeScript among them.
            options: { babelOptions: { presets: ["@babel/preset-typescript"] } },
          },
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`; here we only strip types. tsconfig.json's ES
              // modules (moduleResolution "bundler") let webpack tree-shake Fluent UI.
              transpileOnly: true,
              configFile: path.join(__dirname, "tsconfig.json"),
              compilerOptions: { sourceMap: true },
            },
          },
        },
        {
          // Fluent's themes built here rather than when the pane starts: the light one as CSS
          // variables in the pane's stylesheet, the dark one as plain data.
          test: /[\\/]src[\\/]taskpane[\\/](lightTheme\.css|darkTheme\.ts)$/,
          enforce: "pre",
          use: path.join(__dirname, "scripts/theme-as-data-loader.cjs"),
        },
        {
          // The built-in policies, validated as they are bundled, so the pane needs no zod for them:
          // whole for the core, in two parts for the pane (src/taskpane/model/builtInPolicies.ts).
          test: /[\\/]src[\\/]policies[\\/][^\\/]+\.json$/,
          // As object literals, not JSON.parse('…'), whose string doubles every backslash of the
          // policies' patterns again (190 bytes gzip more); parsing either takes well under a millisecond.
          generator: { JSONParse: false },
          oneOf: [
            { resourceQuery: /^\?(check|texts)$/, use: BUILT_IN_POLICY_LOADER },
            { issuer: /[\\/]src[\\/]core[\\/]built-in-policies\.ts$/, use: BUILT_IN_POLICY_LOADER },
          ],
        },
        {
          // Sample invites bundled into the demo page as text (samples/*.ics, *.eml).
          test: /\.(ics|eml)$/i,
          type: "asset/source",
        },
        {
          test: /\.(png|jpe?g|gif|svg)$/i,
          type: "asset/resource",
          generator: { filename: "assets/[name].[contenthash:8][ext]" },
        },
      ],
    },
    // Office.js comes from the CDN script tag; an accidental import resolves to the global.
    externals: {
      "office-js": "Office",
      "@microsoft/office-js": "Office",
    },
    optimization: {
      // One webpack runtime file, cached once for both pages.
      runtimeChunk: "single",
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // Long-lived vendor chunks for the pane. Only taken from pane chunks, so nothing the
          // demo alone uses can end up in a file taskpane.html loads.
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            chunks: paneInitialChunk,
            priority: 20,
          },
          // The built-in policies' texts (?texts), in one chunk for the sections that show them.
          policyTexts: {
            test: (module) => /\?texts$/.test(module.resource ?? ""),
            name: "policy-texts",
            chunks: "async",
            enforce: true,
          },
          fluentui: {
            chunks: paneInitialChunk,
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc[\\/]helpers)[\\/]/,
            name: "fluentui",
            priority: 10,
          },
        },
      },
    },
    // The budget for the JavaScript taskpane.html loads (gzip -9) is checked by tests/build.
    performance: { hints: false },
    plugins: [
      // The Entra app (client) id for Microsoft 365 actions (src/graph/client-id.ts); a setting
      // overrides it. Empty when not given: the actions then say they are not set up.
      new webpack.DefinePlugin({
        "process.env.QA_CHECK_CLIENT_ID": JSON.stringify(process.env.QA_CHECK_CLIENT_ID ?? ""),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          ...(withDemo ? [{ from: "src/demo/demo.css", to: "demo.css" }] : []),
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            ...(production && { transform: (content) => rewriteManifest(content, url) }),
          },
          // The unified manifest for Microsoft 365, beside the XML one (README: which to use where).
          {
            from: "manifest.json",
            to: "manifest.json",
            ...(production && { transform: (content) => rewriteUnifiedManifest(content, url) }),
          },
        ],
      }),
      new MiniCssExtractPlugin({
        // Griffel's plugin puts every rule in one stylesheet, in its own order.
        ignoreOrder: true,
        filename: production ? "[name].[contenthash:8].css" : "[name].css",
        chunkFilename: production ? "[name].[contenthash:8].css" : "[name].css",
      }),
      new GriffelCSSExtractionPlugin(),
      ...pages,
    ],
    devServer: {
      host: "localhost", // not reachable from the network
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: outputPath, watch: false },
      // Certificates: see scripts/dev-certs.mjs. Filled in below when serving.
      server: "https",
      client: { overlay: { warnings: false } },
    },
  };

  if (env.WEBPACK_SERVE) {
    const { getDevHttpsOptions } = await import("./scripts/dev-certs.mjs");
    const https = await getDevHttpsOptions();
    config.devServer.server = { type: "https", options: https.options };
  }

  return config;
};

module.exports.DEV_URL = DEV_URL;
module.exports.productionUrl = productionUrl;
