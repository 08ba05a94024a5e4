import { SocketModeReceiver, type App, type Logger as SlackLogger, type Receiver, type webApi } from "@slack/bolt";

/** Socket Mode settings; tests shorten the ping timeouts and turn reconnection off. */
export interface SocketModeSettings {
  appToken: string;
  logger: SlackLogger;
  clientOptions: webApi.WebClientOptions;
  autoReconnect?: boolean;
  clientPingTimeoutMs?: number;
  serverPingTimeoutMs?: number;
}

interface SlackEventArgs {
  body: Record<string, unknown>;
  ack: (response?: unknown) => Promise<void>;
  retry_num?: number;
  retry_reason?: string;
}

/**
 * A Socket Mode receiver that acknowledges an envelope only after Bolt has run its listeners,
 * like HTTP with `processBeforeResponse`: Bolt's own receiver acks events before listeners
 * run, so a crash in between would lose an answer Slack believes was delivered. When a
 * listener fails nothing is acked and Slack redelivers the envelope.
 */
export class DeferredAckSocketModeReceiver implements Receiver {
  private readonly inner: SocketModeReceiver;
  private app?: App;

  constructor(private readonly settings: SocketModeSettings) {
    this.inner = new SocketModeReceiver({
      appToken: settings.appToken,
      logger: settings.logger,
      installerOptions: { clientOptions: settings.clientOptions },
      autoReconnectEnabled: settings.autoReconnect ?? true,
      ...(settings.clientPingTimeoutMs ? { clientPingTimeout: settings.clientPingTimeoutMs } : {}),
      ...(settings.serverPingTimeoutMs ? { serverPingTimeout: settings.serverPingTimeoutMs } : {}),
    });
    // Replace Bolt's dispatcher (which acks first) with one that acks last.
    this.inner.client.removeAllListeners("slack_event");
    this.inner.client.on("slack_event", (args: SlackEventArgs) => void this.dispatch(args));
  }

  /** Called by Bolt's App with itself. */
  init(app: App): void {
    this.app = app;
  }

  /** Opens the WebSocket (apps.connections.open, then waits for Slack's hello). */
  start(): Promise<unknown> {
    return this.inner.client.start();
  }

  /** Closes the WebSocket and stops reconnecting. */
  async stop(): Promise<void> {
    await this.inner.client.disconnect();
  }

  private async dispatch({ body, ack, retry_num, retry_reason }: SlackEventArgs): Promise<void> {
    let acked = false;
    let response: unknown;
    try {
      await this.app?.processEvent({
        body,
        retryNum: retry_num,
        retryReason: retry_reason,
        ack: async (r?: unknown) => {
          acked = true;
          response = r;
        },
      });
    } catch (err) {
      this.settings.logger.error("Socket Mode envelope failed; leaving it unacknowledged so Slack redelivers it", err);
      return;
    }
    if (!acked) return;
    try {
      await ack(response);
    } catch (err) {
      this.settings.logger.warn("Socket Mode ack could not be sent", err);
    }
  }
}
