import "server-only";

const encoder = new TextEncoder();

// One JSON object per line, as each piece is ready; a failure ends the stream with an error line, never a secret.
export function ndjsonResponse(produce: (send: (value: unknown) => void) => Promise<void>, onError: () => unknown): Response {
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const send = (value: unknown) => {
        if (open) controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
      };
      try {
        await produce(send);
      } catch {
        send(onError());
      }
      open = false;
      controller.close();
    },
  });
  return new Response(body, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } });
}
