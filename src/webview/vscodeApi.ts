import type { PanelMessage } from '../shared/quotesMessages';

/** What the panel keeps across being hidden and shown again. */
export interface PanelState {
  filter: string;
}

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();

/** Sends a typed message to the extension. */
export function post(message: PanelMessage): void {
  api.postMessage(message);
}

export function loadState(): PanelState {
  const s = api.getState() as Partial<PanelState> | undefined;
  return { filter: typeof s?.filter === 'string' ? s.filter : '' };
}

export function saveState(state: PanelState): void {
  api.setState(state);
}
