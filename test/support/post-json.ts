/**
 * POSTs a JSON body as Teams does (a declared length: the server's quick path for card clicks) or in
 * chunks without a declared length (always express's path), to compare the two.
 */
export type BodyFraming = 'plain' | 'chunked';

export const postJson = (url: string, body: string, framing: BodyFraming, headers: Record<string, string> = {}): Promise<Response> => {
  const chunks = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(body));
      controller.close();
    },
  });
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    ...(framing === 'plain' ? { body } : { body: chunks, duplex: 'half' }),
  } as RequestInit);
};
