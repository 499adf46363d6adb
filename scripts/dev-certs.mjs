// HTTPS certificate for the development server (https://localhost:3000).
//
// Order of preference:
//   1. A self-signed certificate already in .certs/ (made by step 3 on an earlier run) is reused,
//      so a machine that can't install the Office developer CA isn't asked again every start.
//   2. office-addin-dev-certs: creates "Developer CA for Microsoft Office Add-ins" in
//      ~/.office-addin-dev-certs and installs it in the OS trust store (asks for permission: an
//      admin prompt on Windows/macOS, sudo on Linux). Outlook then trusts https://localhost.
//   3. Otherwise (no trust store, no sudo, CI, non-interactive root, ...): a self-signed
//      certificate for localhost/127.0.0.1/::1 written to .certs/ (gitignored). Browsers and
//      Outlook show a certificate warning until you accept or trust it.
//
// Set ADDIN_DEV_CERTS=selfsigned to skip step 2, or ADDIN_DEV_CERTS=office to skip step 1.
// Delete .certs/ to try office-addin-dev-certs again.

import { X509Certificate } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const certDir = path.join(root, ".certs");
const certFile = path.join(certDir, "localhost.crt");
const keyFile = path.join(certDir, "localhost.key");
const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/**
 * @typedef {object} DevHttps
 * @property {{ key: Buffer | string, cert: Buffer | string, ca?: Buffer | string }} options
 *   options for https.createServer / webpack-dev-server `server.options`
 * @property {"office-addin-dev-certs" | "self-signed"} source
 * @property {boolean} trusted whether the OS should already trust the certificate
 * @property {string} certPath certificate file, for the user to trust by hand
 */

/** @returns {Promise<DevHttps>} */
export async function getDevHttpsOptions({ log = console.log } = {}) {
  const choice = (process.env.ADDIN_DEV_CERTS ?? "").toLowerCase();

  if (choice !== "office") {
    const reused = await readSelfSigned();
    if (reused) {
      log(`Using the self-signed certificate in ${path.relative(root, certDir)}/ (delete it to retry).`);
      return reused;
    }
  }

  if (choice !== "selfsigned" && !process.env.CI) {
    try {
      const devCerts = await import("office-addin-dev-certs");
      const { getHttpsServerOptions } = devCerts.default ?? devCerts;
      const { ca, cert, key } = await getHttpsServerOptions();
      return {
        options: { ca, cert, key },
        source: "office-addin-dev-certs",
        trusted: true,
        certPath: path.join(os.homedir(), ".office-addin-dev-certs", "ca.crt"),
      };
    } catch (error) {
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      log(`office-addin-dev-certs could not install a trusted certificate (${reason}).`);
      log("Falling back to a self-signed certificate.");
    }
  }

  return createSelfSigned(log);
}

async function readSelfSigned() {
  if (!existsSync(certFile) || !existsSync(keyFile)) return undefined;
  try {
    const [cert, key] = await Promise.all([readFile(certFile), readFile(keyFile)]);
    const validTo = Date.parse(new X509Certificate(cert).validTo);
    if (!(validTo - Date.now() > ONE_DAY_MS)) return undefined; // expired or about to: make a new one
    return { options: { cert, key }, source: "self-signed", trusted: false, certPath: certFile };
  } catch {
    return undefined; // unreadable: make a new one
  }
}

async function createSelfSigned(log) {
  const { generate } = await import("selfsigned");
  const notBeforeDate = new Date(Date.now() - ONE_DAY_MS);
  const notAfterDate = new Date(Date.now() + 365 * ONE_DAY_MS);
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    algorithm: "sha256",
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
          { type: 7, ip: "::1" },
        ],
      },
    ],
  });
  await mkdir(certDir, { recursive: true });
  await writeFile(keyFile, pems.private, { mode: 0o600 });
  await writeFile(certFile, pems.cert);
  log(`Created a self-signed certificate for localhost in ${path.relative(root, certDir)}/.`);
  return {
    options: { cert: pems.cert, key: pems.private },
    source: "self-signed",
    trusted: false,
    certPath: certFile,
  };
}
