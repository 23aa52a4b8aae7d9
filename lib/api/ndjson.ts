import "server-only";

const encoder = new TextEncoder();

// One JSON object per line, as each piece is ready; a failure ends the stream with an error line, never a secret.
// A reader that goes away (the browser tab closed) stops the writing quietly: not a server error.
export function ndjsonResponse<Line>(
  produce: (send: (value: Line) => void) => Promise<void>,
  onError: () => Line,
): Response {
  let open = true;
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (value: Line) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
        } catch {
          open = false;
        }
      };
      try {
        await produce(send);
      } catch {
        send(onError());
      }
      if (open) controller.close();
      open = false;
    },
    cancel() {
      open = false;
    },
  });
  return new Response(body, {
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" },
  });
}
