"""Messages of the band's rules, the headline, the settlement, the allocation and the sector.

Terms follow the regional wage guideline notices (工资指导线: 基准线, 上线/预警线, 下线),
the Trial Measures on Collective Wage Consultation (工资集体协商试行办法, 2000) and the
Minimum Wage Provisions (最低工资规定, MOLSS Order No. 21, 2004).
"""
from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "headline": (
        "Open at {opening_rate}, aim for {target_rate}, do not settle below {floor_rate}.",
        "开价 {opening_rate}，争取 {target_rate}，低于 {floor_rate} 不签约。",
    ),
    "headline.offer": (
        "Management has already offered {offer_rate}: do not settle below it. Open at "
        "{opening_rate}, aim for {target_rate}.",
        "企业方已报价 {offer_rate}：低于此数不签约。开价 {opening_rate}，争取 {target_rate}。",
    ),
    "headline.loss_making": (
        "Open at {opening_rate}, aim for {target_rate}. Below the lower line ({lower_rate}) "
        "only with the union's consent, given against open accounts and a date for catching "
        "up; never below {floor_rate}.",
        "开价 {opening_rate}，争取 {target_rate}。低于指导线下线（{lower_rate}）须经工会同意，"
        "且以企业公开账目、约定工资追补时间为条件；无论如何不低于 {floor_rate}。",
    ),
    "rule.inflation.forecast": (
        "The consumer price (CPI) forecast for the contract year: {value_rate}.",
        "合同年度居民消费价格指数（CPI）预计涨幅：{value_rate}。",
    ),
    "rule.inflation.realised": (
        "Last year's realised consumer price (CPI) inflation: {value_rate}.",
        "上年居民消费价格指数（CPI）实际涨幅：{value_rate}。",
    ),
    "rule.inflation.target": (
        "The inflation target (the forecast where no target is set): {value_rate}.",
        "通胀目标（未设目标时取预测值）：{value_rate}。",
    ),
    "rule.productivity.enterprise": (
        "The enterprise's real growth of value added per worker: {value_rate} "
        "(pay in step with productivity).",
        "本企业人均增加值实际增长：{value_rate}（职工工资增长与劳动生产率提高同步）。",
    ),
    "rule.productivity.economy": (
        "The economy-wide trend of real labour productivity: {value_rate} "
        "(the solidarity choice, fair to low-productivity sectors).",
        "全社会劳动生产率实际增长趋势：{value_rate}（兼顾劳动生产率较低行业职工的做法）。",
    ),
    "rule.productivity.fallback": (
        "No previous-year accounts: the economy-wide productivity trend, {value_rate}, stands "
        "in for the enterprise's growth.",
        "缺少上年财务数据，以全社会劳动生产率增长趋势 {value_rate} 代替本企业增长。",
    ),
    "rule.catch_up": (
        "{share_rate} of the cumulative lag of real pay behind the economy-wide productivity "
        "trend over the raise history ({lag_rate}), plus part of any gap to the market "
        "median, capped at {cap_rate}: {value_rate}.",
        "按历年普调记录，实际工资累计落后于全社会劳动生产率增长趋势 {lag_rate}，本轮补偿其中 "
        "{share_rate}，另计与市场工资价位中位数差距的一部分，合计不超过 {cap_rate}：{value_rate}。",
    ),
    "rule.catch_up.no_market": (
        "{share_rate} of the cumulative lag of real pay behind the economy-wide productivity "
        "trend over the raise history ({lag_rate}), capped at {cap_rate}: {value_rate}. "
        "The scenario has no wage price guide, so no market gap is added.",
        "按历年普调记录，实际工资累计落后于全社会劳动生产率增长趋势 {lag_rate}，本轮补偿其中 "
        "{share_rate}，合计不超过 {cap_rate}：{value_rate}。场景未提供工资价位，"
        "未计入与市场中位数的差距。",
    ),
    "rule.guideline.loss_making": (
        "Loss-making firm: the guideline points to the lower line {high_rate}; the band runs "
        "down to {low_rate}, but anything below the lower line, a freeze included, needs the "
        "agreement of the union or the workers' congress.",
        "亏损企业：指导线的参照是下线 {high_rate}；区间可延伸至 {low_rate}，但任何低于下线的"
        "增长（包括零增长）都须经工会或职工代表大会同意。",
    ),
    "rule.guideline.slow_growth": (
        "Slow benefit growth: the raise lies between the lower line {low_rate} and the "
        "baseline {high_rate}.",
        "经济效益增长缓慢：工资增长应在下线 {low_rate} 与基准线 {high_rate} 之间。",
    ),
    "rule.guideline.normal": (
        "Normal firm with rising benefit: the raise lies around the baseline {baseline_rate}, "
        "between {low_rate} and {high_rate}.",
        "生产经营正常、效益增长的企业：工资增长围绕基准线 {baseline_rate}，"
        "在 {low_rate} 至 {high_rate} 之间。",
    ),
    "rule.guideline.fast_growth": (
        "Fast benefit growth: the raise may run from {low_rate} up to the upper (warning) "
        "line {high_rate}; low earners in well-performing firms may reach the upper line.",
        "经济效益增长较快：工资增长可在 {low_rate} 至上线（预警线）{high_rate} 之间；"
        "效益好的企业中低收入职工可达到上线。",
    ),
    "rule.legal_floor": (
        "The smallest raise that keeps the lowest grade's countable pay at or above the "
        "minimum wage, today's or the one expected at the next adjustment, whichever is "
        "higher ({minimum_money}): {value_rate:up}.",
        "使最低档职工可计入最低工资的工资不低于最低工资标准（现行标准与下次调整后预期标准中的"
        "较高者，{minimum_money}）所需的最小涨幅：{value_rate:up}。",
    ),
    "rule.offer.target": (
        "Management has already offered {offer_rate}, above the target of {target_rate} the "
        "union's own rules give: the union never settles below an offer on the table, so the "
        "target and the floor rise to it.",
        "企业方已报价 {offer_rate}，高于按工会自身规则测算的目标 {target_rate}：工会不会接受低于"
        "已有报价的结果，因此目标和底线都提高到该报价。",
    ),
    "rule.offer.floor": (
        "Management has already offered {offer_rate}, above the floor of {floor_rate} the "
        "union's own rules give: the union never settles below an offer on the table, so the "
        "floor rises to it.",
        "企业方已报价 {offer_rate}，高于按工会自身规则测算的底线 {floor_rate}：工会不会接受低于"
        "已有报价的结果，因此底线提高到该报价。",
    ),
    "rule.margin": (
        "Room to concede above the target: {value_rate}.",
        "开价高于目标、留作让步的空间：{value_rate}。",
    ),
    "settlement.zone": (
        "A zone of agreement exists, from the union's floor {floor_rate:cmp} to management's "
        "estimated limit {resistance_rate:cmp}. With a union bargaining weight of {power}, the "
        "Nash bargaining solution is {nash_rate}.",
        "存在协议区间：从工会底线 {floor_rate:cmp} 到企业方估计的承受上限 {resistance_rate:cmp}。"
        "按工会谈判力量权重 {power} 计算，纳什谈判解为 {nash_rate}。",
    ),
    "settlement.no_zone": (
        "No zone of agreement: management's estimated limit {resistance_rate:cmp} is below "
        "the union's floor {floor_rate:cmp}. Prepare the evidence on ability to pay; if talks "
        "break down, ask the labour administration to coordinate.",
        "不存在协议区间：企业方估计的承受上限 {resistance_rate:cmp} 低于工会底线 "
        "{floor_rate:cmp}。请准备企业支付能力方面的证据；协商陷入僵局时，可提请当地人力资源"
        "社会保障行政部门协调处理。",
    ),
    "allocation.budget_below_minimum": (
        "The target's budget of {budget_money} a month cannot bring every grade up to the "
        "next minimum wage: that alone needs {cost_money} a month.",
        "目标涨幅每月预算 {budget_money}，不足以使各档职工都达到下次调整后的最低工资标准："
        "仅此一项每月就需 {cost_money}。",
    ),
    "sector.rule": (
        "Sector band: floor {floor_rate} (affordable to firms employing {floor_workers_rate} "
        "of the workers), target {target_rate} (firms employing {target_workers_rate} of the "
        "workers), opening {opening_rate}. The agreement must add: and in every firm at least "
        "what the minimum wage requires there (up to {legal_max_rate} in this sector).",
        "行业（区域）工资区间：底线 {floor_rate}（能承受的企业，其职工占全部职工的 "
        "{floor_workers_rate}），目标 {target_rate}（能承受的企业，其职工占 "
        "{target_workers_rate}），开价 {opening_rate}。协议还须写明：各企业的增资不得低于"
        "本企业执行最低工资标准所需的幅度（本行业最高为 {legal_max_rate}）。",
    ),
}
