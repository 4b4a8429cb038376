import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StatusServer {
  baseUrl: string;
  /** Serves `document` at `${baseUrl}${path}`. */
  publish(path: string, document: unknown): void;
  close(): Promise<void>;
}

/** A loopback HTTP server standing in for the Bacc server's /credentials/status/:listId. */
export async function startStatusServer(): Promise<StatusServer> {
  const documents = new Map<string, string>();
  const server = createServer((req, res) => {
    const body = documents.get(req.url ?? '');
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/vc+ld+json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    publish: (path, document) => documents.set(path, JSON.stringify(document)),
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
