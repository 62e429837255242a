import { describe, expect, it } from "vitest";
import type { ScenarioInput } from "./generated";
import { copyName, fieldLabel, keys, shortName, t } from "./i18n";
import * as st from "./state";

const scenario: ScenarioInput = {
  name: "10万门槛 · 人机协同 (100k hybrid)",
  advisor_cost: "400000",
  hq_share: "0.3",
  hq_advisors: "0",
  tiers: [
    {
      name: "专属投顾",
      min_assets: "500000",
      model: "advisor",
      owner: "branch",
      clients_per_advisor: "300",
      coverage: "0.9",
      uplift: "0.08",
      activation: "0.03",
      cost_per_client: "0",
      min_age: "",
      max_age: "",
      risk_profiles: null,
      channels: null,
      include_dormant: true,
      asset_growth: "",
      wealth_share: "",
      wealth_fee: "",
    },
    {
      name: "人机协同",
      min_assets: "100000",
      model: "hybrid",
      owner: "hq",
      clients_per_advisor: "1500",
      coverage: "0.7",
      uplift: "0.08",
      activation: "0.03",
      cost_per_client: "20",
      min_age: "",
      max_age: "",
      risk_profiles: null,
      channels: null,
      include_dormant: true,
      asset_growth: "",
      wealth_share: "",
      wealth_fee: "",
    },
  ],
  asset_yield: "",
  base_transfer: "",
  credit_rule: "",
  acquisition: [],
  ranges: [],
  provenance: [],
};

describe("the threshold slider", () => {
  it("snaps to round values", () => {
    expect(st.snap(487_000)).toBe(500_000);
    expect(st.snap(31_234)).toBe(30_000);
    expect(st.snap(103_000)).toBe(100_000);
    expect(st.snap(13_000)).toBe(12_000);
    expect(st.snap(0)).toBe(0);
  });
  it("moves on a log scale and lands on the story's thresholds", () => {
    for (const x of [30_000, 100_000, 500_000]) {
      expect(st.sliderToThreshold(st.thresholdToSlider(x))).toBe(x);
    }
    expect(st.sliderToThreshold(0)).toBe(st.SLIDER_MIN);
    expect(st.sliderToThreshold(st.SLIDER_STEPS)).toBe(st.SLIDER_MAX);
    // Halfway on the slider is the geometric mean, not the arithmetic one.
    const mid = st.sliderToThreshold(st.SLIDER_STEPS / 2);
    expect(mid).toBeGreaterThan(50_000);
    expect(mid).toBeLessThan(100_000);
  });
  it("is monotone", () => {
    let last = 0;
    for (let p = 0; p <= st.SLIDER_STEPS; p += 7) {
      const x = st.sliderToThreshold(p);
      expect(x).toBeGreaterThanOrEqual(last);
      last = x;
    }
  });
});

describe("editing a scenario", () => {
  it("never changes the input", () => {
    const before = JSON.stringify(scenario);
    st.setTier(scenario, 1, "coverage", "0.5");
    st.setGlobal(scenario, "hq_share", "0.5");
    st.addTier(scenario);
    st.removeTier(scenario, 0);
    expect(JSON.stringify(scenario)).toBe(before);
  });
  it("gives a new model its default owner and a capacity", () => {
    const s = st.setTier(st.setTier(scenario, 1, "clients_per_advisor", ""), 1, "model", "advisor");
    expect(s.tiers[1].owner).toBe("branch");
    expect(s.tiers[1].clients_per_advisor).toBe("300");
    expect(st.setTier(scenario, 0, "model", "digital").tiers[0].owner).toBe("hq");
  });
  it("treats a full filter as no filter", () => {
    expect(st.toggleIn(null, "C1", st.RISK_CLASSES)).toEqual(["C2", "C3", "C4", "C5"]);
    expect(st.toggleIn(["C2", "C3", "C4", "C5"], "C1", st.RISK_CLASSES)).toBeNull();
    expect(st.toggleIn(["C3"], "C3", st.RISK_CLASSES)).toEqual([]);
    expect(st.isOn(null, "online")).toBe(true);
    expect(st.isOn(["offline"], "online")).toBe(false);
  });
  it("adds a tier below the lowest with a unique name", () => {
    const s = st.addTier(scenario);
    expect(s.tiers).toHaveLength(3);
    expect(Number(s.tiers[2].min_assets)).toBeLessThan(100_000);
    expect(new Set(s.tiers.map((x) => x.name)).size).toBe(3);
    expect(st.lowestTier(s)).toBe(2);
  });
});

describe("engine errors", () => {
  it("land on the field they name", () => {
    expect(st.fieldId("tiers[1].coverage")).toBe("tier-1-coverage");
    expect(st.fieldId("tiers[2].risk_profiles[0]")).toBe("tier-2-risk_profiles");
    expect(st.fieldId("hq_share")).toBe("g-hq_share");
    expect(st.fieldId("name")).toBe("g-name");
    expect(st.fieldId("acquisition[1].funded_rate")).toBe("acq-1-funded_rate");
    expect(st.fieldId("base_transfer")).toBe("g-base_transfer");
  });
});

