import * as v from 'valibot';

/**
 * The device-code script asks the background about its page (`{ type: 'device-code-page' }` in the content
 * message schema); the background answers from its own match of the sender's URL, never from the page.
 */
export const DeviceCodePageSchema = v.strictObject({
  /** `block`: the organisation does not use the flow, so the code is held for good. */
  mode: v.picklist(['warn', 'block']),
  /** The organisation's words for the block, shown as they are. */
  message: v.nullable(v.pipe(v.string(), v.maxLength(400))),
  /** The provider's own origins: arriving from one of them is not arriving from another site. */
  ownOrigins: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(20), v.readonly()),
});
export type DeviceCodePage = v.InferOutput<typeof DeviceCodePageSchema>;

export const DeviceCodeReplySchema = v.strictObject({ deviceCodePage: v.nullable(DeviceCodePageSchema) });
export type DeviceCodeReply = v.InferOutput<typeof DeviceCodeReplySchema>;
