// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { patchSvg } from "./chart-dom";

const chart = (marker: number, title: string) =>
  `<svg data-chart="sweep" aria-label="${title}" viewBox="0 0 100 100" xmlns="http://www.w3.org/2000/svg">` +
  `<rect x="0" y="0" width="100" height="100"/>` +
  `<text x="1" y="1">${title}</text>` +
  `<line x1="${marker}" x2="${marker}" y1="0" y2="100"/>` +
  `<text x="5" y="95">axis</text>` +
  `</svg>`;

describe("patching a chart", () => {
  it("shows the new chart and keeps the elements that did not change", () => {
    const box = document.createElement("div");
    patchSvg(box, chart(10, "10万"));
    const [rect, , , axis] = Array.from(box.querySelectorAll("svg > *"));
    patchSvg(box, chart(30, "15万"));
    const svg = box.querySelector("svg")!;
    expect(svg.getAttribute("aria-label")).toBe("15万");
    expect(svg.querySelector("line")!.getAttribute("x1")).toBe("30");
    expect(svg.querySelector("text")!.textContent).toBe("15万");
    const kids = Array.from(svg.children);
    expect(kids[0]).toBe(rect);
    expect(kids[3]).toBe(axis);
    expect(kids).toHaveLength(4);
  });

  it("adds and removes elements when the chart grows or shrinks, and clears on empty", () => {
    const box = document.createElement("div");
    patchSvg(box, chart(10, "a"));
    patchSvg(box, `<svg data-chart="sweep"><rect x="0" y="0" width="100" height="100"/></svg>`);
    expect(box.querySelector("svg")!.children).toHaveLength(1);
    expect(box.querySelector("svg")!.hasAttribute("aria-label")).toBe(false);
    patchSvg(box, chart(20, "b"));
    expect(box.querySelector("svg")!.children).toHaveLength(4);
    patchSvg(box, "");
    expect(box.children).toHaveLength(0);
  });
});
