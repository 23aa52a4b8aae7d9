// The simulator's PKI, generated with pure JavaScript (@peculiar/x509 on Node's webcrypto), never with the openssl binary.
// A test CA (trusted by the tool through NODE_EXTRA_CA_CERTS), the server certificate for every *.sim.test host,
// the certificates of the hostile endpoints, and the RSA key that signs tokens (published as JWKS).
import "reflect-metadata"; // @peculiar/x509 uses tsyringe, which needs this polyfill loaded first
import { createHash, KeyObject, webcrypto, X509Certificate } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import * as x509 from "@peculiar/x509";

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

const rsa = {
  name: "RSASSA-PKCS1-v1_5",
  hash: "SHA-256",
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
} as const;
// TLS certificates use ECDSA P-256: generated in a millisecond, where an RSA-2048 key takes most of a second here.
const ecdsa = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" } as const;

const day = 24 * 60 * 60 * 1000;
const PKI_FORMAT = "ece-oauth-doctor/simulator-pki@3";

/** Subject alternative names of every certificate that should match the simulator's hosts. */
export const simulatorSans = ["DNS:*.sim.test", "DNS:sim.test", "DNS:localhost", "IP:127.0.0.1"] as const;

export type CertAndKey = {
  /** PEM: leaf first, then the issuing CA (so clients get the chain). */
  certChainPem: string;
  keyPem: string;
};

export type Pki = {
  format: typeof PKI_FORMAT;
  /** The trusted test CA (write it to ca.pem). */
  caCertPem: string;
  /** SAN *.sim.test, sim.test, localhost, 127.0.0.1, issued by the test CA. */
  server: CertAndKey;
  /** Same names, issued by a second CA that nobody trusts. */
  untrusted: CertAndKey;
  untrustedCaCertPem: string;
  /** Issued by the test CA, validity entirely in the past. */
  expired: CertAndKey;
  /** Issued by the test CA for DNS:other.invalid only. */
  wrongName: CertAndKey;
  /** RS256 token signing key and its self-signed certificate (for x5c / x5t in the JWKS). */
  tokenSigning: { keyPem: string; certPem: string; kid: string };
  /** An RSA key that is not in the JWKS: signs "wrong signature" tokens. */
  rogueKeyPem: string;
};

function randomSerial(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(12));
  bytes[0] = (bytes[0] ?? 0) & 0x7f; // positive
  return Buffer.from(bytes).toString("hex");
}

async function newKeys(alg: typeof rsa | typeof ecdsa = ecdsa): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(alg, true, ["sign", "verify"])) as CryptoKeyPair;
}

function keyPem(key: CryptoKey): string {
  return KeyObject.from(key).export({ type: "pkcs8", format: "pem" }).toString();
}

function sanExtension(names: readonly string[]): x509.SubjectAlternativeNameExtension {
  return new x509.SubjectAlternativeNameExtension(
    names.map((n) =>
      n.startsWith("IP:") ? { type: "ip" as const, value: n.slice(3) } : { type: "dns" as const, value: n.slice(4) },
    ),
  );
}

async function makeCa(name: string): Promise<{ cert: x509.X509Certificate; keys: CryptoKeyPair }> {
  const keys = await newKeys();
  const now = Date.now();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial(),
    name,
    notBefore: new Date(now - day),
    notAfter: new Date(now + 3 * 365 * day),
    keys,
    signingAlgorithm: ecdsa,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { cert, keys };
}

async function makeLeaf(
  ca: { cert: x509.X509Certificate; keys: CryptoKeyPair },
  leafKeys: CryptoKeyPair,
  opts: { cn: string; sans: readonly string[]; notBefore: Date; notAfter: Date },
): Promise<string> {
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: `CN=${opts.cn}`,
    issuer: ca.cert.subject,
    notBefore: opts.notBefore,
    notAfter: opts.notAfter,
    publicKey: leafKeys.publicKey,
    signingKey: ca.keys.privateKey,
    signingAlgorithm: ecdsa,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      sanExtension(opts.sans),
      await x509.SubjectKeyIdentifierExtension.create(leafKeys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(ca.keys.publicKey),
    ],
  });
  return `${cert.toString("pem")}\n${ca.cert.toString("pem")}\n`;
}

