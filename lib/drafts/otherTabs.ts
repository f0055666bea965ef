// The other tabs of this browser that hold the same draft: told when it changes, telling this tab when they change it.
// An object rather than a React ref, so the draft's sync can be built during render and still reach the channel.

export class OtherTabs {
  private channel: BroadcastChannel | null = null;

  constructor(private readonly name: string) {}

  /** Opens the channel (nothing where the browser has none); returns what closes it. */
  listen(onChange: () => void): () => void {
    if (typeof BroadcastChannel === "undefined") return () => undefined;
    const channel = new BroadcastChannel(this.name);
    channel.onmessage = onChange;
    this.channel = channel;
    return () => {
      channel.close();
      if (this.channel === channel) this.channel = null;
    };
  }

  /** Tells the other tabs to read the draft again (nothing while the channel is closed). */
  tell(): void {
    this.channel?.postMessage("changed");
  }
}
