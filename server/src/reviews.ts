/**
 * The review notes a conversion leaves (convert/review): characters whose conversion depends on
 * meaning (发 → 發/髮), shown as information diagnostics on the converted text until the drafter
 * edits there or dismisses them.
 *
 * A conversion is applied by the client; the notes become active when the document's text becomes
 * the text the conversion produced. After that, an edit drops the notes it touches and moves the
 * ones after it.
 */
import type { ConversionReview } from './service';

export interface ActiveReview extends Omit<ConversionReview, 'start' | 'end'> {
  start: number;
  end: number;
}

interface State {
  text: string;
  active: ActiveReview[];
  pending?: { expected: string; reviews: ActiveReview[] };
}

export class Reviews {
  private readonly byUri = new Map<string, State>();

  /** Remembers the notes of a conversion that will turn the document into `expected`. */
  expect(uri: string, current: string, expected: string, reviews: ActiveReview[]): void {
    const state = this.byUri.get(uri) ?? { text: current, active: [] };
    state.pending = { expected, reviews };
    this.byUri.set(uri, state);
  }

  /** Brings the notes up to date with the document's text, and returns them. */
  update(uri: string, text: string): readonly ActiveReview[] {
    const state = this.byUri.get(uri);
    if (!state) return [];
    if (state.pending && text === state.pending.expected) {
      state.active = state.pending.reviews;
      state.pending = undefined;
      state.text = text;
      return state.active;
    }
    if (state.text !== text) {
      state.active = shift(state.active, state.text, text);
      state.text = text;
    }
    if (state.active.length === 0 && !state.pending) this.byUri.delete(uri);
    return state.active;
  }

  dismiss(uri: string, start?: number): void {
    const state = this.byUri.get(uri);
    if (!state) return;
    state.active = start === undefined ? [] : state.active.filter((r) => r.start !== start);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}

/** Moves notes through an edit found by comparing the texts: notes in the changed stretch go. */
function shift(reviews: readonly ActiveReview[], before: string, after: string): ActiveReview[] {
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const changedEnd = before.length - suffix;
  const delta = after.length - before.length;
  const out: ActiveReview[] = [];
  for (const r of reviews) {
    if (r.end <= prefix) out.push(r);
    else if (r.start >= changedEnd) out.push({ ...r, start: r.start + delta, end: r.end + delta });
  }
  return out;
}
