// How users type figures into the workbench (docs/spec/UI-NOTES.md, "Type as people write"): rates
// as percentages ("70%", "7.5%") or fractions ("0.7"); amounts with 万 / 亿 (or k / M / bn) and
// thousands separators ("40万", "1.2亿", "100,000"); counts as whole numbers ("1,500"). Input is
// read EXACTLY into the canonical decimal strings the Rust side reads ("0.7", "400000") by
// shifting digits in strings — never through floating point — and a canonical value is shown
// back in the same notation. Refusals name the field as its label does ("覆盖率须在 0–100% 之间").

import type { Lang } from "./generated";

export type Notation = "rate" | "amount" | "count";

/** What a field accepts: its notation, and for rates whether it is a share (0–100%). */
export interface FieldRule {
  notation: Notation;
  /** A share of something: at most 100%. */
  share?: boolean;
  /** Blank is allowed (an unset optional value, read as ""). */
  optional?: boolean;
}

export type Reading = { ok: true; value: string } | { ok: false; error: string };

/** Powers of ten of the unit words an amount may carry. */
const UNITS: [string, number][] = [
  ["万元", 4],
  ["亿元", 8],
  ["万", 4],
  ["亿", 8],
  ["元", 0],
  ["bn", 9],
  ["k", 3],
  ["K", 3],
  ["M", 6],
];

/** Full-width digits and signs (from a Chinese input method) as ASCII; spaces removed. */
function ascii(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, "")
    .replace(/，/g, ",")
    .replace(/。/g, ".");
}

/** `digits` with the decimal point moved `exp` places right (left when negative), normalised:
 * no leading zeros before the point, no trailing zeros after it. Exact for any length. */
export function shift(digits: string, exp: number): string {
  const m = /^(\d*)(?:\.(\d*))?$/.exec(digits);
  if (!m || (m[1] === "" && (m[2] ?? "") === "")) throw new Error(`not a decimal: ${digits}`);
  const int = m[1];
  const frac = m[2] ?? "";
  const all = int + frac;
  const point = int.length + exp;
  let whole: string;
  let part: string;
  if (point <= 0) {
    whole = "0";
    part = "0".repeat(-point) + all;
  } else if (point >= all.length) {
    whole = all + "0".repeat(point - all.length);
    part = "";
  } else {
    whole = all.slice(0, point);
    part = all.slice(point);
  }
  whole = whole.replace(/^0+(?=\d)/, "");
  part = part.replace(/0+$/, "");
  return part ? `${whole}.${part}` : whole;
}

/** Compares two non-negative canonical decimals exactly: -1, 0 or 1. */
export function compare(a: string, b: string): number {
  const [ai, af = ""] = a.split(".");
  const [bi, bf = ""] = b.split(".");
  if (ai.length !== bi.length) return ai.length < bi.length ? -1 : 1;
  if (ai !== bi) return ai < bi ? -1 : 1;
  const n = Math.max(af.length, bf.length);
  const x = af.padEnd(n, "0");
  const y = bf.padEnd(n, "0");
  return x === y ? 0 : x < y ? -1 : 1;
}

/** A plain number with optional thousands separators (groups of three before the point). */
function plainNumber(text: string): string | null {
  if (/^\d+(\.\d*)?$/.test(text) || /^\.\d+$/.test(text)) return text; // "1." while typing "1.5"
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return text.replace(/,/g, "");
  return null;
}

const words = {
  blank: ["不能为空", " is required"],
  unreadable: ["无法识别", ": cannot read"],
  examples: {
    rate: ["请输入百分比，例如 70% 或 0.7", "type a percentage such as 70% or 0.7"],
    amount: ["请输入金额，例如 40万、1.2亿 或 100,000", "type an amount such as 400k, 1.2M or 100,000"],
    count: ["请输入整数，例如 1,500", "type a whole number such as 1,500"],
  },
  share: ["须在 0–100% 之间", " must be between 0% and 100%"],
  negative: ["不能为负数", " cannot be negative"],
  whole: ["须为整数", " must be a whole number"],
} as const;

const pick = (pair: readonly [string, string], lang: Lang) => pair[lang === "zh" ? 0 : 1];

/** Reads what was typed into a field labelled `label`, by its rule, into a canonical decimal. */
export function read(text: string, rule: FieldRule, label: string, lang: Lang): Reading {
  const s = ascii(text);
  if (s === "") return rule.optional ? { ok: true, value: "" } : { ok: false, error: `${label}${pick(words.blank, lang)}` };
  const unreadable = (): Reading => ({
    ok: false,
    error:
      lang === "zh"
        ? `${label}无法识别：“${text.trim()}”（${pick(words.examples[rule.notation], lang)}）`
        : `${label}: cannot read “${text.trim()}” (${pick(words.examples[rule.notation], lang)})`,
  });
  if (s.startsWith("-"))
    return plainNumber(s.slice(1).replace(/%$/, "")) ? { ok: false, error: `${label}${pick(words.negative, lang)}` } : unreadable();
  let body = s;
  let exp = 0;
  if (rule.notation === "rate") {
    if (body.endsWith("%")) {
      body = body.slice(0, -1);
      exp = -2;
    }
  } else {
    const unit = UNITS.find(([u]) => body.endsWith(u) && body.length > u.length);
    if (unit) {
      body = body.slice(0, -unit[0].length);
      exp = unit[1];
    }
  }
  const number = plainNumber(body);
  if (number === null) return unreadable();
  const value = shift(number, exp);
  if (rule.notation === "rate" && rule.share && compare(value, "1") > 0) return { ok: false, error: `${label}${pick(words.share, lang)}` };
  if (rule.notation === "count" && value.includes(".")) return { ok: false, error: `${label}${pick(words.whole, lang)}` };
  return { ok: true, value };
}

/** Thousands separators in the whole part of a canonical decimal. */
function grouped(value: string): string {
  const [int, frac] = value.split(".");
  const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac ? `${g}.${frac}` : g;
}

/** A canonical value as the field shows it: rates in percent ("70%"), amounts in 万 / 亿 in
 * Chinese when that is exact to two decimals ("40万", "1.2亿") else with separators, counts with
 * separators. A value that is not a canonical decimal (being typed, or refused) shows as is. */
export function show(value: string, rule: FieldRule, lang: Lang): string {
  if (!/^\d+(\.\d+)?$/.test(value)) return value;
  if (rule.notation === "rate") return `${shift(value, 2)}%`;
  if (rule.notation === "amount" && lang === "zh") {
    for (const [unit, exp] of [
      ["亿", 8],
      ["万", 4],
    ] as const) {
      if (compare(value, shift("1", exp)) < 0) continue;
      const scaled = shift(value, -exp);
      if ((scaled.split(".")[1] ?? "").length <= 2) return `${grouped(scaled)}${unit}`;
    }
  }
  return grouped(value);
}