/** Generates the whole PKI (about a second: the two RSA-2048 keys are the slow part). */
export async function generatePki(): Promise<Pki> {
  const [ca, untrustedCa, leafKeys, tokenKeys, rogueKeys] = await Promise.all([
    makeCa("CN=ECE OAuth Doctor Simulator Test CA, O=ECE OAuth Doctor Simulator"),
    makeCa("CN=Untrusted Simulator CA, O=Nobody Trusts Me"),
    newKeys(),
    newKeys(rsa),
    newKeys(rsa),
  ]);
  const now = Date.now();
  const valid = { notBefore: new Date(now - day), notAfter: new Date(now + 365 * day) };
  const serverKeyPem = keyPem(leafKeys.privateKey);
  const tokenCert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial(),
    name: "CN=login.sim.test token signing",
    notBefore: valid.notBefore,
    notAfter: valid.notAfter,
    keys: tokenKeys,
    signingAlgorithm: rsa,
  });
  const tokenDer = Buffer.from(tokenCert.rawData);
  return {
    format: PKI_FORMAT,
    caCertPem: `${ca.cert.toString("pem")}\n`,
    untrustedCaCertPem: `${untrustedCa.cert.toString("pem")}\n`,
    server: {
      certChainPem: await makeLeaf(ca, leafKeys, { cn: "sim.test", sans: simulatorSans, ...valid }),
      keyPem: serverKeyPem,
    },
    untrusted: {
      certChainPem: await makeLeaf(untrustedCa, leafKeys, { cn: "sim.test", sans: simulatorSans, ...valid }),
      keyPem: serverKeyPem,
    },
    expired: {
      certChainPem: await makeLeaf(ca, leafKeys, {
        cn: "sim.test",
        sans: simulatorSans,
        notBefore: new Date(now - 60 * day),
        notAfter: new Date(now - 30 * day),
      }),
      keyPem: serverKeyPem,
    },
    wrongName: {
      certChainPem: await makeLeaf(ca, leafKeys, { cn: "other.invalid", sans: ["DNS:other.invalid"], ...valid }),
      keyPem: serverKeyPem,
    },
    tokenSigning: {
      keyPem: keyPem(tokenKeys.privateKey),
      certPem: `${tokenCert.toString("pem")}\n`,
      // Entra's kid is the base64url SHA-1 thumbprint of the signing certificate (the same value as x5t).
      kid: createHash("sha1").update(tokenDer).digest("base64url"),
    },
    rogueKeyPem: keyPem(rogueKeys.privateKey),
  };
}

function stillUsable(pki: Pki): boolean {
  try {
    if (pki.format !== PKI_FORMAT) return false;
    const soon = Date.now() + 7 * day;
    for (const pem of [
      pki.caCertPem,
      pki.server.certChainPem,
      pki.untrusted.certChainPem,
      pki.wrongName.certChainPem,
    ]) {
      if (new Date(new X509Certificate(pem).validTo).getTime() < soon) return false;
    }
    return new Date(new X509Certificate(pki.expired.certChainPem).validTo).getTime() < Date.now();
  } catch {
    return false;
  }
}

/**
 * Loads the PKI kept in `file` when it is still good (so ca.pem stays the same across restarts and a tool started
 * with NODE_EXTRA_CA_CERTS keeps trusting a restarted simulator); otherwise generates a new one and saves it.
 */
export async function loadOrGeneratePki(file: string | undefined): Promise<Pki> {
  if (file && existsSync(file)) {
    try {
      const pki = JSON.parse(readFileSync(file, "utf8")) as Pki;
      if (stillUsable(pki)) return pki;
    } catch {
      // fall through: regenerate
    }
  }
  const pki = await generatePki();
  if (file) {
    // write then rename, so a concurrent reader never sees half a file
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(pki, null, 2), { mode: 0o600 });
    renameSync(tmp, file);
  }
  return pki;
}

/** The signing key as a JWK set entry, shaped like Entra's /discovery/v2.0/keys. */
export function tokenJwk(pki: Pki, issuer: string): Record<string, unknown> {
  const cert = new X509Certificate(pki.tokenSigning.certPem);
  const jwk = cert.publicKey.export({ format: "jwk" });
  return {
    kty: "RSA",
    use: "sig",
    kid: pki.tokenSigning.kid,
    x5t: pki.tokenSigning.kid,
    n: jwk.n,
    e: jwk.e,
    x5c: [cert.raw.toString("base64")],
    issuer,
  };
}
