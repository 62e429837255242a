// The glossary on the front end: every term of reach-report's glossary (the one source of the
// texts the reports and docs/glossary.md show), loaded once in both languages; the ⓘ popover
// that is open, if any; and the lookup from a path (`totals.net`, `tier.coverage`,
// `branches[].load`) to its term.

import type { Term } from "./generated";

class GlossaryModel {
  terms = $state.raw<Term[]>([]);
  /** The ⓘ popover shown: the term and the rectangle of the button that opened it. */
  open = $state.raw<{ term: Term; x: number; y: number; bottom: number } | null>(null);
  /** The term the glossary page scrolls to and highlights. */
  focus = $state<string | null>(null);
}

export const glossary = new GlossaryModel();

/** The term whose key, or one of whose other paths, is `path`. */
export function termFor(path: string): Term | undefined {
  return glossary.terms.find((t) => t.key === path || t.also.includes(path));
}

/** Opens the popover of `path` below `anchor`, or closes it when it is already open there. */
export function toggleTerm(path: string, anchor: HTMLElement): void {
  const term = termFor(path);
  if (!term) return;
  if (glossary.open?.term.key === term.key) {
    glossary.open = null;
    return;
  }
  const r = anchor.getBoundingClientRect();
  glossary.open = { term, x: r.left, y: r.top, bottom: r.bottom };
}

export function closeTerm(): void {
  glossary.open = null;
}
