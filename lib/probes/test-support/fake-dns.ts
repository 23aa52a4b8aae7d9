import "server-only";
// A minimal UDP DNS server on 127.0.0.1 for the custom-resolver tests: A answers from a table,
// NXDOMAIN for unknown names, empty NOERROR for AAAA, or silence.
import dgram from "node:dgram";

export type FakeDns = { server: string; queries: string[]; close(): Promise<void> };

function readName(msg: Buffer, offset: number): { name: string; end: number } {
  const labels: string[] = [];
  let i = offset;
  for (;;) {
    const len = msg[i] ?? 0;
    if (len === 0) return { name: labels.join("."), end: i + 1 };
    labels.push(msg.subarray(i + 1, i + 1 + len).toString("latin1"));
    i += len + 1;
  }
}

export async function startFakeDns(
  table: Record<string, string>,
  options: { silent?: boolean } = {},
): Promise<FakeDns> {
  const socket = dgram.createSocket("udp4");
  const queries: string[] = [];
  socket.on("message", (msg, rinfo) => {
    const { name, end } = readName(msg, 12);
    const qtype = msg.readUInt16BE(end);
    queries.push(`${name}/${qtype}`);
    if (options.silent) return;
    const question = msg.subarray(12, end + 4);
    const address = table[name.toLowerCase()];
    const answers: Buffer[] = [];
    if (address && qtype === 1) {
      const rr = Buffer.alloc(16);
      rr.writeUInt16BE(0xc00c, 0);
      rr.writeUInt16BE(1, 2);
      rr.writeUInt16BE(1, 4);
      rr.writeUInt32BE(60, 6);
      rr.writeUInt16BE(4, 10);
      address.split(".").forEach((o, k) => {
        rr.writeUInt8(Number(o), 12 + k);
      });
      answers.push(rr);
    }
    const header = Buffer.alloc(12);
    header.writeUInt16BE(msg.readUInt16BE(0), 0);
    header.writeUInt16BE(0x8180 | (address ? 0 : 3), 2);
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(answers.length, 6);
    socket.send(Buffer.concat([header, question, ...answers]), rinfo.port, rinfo.address);
  });
  await new Promise<void>((r) => socket.bind(0, "127.0.0.1", r));
  return {
    server: `127.0.0.1:${socket.address().port}`,
    queries,
    close: () => new Promise<void>((r) => socket.close(() => r())),
  };
}
