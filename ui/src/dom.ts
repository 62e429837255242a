// A few DOM helpers: build elements without HTML strings (so no inline styles or scripts ever
// reach the strict CSP), modals and toasts.

type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === "function") el.addEventListener(k.replace(/^on/, ""), v);
    else if (k === "class") el.className = String(v);
    else if (k === "value" && "value" in el) (el as HTMLInputElement).value = String(v);
    else if (k === "checked") (el as HTMLInputElement).checked = Boolean(v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === "string" ? document.createTextNode(c) : c);
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Puts an SVG document (from Rust's chart code) into a container, unless it is unchanged. */
const lastSvg = new WeakMap<Element, string>();
export function setSvg(el: Element, svg: string): void {
  if (lastSvg.get(el) === svg) return;
  el.innerHTML = svg;
  lastSvg.set(el, svg);
}

let toastTimer: number | undefined;
export function toast(text: string, kind: "ok" | "error" = "ok"): void {
  const el = document.getElementById("toast")!;
  el.textContent = text;
  el.className = `toast show ${kind}`;
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (el.className = "toast"), 2600);
}

/** An in-app modal asking for a text (or, without `value`, a confirmation). */
export function modal(opts: { title: string; body?: string; value?: string; ok: string; cancel: string; danger?: boolean }): Promise<string | null> {
  return new Promise((resolve) => {
    const root = document.getElementById("modal-root")!;
    const input = opts.value !== undefined ? h("input", { id: "modal-input", type: "text", value: opts.value, class: "modal-input" }) : null;
    const close = (v: string | null) => {
      clear(root);
      root.className = "";
      resolve(v);
    };
    const okBtn = h("button", { id: "modal-ok", class: opts.danger ? "btn danger" : "btn primary", onclick: () => close(input ? input.value : "ok") }, opts.ok);
    const box = h(
      "div",
      { class: "modal", role: "dialog", "aria-modal": "true" },
      h("h3", {}, opts.title),
      opts.body ? h("p", {}, opts.body) : null,
      input,
      h("div", { class: "modal-actions" }, h("button", { id: "modal-cancel", class: "btn", onclick: () => close(null) }, opts.cancel), okBtn),
    );
    root.className = "open";
    root.append(h("div", { class: "modal-backdrop" }, box));
    input?.addEventListener("keydown", (e) => {
      if ((e as KeyboardEvent).key === "Enter") close(input.value);
      if ((e as KeyboardEvent).key === "Escape") close(null);
    });
    (input ?? okBtn).focus();
    input?.select();
  });
}
