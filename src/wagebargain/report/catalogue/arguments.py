"""Messages for the room: talking points, "management will say / you answer", data requests.

The themes follow the union training speech behind the project (domain.md §8): raises follow
the guideline, labour productivity and enterprise benefit with CPI considered; low pay and
years without a raise; the minimum wage and wage arrears.
"""
from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # talking points
    "point.neutral": (
        "Inflation of {inflation_rate} plus productivity growth of {productivity_rate} make "
        "{neutral_rate}: the raise that only keeps labour's share of value added where it is. "
        "Anything less moves income from wages to profit.",
        "物价上涨 {inflation_rate} 加上劳动生产率增长 {productivity_rate}，合计 {neutral_rate}："
        "这只是让劳动报酬在增加值中的比重保持不变的涨幅，低于它就是把收入从工资转向利润。",
    ),
    "point.profit_up": (
        "Profit rose {growth_rate} to {profit_money}.",
        "企业利润增长 {growth_rate}，达到 {profit_money}。",
    ),
    "point.affordable": (
        "Our target costs {pct_profit_rate} of the latest year's profit: "
        "{per_worker_month_money} per worker per month, employer contributions included.",
        "我们的目标涨幅占最近一年利润的 {pct_profit_rate}：连同单位缴费，"
        "人均每月 {per_worker_month_money}。",
    ),
    "point.costly": (
        "Our target would cost {pct_profit_rate} of the latest year's profit, more than "
        "management is likely to give up ({resistance_rate} is our estimate of its limit): "
        "be ready to argue from the law, the guideline and the pay lag rather than from profit.",
        "我们的目标涨幅将占最近一年利润的 {pct_profit_rate}，超出管理方可能接受的程度"
        "（我们估计其上限为 {resistance_rate}）：应从法律、指导线和工资滞后的角度论证，"
        "而不是只谈利润。",
    ),
    "point.labour_share_falling": (
        "Labour's share of value added fell {change_rate:abspts} to {share_rate}.",
        "劳动报酬占增加值的比重下降 {change_rate:abspts}，降至 {share_rate}。",
    ),
    "point.pay_lag": (
        "Over the last {years} years real pay has fallen {lag_rate} behind productivity.",
        "过去 {years} 年，实际工资累计落后于劳动生产率 {lag_rate}。",
    ),
    "point.no_raise": (
        "Workers have had no raise for {years} years.",
        "职工已连续 {years} 年没有涨工资。",
    ),
    "point.market_below": (
        "{grade}: pay is {gap_rate} below the market median of the occupation; only "
        "{rank_rate} of workers in the occupation earn less.",
        "{grade}：收入比本职业市场工资价位中位数低 {gap_rate}，同职业中只有 {rank_rate} "
        "的人收入更低。",
    ),
    "point.legal_floor": (
        "The minimum wage of {minimum_money} alone requires a raise of {floor_rate} for the "
        "lowest grade.",
        "仅最低工资标准 {minimum_money} 一项，就要求最低档职工至少涨 {floor_rate}。",
    ),
    "point.guideline.loss_making": (
        "Even for a loss-making firm, going below the guideline's lower line of {high_rate} "
        "needs the union's agreement, and we do not agree.",
        "即使企业亏损，工资增长低于指导线下线 {high_rate} 也须经工会同意，而工会不同意。",
    ),
    "point.guideline.slow_growth": (
        "Even with slow benefit growth, the guideline expects a raise between the lower line "
        "{low_rate} and the baseline {high_rate}.",
        "即使效益增长缓慢，指导线也要求工资增长在下线 {low_rate} 与基准线 {high_rate} 之间。",
    ),
    "point.guideline.normal": (
        "The guideline's baseline is {baseline_rate}: a firm with rising benefit raises pay "
        "around it, between {low_rate} and {high_rate}.",
        "指导线基准线为 {baseline_rate}：效益增长的企业应围绕基准线安排工资增长，"
        "在 {low_rate} 至 {high_rate} 之间。",
    ),
    "point.guideline.fast_growth": (
        "With benefit growing fast, the guideline puts the raise between {low_rate} and the "
        "upper line {high_rate}; the baseline of {baseline_rate} is for ordinary firms.",
        "效益增长较快，指导线将工资增长定在 {low_rate} 至上线 {high_rate} 之间；"
        "基准线 {baseline_rate} 是针对一般企业的。",
    ),
    "point.violations": (
        "Legal violations found: {count}. They must be put right whatever the raise.",
        "发现违法情况 {count} 项：无论涨幅多少，都必须先行纠正。",
    ),
    # management will say
    "say.cannot_afford": (
        "We cannot afford it.",
        "企业负担不起。",
    ),
    "say.losses": (
        "We are making losses; there is no money for a raise.",
        "企业在亏损，没有钱涨工资。",
    ),
    "say.guideline_baseline": (
        "The guideline baseline is {baseline_rate}; that is the most we will give.",
        "指导线基准线是 {baseline_rate}，我们最多只能给这么多。",
    ),
    "say.low_inflation": (
        "Inflation is only {inflation_rate}; workers do not need more.",
        "物价只涨了 {inflation_rate}，职工不需要涨那么多。",
    ),
    "say.above_minimum": (
        "We already pay above the minimum wage.",
        "我们的工资已经高于最低工资标准。",
    ),
    "say.above_upper": (
        "Your demand of {opening_rate} is above the government's upper line of {upper_rate}.",
        "你们提出的 {opening_rate} 超过了政府工资指导线上线 {upper_rate}。",
    ),
    "say.market": (
        "Our pay is in line with the market.",
        "我们的工资与市场水平持平。",
    ),
    # you answer
    "answer.cannot_afford": (
        "The target costs {total_money} a year in all, {per_worker_month_money} per worker "
        "per month with employer contributions: {pct_profit_rate} of profit.",
        "目标涨幅全年总成本 {total_money}（含单位缴费），人均每月 {per_worker_month_money}，"
        "占利润的 {pct_profit_rate}。",
    ),
    "answer.cannot_afford_floor": (
        "Then look at our floor: {floor_rate} costs {floor_pct_profit_rate} of profit, "
        "{floor_per_worker_month_money} per worker per month, and the law alone requires "
        "{legal_rate} to keep the lowest grade above the next minimum wage.",
        "那就看我们的底线：{floor_rate} 只占利润的 {floor_pct_profit_rate}，人均每月 "
        "{floor_per_worker_month_money}；仅为使最低档工资不低于下一次调整后的最低工资，"
        "法律就要求至少 {legal_rate}。",
    ),
    "answer.above_upper": (
        "The upper line is a warning for fast-growing, well-paid firms, not a cap on what we "
        "may ask. We open at {opening_rate} to leave room; our target of {target_rate} is "
        "within the guideline.",
        "上线是对效益好、工资水平高的企业的预警，并不限制我们的要求。我们开价 "
        "{opening_rate} 是为了留出谈判空间；我们的目标 {target_rate} 在指导线范围之内。",
    ),
    "answer.losses": (
        "A freeze or a raise below the lower line needs the union's agreement, and pay for "
        "normal hours must stay at or above the minimum wage of {minimum_money}: we will not "
        "go below {floor_rate}.",
        "零增长或低于下线须经工会同意，且正常工作时间工资不得低于最低工资标准 "
        "{minimum_money}：我们不接受低于 {floor_rate} 的方案。",
    ),
    "answer.guideline.loss_making": (
        "For a loss-making firm the guideline band is {low_rate} to {high_rate}, and going "
        "below it needs our agreement; we ask {target_rate}.",
        "亏损企业的指导线区间为 {low_rate} 至 {high_rate}，低于该区间须经工会同意；"
        "我们的要求是 {target_rate}。",
    ),
    "answer.guideline.slow_growth": (
        "For a firm with slow benefit growth the guideline band runs from {low_rate} to "
        "{high_rate}; we ask {target_rate}.",
        "效益增长缓慢企业的指导线区间为 {low_rate} 至 {high_rate}；我们的要求是 {target_rate}。",
    ),
    "answer.guideline.normal": (
        "The baseline is a point of reference, not a ceiling: for a firm with rising benefit "
        "the band runs from {low_rate} to {high_rate}; we ask {target_rate}.",
        "基准线是参照，不是上限：效益增长企业的区间为 {low_rate} 至 {high_rate}；"
        "我们的要求是 {target_rate}。",
    ),
    "answer.guideline.fast_growth": (
        "The baseline is for ordinary firms. With benefit growing this fast the guideline "
        "allows {low_rate} up to the upper line {high_rate}; we ask {target_rate}.",
        "基准线针对的是一般企业。效益增长这么快，指导线允许 {low_rate} 直至上线 "
        "{high_rate}；我们的要求是 {target_rate}。",
    ),
    "answer.low_inflation": (
        "Pay follows productivity as well as prices: productivity grew {productivity_rate}, "
        "so {neutral_rate} only keeps workers' share of what they produce from falling.",
        "工资不仅要跟上物价，还要跟上劳动生产率：劳动生产率增长 {productivity_rate}，"
        "{neutral_rate} 只是让职工在新创造价值中的份额不下降。",
    ),
    "answer.above_minimum": (
        "The minimum wage is a legal floor for the lowest-paid on normal hours, not a fair "
        "wage, and it rises at the next adjustment.",
        "最低工资标准是正常工作时间最低收入的法定底线，不是合理工资，而且下次还会上调。",
    ),
    "answer.market": (
        "The wage price guide puts the occupation's median at {median_money} a year; our "
        "lowest grade earns {pay_money} a year, allowances, overtime and benefits included.",
        "工资价位显示该职业年收入中位数为 {median_money}；我们最低档职工全年收入只有 "
        "{pay_money}（已含津贴、加班工资和福利）。",
    ),
    # data to request from management
    "request.previous_accounts": (
        "Last year's accounts (value added, profit, wage bill, headcount), to measure "
        "productivity and profit growth.",
        "上年财务数据（增加值、利润、工资总额、平均职工人数），用于测算劳动生产率和效益增长。",
    ),
    "request.raise_history": (
        "The across-the-board raises of the last five years, to measure how far pay has "
        "fallen behind.",
        "近五年普调工资记录，用于测算工资落后了多少。",
    ),
    "request.market": (
        "The local wage price guide (工资价位) for each grade's occupation.",
        "各岗位所属职业的当地人力资源市场工资价位。",
    ),
    "request.cpi_forecast": (
        "The CPI forecast for the contract year.",
        "合同年度居民消费价格指数（CPI）预测。",
    ),
    "request.management_offer": (
        "Management's offer, in writing.",
        "企业方的书面报价。",
    ),
    "request.contribution_base": (
        "The social-insurance contribution base (floor and ceiling), to cost the raise exactly.",
        "社会保险缴费基数的上下限，用于准确测算成本。",
    ),
    "request.next_minimum": (
        "The minimum wage expected at the next adjustment.",
        "下次调整后的最低工资标准预期。",
    ),
    "request.hourly_minimum": (
        "The hourly minimum wage for part-time workers.",
        "非全日制用工小时最低工资标准。",
    ),
    "request.revenue": (
        "Revenue for both years.",
        "两个年度的营业收入。",
    ),
}
