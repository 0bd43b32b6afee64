/**
 * Keeps a component in step with a consent manager: subscribes while connected, follows a new `manager` property,
 * and re-renders on every change. The banner reads the core only through this (data flows one way).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConsentChange, ConsentManager } from '@aquao/consent-core';

export class ManagerController implements ReactiveController {
  /** The latest change heard, for hosts that react to what changed (the banner's reload offer). */
  change?: ConsentChange;
  private current?: ConsentManager;
  private unsubscribe?: () => void;

  constructor(private readonly host: ReactiveControllerHost & { manager?: ConsentManager }) {
    host.addController(this);
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdate(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.current = undefined;
  }

  private follow(): void {
    const manager = this.host.manager;
    if (manager === this.current) return;
    this.unsubscribe?.();
    this.current = manager;
    this.unsubscribe = manager?.subscribe((_, change) => {
      this.change = change;
      this.host.requestUpdate();
    });
  }
}
