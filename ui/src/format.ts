// How numbers read in each language (docs/spec/UI-NOTES.md), the same rules as reach-report's
// format module so the screen and the reports agree: Chinese amounts in 万 and 亿 (1.23亿元,
// 4,560万元), English with thousands separators and k / M / bn (CNY 45.6M); thresholds 50万 /
// 500k; signed deltas with ▲ ▼ whose colour follows the language (涨红跌绿 in Chinese: good news
// red, bad news green; the reverse in English). Values arrive as exact decimal strings from
// Rust; they become floats here only to be shown.

import type { Lang } from "./generated";

export type Tone = "good" | "bad" | "flat";
export type Kind = "count" | "expected" | "money";

/** A decimal string or number as a number, for display only. */
export function num(v: string | number | null | undefined): number {
  if (v === null || v === undefined || v === "") return 0;
  return typeof v === "number" ? v : Number(v);
}

/** Half-to-even rounding to `dp` decimals (the model's rounding), for display. */
export function roundEven(x: number, dp: number): number {
  const f = 10 ** dp;
  const y = x * f;
  const r = Math.round(y);
  // Math.round rounds .5 up; make exact halves go to the even neighbour.
  if (Math.abs(y % 1) === 0.5) {
    const down = Math.floor(y);
    return (down % 2 === 0 ? down : down + 1) / f;
  }
  return r / f;
}

/** A non-negative number with thousands separators and exactly `dp` decimals. */
export function grouped(x: number, dp: number): string {
  const r = roundEven(Math.abs(x), dp);
  const [int, frac] = r.toFixed(dp).split(".");
  const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac ? `${g}.${frac}` : g;
}

function sign(x: number, dp: number): string {
  return x < 0 && roundEven(Math.abs(x), dp) !== 0 ? "-" : "";
}

function compactEn(a: number): string {
  for (const [size, suffix] of [
    [1e9, "bn"],
    [1e6, "M"],
    [1e3, "k"],
  ] as const) {
    if (a >= size) {
      const x = a / size;
      const dp = x >= 100 ? 0 : x >= 10 ? 1 : 2;
      return grouped(x, dp) + suffix;
    }
  }
  return grouped(a, 0);
}

/** A number and its unit, for KPI cards that set the unit smaller. */
export interface Parts {
  sign: string;
  value: string;
  unit: string;
}

export function moneyParts(v: string | number, lang: Lang): Parts {
  const x = num(v);
  const a = Math.abs(x);
  const s = sign(x, 2);
  if (lang === "zh") {
    if (a >= 1e8) return { sign: s, value: grouped(a / 1e8, 2), unit: "亿元" };
    if (a >= 1e4) {
      const w = a / 1e4;
      return { sign: s, value: grouped(w, w >= 1000 ? 0 : w >= 10 ? 1 : 2), unit: "万元" };
    }
    return { sign: s, value: grouped(a, 0), unit: "元" };
  }
  const c = compactEn(a);
  return { sign: s, value: c, unit: "CNY" };
}

/** `1.23亿元`, `4,560万元`, `8,600元`; `CNY 1.23bn`, `CNY 45.6M`, `CNY 860`. */
export function money(v: string | number, lang: Lang): string {
  const x = num(v);
  const a = Math.abs(x);
  const s = sign(x, 2);
  if (lang === "zh") {
    const p = moneyParts(a, lang);
    return `${s}${p.value}${p.unit}`;
  }
  return `${s}CNY ${compactEn(a)}`;
}

/** An exact amount to the fen: `1,234,567.89` (for tooltips and tables of record). */
export function moneyExact(v: string | number): string {
  const x = num(v);
  return `${sign(x, 2)}${grouped(x, 2)}`;
}

function trim(x: number, dp: number): string {
  return String(roundEven(x, dp));
}

/** An asset threshold: `50万`, `3万`, `1.5万`, `5,000元`; `500k`, `30k`, `1M`. */
export function threshold(v: string | number, lang: Lang): string {
  const x = roundEven(num(v), 2);
  if (lang === "zh") {
    if (x >= 1e8) return `${trim(x / 1e8, 2)}亿`;
    if (x >= 1e4) return `${trim(x / 1e4, 2)}万`;
    return `${grouped(x, Number.isInteger(x) ? 0 : 2)}元`;
  }
  if (x >= 1e6) return `${trim(x / 1e6, 2)}M`;
  if (x >= 1e3) return `${trim(x / 1e3, 1)}k`;
  return trim(x, 2);
}