describe("acquisition funnels", () => {
  it("offers the channels a scenario has no funnel for, each at the story's figures and default owner", () => {
    const online = st.newAcquisition("online");
    expect([online.owner, online.accounts, online.funded_rate]).toEqual(["hq", "20000", "0.35"]);
    expect(st.newAcquisition("offline").owner).toBe("branch");
    const s = { acquisition: [online] } as unknown as Parameters<typeof st.missingChannels>[0];
    expect(st.missingChannels(s)).toEqual(["offline"]);
  });
});

describe("the latest-wins scheduler", () => {
  it("runs at most one computation at a time and skips stale requests", async () => {
    const ran: number[] = [];
    let release: () => void = () => {};
    const s = st.latestWins<number>(async (x) => {
      ran.push(x);
      if (x === 1) await new Promise<void>((r) => (release = r));
    });
    s.request(1);
    s.request(2);
    s.request(3);
    expect(ran).toEqual([1]);
    release();
    await s.idle();
    expect(ran).toEqual([1, 3]);
  });
});

describe("the dictionary", () => {
  it("has every word in both languages and follows the glossary", () => {
    for (const k of keys()) {
      expect(t(k, "zh").length, k).toBeGreaterThan(0);
    }
    expect(t("kpiEligible", "zh")).toBe("可服务客户");
    expect(t("kpiHires", "zh")).toBe("需新增投顾");
    expect(t("coverage", "en")).toBe("Coverage");
    expect(t("threshold", "zh")).toBe("服务门槛");
  });
  it("uses no Chinese punctuation in English", () => {
    for (const k of keys()) expect(t(k, "en"), k).not.toMatch(/[，。；：（）、？！【】《》]/);
  });
  it("reads a bilingual scenario name in one language", () => {
    expect(shortName(scenario.name, "zh")).toBe("10万门槛 · 人机协同");
    expect(shortName(scenario.name, "en")).toBe("100k hybrid");
    expect(shortName("我的情景", "en")).toBe("我的情景");
  });
});

describe("engine refusals", () => {
  it("name the field as the screen labels it", () => {
    expect(fieldLabel("tiers[1].coverage", ["专属投顾", "人机协同"], "zh")).toBe("人机协同 · 覆盖率");
    expect(fieldLabel("tiers[0].name", ["A"], "en")).toBe("A · Tier name");
    expect(fieldLabel("acquisition[0].funded_rate", [], "en")).toBe("Acquisition #1 · Funded rate");
    expect(fieldLabel("base_transfer", [], "zh")).toBe("基础收入划转比例");
    expect(fieldLabel("tiers[2].risk_profiles[0]", ["a", "b", "c"], "en")).toBe("c · Risk class");
    expect(fieldLabel("hq_share", [], "zh")).toBe("总部收入归属比例");
    expect(fieldLabel("sweep_tier", [], "zh")).toBe("sweep_tier");
  });
});

describe("round thresholds", () => {
  it("step as brokers name them", () => {
    expect(st.stepRound(30_000, 1)).toBe(50_000);
    expect(st.stepRound(50_000, 1)).toBe(100_000);
    expect(st.stepRound(100_000, -1)).toBe(50_000);
    expect(st.stepRound(120_000, -1)).toBe(100_000);
    expect(st.stepRound(120_000, 1)).toBe(200_000);
    expect(st.stepRound(500_000, 1)).toBe(1_000_000);
    expect(st.stepRound(st.SLIDER_MAX, 1)).toBe(st.SLIDER_MAX);
    expect(st.stepRound(st.SLIDER_MIN, -1)).toBe(st.SLIDER_MIN);
  });
});

describe("the tiers' order", () => {
  it("warns when an advisor tier starts below a hybrid tier", () => {
    expect(st.outOfOrder(scenario)).toEqual([]);
    const swapped = st.setTier(scenario, 0, "min_assets", "50000");
    expect(st.outOfOrder(swapped)).toEqual([[0, 1]]);
  });
  it("sweeps each story's headline tier and sees unsaved edits", () => {
    expect(st.headlineTier(scenario)).toBe("人机协同"); // the 100k story: its 10万 hybrid tier, not the 50万 advisors
    expect(st.headlineTier({ ...scenario, tiers: [] })).toBeNull();
    const pristine = JSON.stringify(scenario);
    expect(st.isModified(st.clone(scenario), pristine)).toBe(false);
    expect(st.isModified(st.setGlobal(scenario, "hq_share", "0.4"), pristine)).toBe(true);
  });
  it("names a copy readably in both languages", () => {
    const copy = copyName(scenario.name, "zh");
    expect(shortName(copy, "zh")).toBe("10万门槛 · 人机协同（副本）");
    expect(shortName(copy, "en")).toBe("100k hybrid copy");
    expect(copyName("mine", "en")).toBe("mine (copy)");
  });
});
