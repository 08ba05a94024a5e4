import type { webApi } from "@slack/bolt";
import type { Outbound } from "../../src/core/types.js";
import { renderOutbound } from "./render-block-kit.js";

/**
 * Posts one Outbound to a channel: its messages in order, then any files (a data export) as
 * uploads. Returns the ts of the first message (or the file id). Throws the Web API error.
 */
export async function postOutbound(web: webApi.WebClient, channel: string, out: Outbound): Promise<string> {
  const { messages, files } = renderOutbound(out);
  let first: string | undefined;
  for (const m of messages) {
    const res = await web.chat.postMessage({ channel, text: m.text, blocks: m.blocks, unfurl_links: false, unfurl_media: false });
    first ??= res.ts;
  }
  for (const f of files) {
    // files.uploadV2 = getUploadURLExternal, a POST of the bytes, completeUploadExternal.
    const res = await web.filesUploadV2({
      channel_id: channel,
      filename: f.filename,
      title: f.filename,
      content: f.content,
      ...(messages.length ? {} : { initial_comment: out.text }),
    });
    first ??= (res.files as { files?: { id?: string }[] }[] | undefined)?.[0]?.files?.[0]?.id;
  }
  return first ?? "";
}
