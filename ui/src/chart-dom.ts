// Putting Rust's chart SVG on screen cheaply. A slider move changes a small part of a chart
// (the curves' current point, the marker, the takeaway line) while hundreds of elements — axes,
// ticks, labels, legends — stay the same. Re-parsing the whole document into the page makes
// WebKit rebuild, restyle and lay out every element, with CJK text shaping for each label.
// Instead the new markup is parsed off-document (in an inert <template>) and only the elements
// that differ replace their old counterparts; the rest keep their nodes and their layout.

/** Shows `markup` (an SVG document, or "") in `box`, changing only the elements that differ. */
export function patchSvg(box: Element, markup: string): void {
  const old = box.firstElementChild;
  const next = parse(box.ownerDocument, markup);
  if (!next) {
    box.replaceChildren();
    return;
  }
  if (!old || old.tagName.toLowerCase() !== "svg") {
    box.replaceChildren(next);
    return;
  }
  syncAttributes(old, next);
  const oldKids = Array.from(old.childNodes);
  const newKids = Array.from(next.childNodes);
  newKids.forEach((n, i) => {
    const o = oldKids[i];
    if (!o) old.appendChild(n);
    else if (!o.isEqualNode(n)) old.replaceChild(n, o);
  });
  for (const o of oldKids.slice(newKids.length)) old.removeChild(o);
}

function parse(doc: Document, markup: string): SVGSVGElement | null {
  if (!markup) return null;
  const template = doc.createElement("template");
  template.innerHTML = markup;
  const svg = template.content.firstElementChild;
  return svg && svg.tagName.toLowerCase() === "svg" ? (doc.adoptNode(svg) as SVGSVGElement) : null;
}

function syncAttributes(el: Element, from: Element): void {
  for (const a of Array.from(el.attributes)) if (!from.hasAttribute(a.name)) el.removeAttribute(a.name);
  for (const a of Array.from(from.attributes)) if (el.getAttribute(a.name) !== a.value) el.setAttribute(a.name, a.value);
}
