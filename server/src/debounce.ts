/** Milliseconds the server waits after a change before checking, so a burst of keystrokes is checked once. */
export const DEBOUNCE_MS = 30;
