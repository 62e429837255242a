import { describe, expect, it } from "vitest";
import { compare, read, shift, show, type FieldRule } from "./notation";

const share: FieldRule = { notation: "rate", share: true };
const rate: FieldRule = { notation: "rate" };
const amount: FieldRule = { notation: "amount" };
const count: FieldRule = { notation: "count" };
const ok = (value: string) => ({ ok: true, value });

describe("shifting digits", () => {
  it("moves the point exactly, however long the number", () => {
    expect(shift("1.2", 8)).toBe("120000000");
    expect(shift("70", -2)).toBe("0.7");
    expect(shift("7.5", -2)).toBe("0.075");
    expect(shift("0.0001", 4)).toBe("1");
    expect(shift("12345678901234567890.123", -4)).toBe("1234567890123456.7890123");
    expect(shift("000.100", 0)).toBe("0.1");
    expect(shift("1.", 0)).toBe("1");
  });
  it("compares decimals exactly", () => {
    expect(compare("1", "1.000")).toBe(0);
    expect(compare("0.9999999999999999999", "1")).toBe(-1);
    expect(compare("1.0000000000000000001", "1")).toBe(1);
    expect(compare("10", "9.99")).toBe(1);
  });
});

describe("reading what users type", () => {
  it("reads rates as percentages or fractions", () => {
    expect(read("70%", share, "覆盖率", "zh")).toEqual(ok("0.7"));
    expect(read("7.5%", rate, "收入提升", "zh")).toEqual(ok("0.075"));
    expect(read("0.7", share, "覆盖率", "zh")).toEqual(ok("0.7"));
    expect(read(" ７０％ ", share, "覆盖率", "zh")).toEqual(ok("0.7"));
    expect(read("100%", share, "覆盖率", "zh")).toEqual(ok("1"));
    expect(read("0.1%", rate, "Uplift", "en")).toEqual(ok("0.001"));
  });
  it("reads amounts with 万 / 亿, k / M / bn and thousands separators", () => {
    expect(read("40万", amount, "服务门槛", "zh")).toEqual(ok("400000"));
    expect(read("1.2亿", amount, "服务门槛", "zh")).toEqual(ok("120000000"));
    expect(read("100,000", amount, "服务门槛", "zh")).toEqual(ok("100000"));
    expect(read("1.5万元", amount, "服务门槛", "zh")).toEqual(ok("15000"));
    expect(read("400k", amount, "Advisor cost", "en")).toEqual(ok("400000"));
    expect(read("1.25M", amount, "Advisor cost", "en")).toEqual(ok("1250000"));
    expect(read("20.5", amount, "Cost", "en")).toEqual(ok("20.5"));
    expect(read("1,500", count, "人均服务客户数", "zh")).toEqual(ok("1500"));
  });
  it("refuses in plain words naming the field as its label does", () => {
    expect(read("150%", share, "覆盖率", "zh")).toEqual({ ok: false, error: "覆盖率须在 0–100% 之间" });
    expect(read("1.5", share, "Coverage", "en")).toEqual({ ok: false, error: "Coverage must be between 0% and 100%" });
    expect(read("-3", amount, "服务门槛", "zh")).toEqual({ ok: false, error: "服务门槛不能为负数" });
    expect(read("1,50", amount, "服务门槛", "zh")).toMatchObject({ ok: false, error: expect.stringMatching(/^服务门槛无法识别：“1,50”/) });
    expect(read("abc", rate, "Uplift", "en")).toMatchObject({ ok: false, error: expect.stringMatching(/^Uplift: cannot read “abc”/) });
    expect(read("12.5", count, "人均服务客户数", "zh")).toEqual({ ok: false, error: "人均服务客户数须为整数" });
    expect(read("", amount, "投顾年人力成本（元）", "zh")).toEqual({ ok: false, error: "投顾年人力成本（元）不能为空" });
    expect(read("", { notation: "count", optional: true }, "年龄", "zh")).toEqual(ok(""));
  });
});

describe("showing values back", () => {
  it("in the notation people type", () => {
    expect(show("0.7", share, "zh")).toBe("70%");
    expect(show("0.075", rate, "en")).toBe("7.5%");
    expect(show("400000", amount, "zh")).toBe("40万");
    expect(show("120000000", amount, "zh")).toBe("1.2亿");
    expect(show("15000", amount, "zh")).toBe("1.5万");
    expect(show("123456", amount, "zh")).toBe("123,456");
    expect(show("20", amount, "zh")).toBe("20");
    expect(show("400000", amount, "en")).toBe("400,000");
    expect(show("1500", count, "zh")).toBe("1,500");
    expect(show("", count, "zh")).toBe("");
  });
  it("reads back what it shows", () => {
    for (const v of ["0.7", "0.075", "1", "0"]) expect(read(show(v, share, "zh"), share, "x", "zh")).toEqual(ok(v));
    for (const v of ["400000", "120000000", "15000", "123456", "20.5"]) {
      for (const lang of ["zh", "en"] as const) expect(read(show(v, amount, lang), amount, "x", lang)).toEqual(ok(v));
    }
  });
});