/** A whole count: `1,234,567`; in Chinese, large counts in 万: `28.41万`. */
export function count(n: number, lang: Lang, compact = false): string {
  if (compact && lang === "zh" && Math.abs(n) >= 1e5) return `${grouped(n / 1e4, 2)}万`;
  if (compact && lang === "en" && Math.abs(n) >= 1e6) return `${grouped(n / 1e6, 2)}M`;
  return `${sign(n, 0)}${grouped(n, 0)}`;
}

/** An expected number of customers, shown whole (half to even). */
export function expected(v: string | number, lang: Lang, compact = false): string {
  return count(roundEven(num(v), 0), lang, compact);
}

/**
 * A figure exactly as the engine's JSON writes it: money is already a decimal string; an
 * expected count crosses as a JSON number with two places (`1234.50` arrives as 1234.5), so it
 * is written back with two; whole counts as they are.
 */
export function exactText(v: string | number, kind: Kind): string {
  if (typeof v === "string") return v;
  return kind === "expected" ? v.toFixed(2) : String(v);
}

/** A share as a percentage with one decimal: `42.7%`. */
export function percent(share: number, dp = 1): string {
  return `${(share * 100).toFixed(dp)}%`;
}

/** Good or bad news: a rise where more is better is good. */
export function tone(delta: number, moreIsBetter: boolean): Tone {
  if (delta === 0) return "flat";
  return delta > 0 === moreIsBetter ? "good" : "bad";
}

/** The CSS class of a tone in a language: red for good news in Chinese, green in English. */
export function toneClass(t: Tone, lang: Lang): "tone-red" | "tone-green" | "tone-flat" {
  if (t === "flat") return "tone-flat";
  const red = (t === "good") === (lang === "zh");
  return red ? "tone-red" : "tone-green";
}

export function arrow(delta: number): string {
  return delta === 0 ? "" : delta > 0 ? "▲" : "▼";
}

/** A signed delta with its arrow: `▲ 1.23亿元`, `▼ 35`, `±0`. */
export function delta(v: string | number, kind: Kind, lang: Lang): string {
  const x = num(v);
  const shown = kind === "money" ? roundEven(x, 2) : roundEven(x, 0);
  if (shown === 0) return "±0";
  const a = Math.abs(x);
  const mag = kind === "money" ? money(a, lang) : count(roundEven(a, 0), lang);
  return `${arrow(x)} ${mag}`;
}

/** A figure of a kind, for tables. */
export function figure(v: string | number, kind: Kind, lang: Lang): string {
  if (kind === "money") return money(v, lang);
  if (kind === "expected") return expected(v, lang);
  return count(num(v), lang);
}

/** The exact sum of money figures given as decimal strings with at most two decimals (as Rust
 * sends them), as such a string: integer fen in BigInt, never a float. */
export function sumMoney(values: string[]): string {
  let fen = 0n;
  for (const v of values) {
    const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(v.trim());
    if (!m) throw new Error(`not an amount in fen: ${v}`);
    const abs = BigInt(m[2]) * 100n + BigInt((m[3] ?? "").padEnd(2, "0") || "0");
    fen += m[1] ? -abs : abs;
  }
  const neg = fen < 0n;
  const a = neg ? -fen : fen;
  return `${neg ? "-" : ""}${a / 100n}.${String(a % 100n).padStart(2, "0")}`;
}

/** An RFC 3339 time (the warehouse keeps UTC) in the machine's local time with its zone
 * shown: `2026-11-25 21:05 UTC+08:00`. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(Math.abs(n)).padStart(2, "0");
  const offset = -d.getTimezoneOffset();
  const zone = offset === 0 ? "UTC" : `UTC${offset > 0 ? "+" : "-"}${p(Math.trunc(offset / 60))}:${p(offset % 60)}`;
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())} ${zone}`;
}

/** A duration in ms as people read a time left: `45 s`, `2 min 5 s` (`45 秒`, `2 分 5 秒`). */
export function duration(ms: number, lang: Lang): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const [min, sec] = lang === "zh" ? [" 分 ", " 秒"] : [" min ", " s"];
  return s >= 60 ? `${Math.floor(s / 60)}${min}${s % 60}${sec}` : `${s}${sec}`;
}
