/** The options page's one message line (`save-result`): what the last action did. */

/** A success or a failure, in words. */
export interface PageMessage {
  ok: boolean;
  text: string;
}
