// Throwaway X.509 certificates for tests, built with node:crypto and a minimal DER encoder
// (no openssl binary, no extra dependency). ECDSA P-256 keys: fast to generate.
import { createHash, generateKeyPairSync, type KeyObject, sign } from "node:crypto";

type Der = Buffer;

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
function tlv(tag: number, ...content: Buffer[]): Der {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
}
const seq = (...c: Der[]) => tlv(0x30, ...c);
const set = (...c: Der[]) => tlv(0x31, ...c);
const explicit = (n: number, ...c: Der[]) => tlv(0xa0 + n, ...c);
const octets = (b: Buffer) => tlv(0x04, b);
const bits = (b: Buffer, unused = 0) => tlv(0x03, Buffer.from([unused]), b);
const bool = (v: boolean) => tlv(0x01, Buffer.from([v ? 0xff : 0]));
function integer(value: Buffer | number): Der {
  let b = typeof value === "number" ? Buffer.from([value]) : value;
  while (b.length > 1 && b[0] === 0 && (b[1] ?? 0) < 0x80) b = b.subarray(1);
  if ((b[0] ?? 0) >= 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return tlv(0x02, b);
}
function oid(dotted: string): Der {
  const [a = 0, b = 0, ...rest] = dotted.split(".").map(Number);
  const out = [40 * a + b];
  for (const n of rest) {
    const chunk: number[] = [];
    let v = n;
    do {
      chunk.unshift(v & 0x7f);
      v = Math.floor(v / 128);
    } while (v > 0);
    for (let i = 0; i < chunk.length - 1; i++) chunk[i] = (chunk[i] ?? 0) | 0x80;
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}
function time(d: Date): Der {
  const iso = d.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  return d.getUTCFullYear() < 2050 ? tlv(0x17, Buffer.from(`${iso.slice(2)}Z`)) : tlv(0x18, Buffer.from(`${iso}Z`));
}
function name(cn: string): Der {
  return seq(
    set(seq(oid("2.5.4.10"), tlv(0x0c, Buffer.from("ECE OAuth Doctor tests")))),
    set(seq(oid("2.5.4.3"), tlv(0x0c, Buffer.from(cn)))),
  );
}
const ecdsaWithSha256 = () => seq(oid("1.2.840.10045.4.3.2"));

function keyId(key: KeyObject): Buffer {
  return createHash("sha1")
    .update(key.export({ type: "spki", format: "der" }))
    .digest();
}

function extension(id: string, critical: boolean, value: Der): Der {
  return seq(oid(id), ...(critical ? [bool(true)] : []), octets(value));
}

function pem(der: Buffer): string {
  const b64 = der.toString("base64").replace(/.{64}/g, "$&\n");
  return `-----BEGIN CERTIFICATE-----\n${b64.trimEnd()}\n-----END CERTIFICATE-----\n`;
}

export type Issued = { cert: string; key: string; keyObject: KeyObject; publicKey: KeyObject; subject: string };

let serial = 1;

export function issue(options: {
  subject: string;
  dnsNames?: string[];
  ca?: boolean;
  issuer?: Issued;
  notBefore?: Date;
  notAfter?: Date;
}): Issued {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const signer = options.issuer?.keyObject ?? privateKey;
  const issuerKey = options.issuer?.publicKey ?? publicKey;
  const day = 86_400_000;
  const notBefore = options.notBefore ?? new Date(Date.now() - day);
  const notAfter = options.notAfter ?? new Date(Date.now() + 30 * day);
  const extensions: Der[] = [
    extension("2.5.29.19", true, options.ca ? seq(bool(true)) : seq()),
    // keyCertSign+cRLSign for a CA, digitalSignature for a leaf.
    extension("2.5.29.15", true, options.ca ? bits(Buffer.from([0x06]), 1) : bits(Buffer.from([0x80]), 7)),
    extension("2.5.29.14", false, octets(keyId(publicKey))),
    extension("2.5.29.35", false, seq(tlv(0x80, keyId(issuerKey)))),
  ];
  if (!options.ca) extensions.push(extension("2.5.29.37", false, seq(oid("1.3.6.1.5.5.7.3.1"))));
  if (options.dnsNames?.length)
    extensions.push(extension("2.5.29.17", false, seq(...options.dnsNames.map((n) => tlv(0x82, Buffer.from(n))))));

  const tbs = seq(
    explicit(0, integer(2)),
    integer(Buffer.from([0x10, serial++ & 0xff, Date.now() & 0xff])),
    ecdsaWithSha256(),
    name(options.issuer?.subject ?? options.subject),
    seq(time(notBefore), time(notAfter)),
    name(options.subject),
    publicKey.export({ type: "spki", format: "der" }),
    explicit(3, seq(...extensions)),
  );
  const signature = sign("sha256", tbs, signer);
  const der = seq(tbs, ecdsaWithSha256(), bits(signature));
  return {
    cert: pem(der),
    key: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    keyObject: privateKey,
    publicKey,
    subject: options.subject,
  };
}

export type TestPki = {
  ca: Issued;
  leaf: Issued;
  expired: Issued;
  wrongName: Issued;
  selfSigned: Issued;
};

// One CA and the leaf certificates the TLS tests need, all for "localhost" unless the name is the point.
export function makeTestPki(): TestPki {
  const ca = issue({ subject: "ECE Doctor Test Root CA", ca: true });
  const day = 86_400_000;
  return {
    ca,
    leaf: issue({ subject: "localhost", dnsNames: ["localhost"], issuer: ca }),
    expired: issue({
      subject: "localhost",
      dnsNames: ["localhost"],
      issuer: ca,
      notBefore: new Date(Date.now() - 60 * day),
      notAfter: new Date(Date.now() - 30 * day),
    }),
    wrongName: issue({ subject: "outlook.example.net", dnsNames: ["outlook.example.net"], issuer: ca }),
    selfSigned: issue({ subject: "localhost", dnsNames: ["localhost"] }),
  };
}
