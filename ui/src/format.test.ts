import { describe, expect, it } from "vitest";
import * as f from "./format";

describe("money", () => {
  it("reads in 万 and 亿 in Chinese", () => {
    expect(f.money("123000000", "zh")).toBe("1.23亿元");
    expect(f.money("45600000", "zh")).toBe("4,560万元");
    expect(f.money("123456", "zh")).toBe("12.3万元");
    expect(f.money("12345", "zh")).toBe("1.23万元");
    expect(f.money("8600", "zh")).toBe("8,600元");
    expect(f.money("-399638.20", "zh")).toBe("-40.0万元");
    expect(f.money("0.00", "zh")).toBe("0元");
  });
  it("reads in k / M / bn with CNY in English", () => {
    expect(f.money("1234000000", "en")).toBe("CNY 1.23bn");
    expect(f.money("45600000", "en")).toBe("CNY 45.6M");
    expect(f.money("12345", "en")).toBe("CNY 12.3k");
    expect(f.money("860", "en")).toBe("CNY 860");
    expect(f.money("-2500000", "en")).toBe("-CNY 2.50M");
  });
  it("splits a number from its unit for the KPI cards", () => {
    expect(f.moneyParts("123000000", "zh")).toEqual({ sign: "", value: "1.23", unit: "亿元" });
    expect(f.moneyParts("45600000", "en")).toEqual({ sign: "", value: "45.6M", unit: "CNY" });
    expect(f.moneyParts("-860", "en")).toEqual({ sign: "-", value: "860", unit: "CNY" });
  });
  it("keeps the fen for exact figures", () => {
    expect(f.moneyExact("1234567.8")).toBe("1,234,567.80");
    expect(f.moneyExact("-399638.20")).toBe("-399,638.20");
  });
});

describe("thresholds", () => {
  it("are 50万 / 10万 / 3万 in Chinese and 500k / 100k / 30k in English", () => {
    expect(["500000", "100000", "30000", "15000", "5000"].map((v) => f.threshold(v, "zh"))).toEqual([
      "50万",
      "10万",
      "3万",
      "1.5万",
      "5,000元",
    ]);
    expect(["500000", "100000", "30000", "1500000", "800"].map((v) => f.threshold(v, "en"))).toEqual([
      "500k",
      "100k",
      "30k",
      "1.5M",
      "800",
    ]);
  });
});

describe("counts", () => {
  it("are whole, with separators, and in 万 when compact in Chinese", () => {
    expect(f.count(1234567, "en")).toBe("1,234,567");
    expect(f.count(284123, "zh", true)).toBe("28.41万");
    expect(f.count(28412, "zh", true)).toBe("28,412");
    expect(f.count(2841230, "en", true)).toBe("2.84M");
    expect(f.expected("1234.50", "en")).toBe("1,234");
    expect(f.expected("1235.50", "en")).toBe("1,236");
  });
  it("round half to even like the model", () => {
    expect(f.roundEven(2.5, 0)).toBe(2);
    expect(f.roundEven(3.5, 0)).toBe(4);
    expect(f.roundEven(-2.5, 0)).toBe(-2);
    expect(f.roundEven(1.234, 2)).toBe(1.23);
  });
});

describe("deltas", () => {
  it("carry an arrow and a sign, never colour alone", () => {
    expect(f.delta("12300000", "money", "zh")).toBe("▲ 1,230万元");
    expect(f.delta(-35, "count", "en")).toBe("▼ 35");
    expect(f.delta("0.00", "money", "en")).toBe("±0");
    expect(f.delta("0.004", "money", "en")).toBe("±0");
  });
  it("are red for good news in Chinese and green in English", () => {
    expect(f.toneClass(f.tone(5, true), "zh")).toBe("tone-red");
    expect(f.toneClass(f.tone(5, true), "en")).toBe("tone-green");
    expect(f.toneClass(f.tone(-5, true), "zh")).toBe("tone-green");
    expect(f.toneClass(f.tone(-5, true), "en")).toBe("tone-red");
    // More cost is bad news: green in Chinese, red in English.
    expect(f.toneClass(f.tone(5, false), "zh")).toBe("tone-green");
    expect(f.toneClass(f.tone(5, false), "en")).toBe("tone-red");
    expect(f.toneClass(f.tone(0, true), "zh")).toBe("tone-flat");
  });
});

describe("exactText", () => {
  it("writes a figure as the engine's JSON does", () => {
    expect(f.exactText(1234.5, "expected")).toBe("1234.50");
    expect(f.exactText(7, "count")).toBe("7");
    expect(f.exactText("-12.30", "money")).toBe("-12.30");
  });
});

describe("exact sums of money", () => {
  it("adds fen exactly where floats would not", () => {
    expect(f.sumMoney(["0.10", "0.20"])).toBe("0.30");
    expect(f.sumMoney(["-1234567890123.45", "1234567890123.40", "0.1"])).toBe("0.05");
    expect(f.sumMoney(["-0.5", "0.25"])).toBe("-0.25");
    expect(f.sumMoney([])).toBe("0.00");
    expect(() => f.sumMoney(["1e3"])).toThrow();
  });
});

describe("times and durations", () => {
  it("shows a warehouse time in local time with the zone", () => {
    const shown = f.localTime("2026-11-25T12:34:56Z");
    expect(shown).toMatch(/^2026-11-2\d \d\d:\d\d UTC([+-]\d\d:\d\d)?$/);
    expect(f.localTime("not a time")).toBe("not a time");
  });
  it("reads a time left", () => {
    expect(f.duration(45_000, "en")).toBe("45 s");
    expect(f.duration(125_000, "zh")).toBe("2 分 5 秒");
  });
});
