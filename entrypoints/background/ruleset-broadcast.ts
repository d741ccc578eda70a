// Tells the open pages that another rule set became active, so the reply being written is
// checked again with it at once instead of at the user's next keystroke. Every tab is told
// (the worker has no host permissions, so tabs carry no URL to choose by); a tab without our
// content script simply does not answer.

export interface BroadcastDeps {
  /** The ids of the open tabs. */
  tabIds(): Promise<number[]>;
  /** Sends ruleSetChanged to every frame of a tab; rejects where no content script listens. */
  notify(tabId: number): Promise<unknown>;
}

/** Resolves to how many tabs had a content script that took the message. */
export async function broadcastRuleSetChange(deps: BroadcastDeps): Promise<number> {
  const ids = await deps.tabIds();
  const answers = await Promise.allSettled(ids.map((id) => deps.notify(id)));
  return answers.filter((a) => a.status === 'fulfilled').length;
}
