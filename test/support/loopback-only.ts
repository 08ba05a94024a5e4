// Every test file runs with name lookups confined to this machine: a test that would reach someone else's server
// (Microsoft's login keys, Slack's API) fails with ENOTFOUND here instead of quietly using the network.
import dns from "node:dns";

const LOCAL = /^(?:localhost|127\.\d+\.\d+\.\d+|::1|\[::1\])$|\.localhost$/i;

function refused(hostname: string): NodeJS.ErrnoException {
  const err: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname} (tests reach 127.0.0.1 only)`);
  err.code = "ENOTFOUND";
  return err;
}

const lookup = dns.lookup;
// Node's own signature is overloaded; the callback is always last.
(dns as { lookup: unknown }).lookup = (hostname: string, ...rest: unknown[]) => {
  if (LOCAL.test(hostname)) return (lookup as (...a: unknown[]) => unknown)(hostname, ...rest);
  const callback = rest[rest.length - 1] as (err: NodeJS.ErrnoException) => void;
  process.nextTick(() => callback(refused(hostname)));
  return undefined;
};
const promisesLookup = dns.promises.lookup;
(dns.promises as { lookup: unknown }).lookup = (hostname: string, ...rest: unknown[]) =>
  LOCAL.test(hostname) ? (promisesLookup as (...a: unknown[]) => unknown)(hostname, ...rest) : Promise.reject(refused(hostname));
