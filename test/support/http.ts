// HTTP from a test to a server under test. Each request gets a connection of its own: the servers
// close an idle connection after 5 s, and a client reusing one at that moment gets "fetch failed"
// when a busy machine delays its request past the server's close.

/** fetch with `Connection: close`. */
export function closingFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("connection", "close");
  return fetch(url, { ...init, headers });
}
