// Feedback that outlives a view: the toast line at the bottom, and the in-app modal that asks
// for a text or a confirmation (rendered by shell/Modal.svelte, answered through a promise).

export type ToastKind = "ok" | "error";

export interface ModalRequest {
  title: string;
  body?: string;
  /** Asks for a text starting with this value; without it, a confirmation. */
  value?: string;
  ok: string;
  cancel: string;
  danger?: boolean;
}

class Feedback {
  toast = $state<{ text: string; kind: ToastKind; shown: boolean }>({ text: "", kind: "ok", shown: false });
  modal = $state.raw<(ModalRequest & { answer: (v: string | null) => void }) | null>(null);
}

export const feedback = new Feedback();
let toastTimer: number | undefined;

/** Shows a short message for a few seconds. */
export function toast(text: string, kind: ToastKind = "ok"): void {
  feedback.toast = { text, kind, shown: true };
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (feedback.toast = { ...feedback.toast, shown: false }), 2600);
}

/** Asks in a modal; resolves to the text (or "ok" for a confirmation), or `null` on Cancel/Esc. */
export function modal(req: ModalRequest): Promise<string | null> {
  return new Promise((resolve) => {
    feedback.modal = {
      ...req,
      answer: (v) => {
        feedback.modal = null;
        resolve(v);
      },
    };
  });
}
