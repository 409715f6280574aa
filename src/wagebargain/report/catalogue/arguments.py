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
        "这只是保持劳动报酬在增加值中所占比重不变的涨幅，低于它就是把收入从工资转向利润。",
    ),
    "point.neutral.short": (
        "Inflation of {inflation_rate} plus productivity growth of {productivity_rate} make "
        "{neutral_rate}: the raise that keeps labour's share of value added where it is.",
        "物价上涨 {inflation_rate} 加上劳动生产率增长 {productivity_rate}，合计 {neutral_rate}："
        "这是保持劳动报酬在增加值中所占比重不变的涨幅。",
    ),
    "point.real_pay": (
        "Prices are expected to rise {inflation_rate}: any raise below that is a cut in real "
        "pay, whatever happened to productivity.",
        "物价预计上涨 {inflation_rate}：低于这个幅度的增资，无论劳动生产率如何，都意味着职工"
        "实际工资下降。",
    ),
    "point.arrears": (
        "Wages of {arrears_money} are due and unpaid. They must be paid in full before any "
        "raise is discussed; workers can ask a court for a payment order (支付令).",
        "企业拖欠工资 {arrears_money}，必须在协商增资之前全额清偿；职工可以依法向法院申请支付令。",
    ),
    "point.pay_ratio": (
        "The best-paid managers earn {ratio:x} the average front-line worker: restraint at "
        "the top comes before restraint for the workers.",
        "最高一档管理人员的收入是一线职工平均水平的 {ratio:x}：要控制工资增长，应先从高层做起。",
    ),
    "point.profit_up": (
        "Profit rose {growth_rate} to {profit_money}.",
        "企业利润增长 {growth_rate}，达到 {profit_money}。",
    ),
    "point.affordable": (
        "Each percentage point of raise costs about {point_pct_profit_rate} of the latest "
        "year's profit: {point_per_worker_month_money} per worker per month, employer "
        "contributions included.",
        "每增资 1 个百分点，连同单位缴费，约占最近一年利润的 {point_pct_profit_rate}，"
        "人均每月 {point_per_worker_month_money}。",
    ),
    "point.labour_share_falling": (
        "Labour's share of value added fell {change_rate:abspts} to {share_rate}.",
        "劳动报酬占增加值的比重下降 {change_rate:abspts}，降至 {share_rate}。",
    ),
    "point.pay_lag": (
        "Over the last {years} year{years:s}, real pay has fallen {lag_rate} behind the "
        "economy-wide trend of labour productivity.",
        "过去 {years} 年，职工实际工资累计落后于全社会劳动生产率增长趋势 {lag_rate}。",
    ),
    "point.zero_raise_years": (
        "In {count} of the last {years} year{years:s} pay was not raised at all.",
        "过去 {years} 年中，有 {count} 年工资没有任何上调。",
    ),
    "point.no_raise": (
        "Workers' pay has not been raised for {years} year{years:s}.",
        "职工工资已连续 {years} 年没有上调。",
    ),
    "point.market_below": (
        "{grade}: pay is {gap_rate} below the market median of the occupation; only "
        "{rank_rate} of workers in the occupation earn less.",
        "{grade}：收入比本职业市场工资价位中位数低 {gap_rate}，同职业从业人员中只有约 "
        "{rank_rate} 的人收入比他们低。",
    ),
    "point.legal_floor": (
        "The minimum wage alone ({minimum_money}, the higher of today's and the one expected "
        "at the next adjustment) requires the lowest grade's countable pay of "
        "{countable_money} to rise by at least {need_money} a month.",
        "仅最低工资标准一项（{minimum_money}，取现行标准与下次调整后预期标准中的较高者），"
        "就要求最低档职工可计入最低工资的工资（{countable_money}）每月至少增加 {need_money}。",
    ),
    "point.guideline.loss_making": (
        "Even for a loss-making firm the guideline's reference is its lower line, "
        "{high_rate}. A smaller raise, or a freeze, needs the agreement of the union or the "
        "workers' congress, and that agreement has conditions: the accounts on the table and "
        "an agreed date by which pay catches up.",
        "即使企业亏损，指导线的参照仍是下线 {high_rate}。低于下线的增长或零增长须经工会或职工"
        "代表大会同意，而同意是有条件的：企业公开账目，并约定工资追补的时间。",
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
        "Legal violations found: {count}. They must be put right whatever the raise, and "
        "are not part of the bargain over it.",
        "发现违法问题 {count} 项：无论涨幅多少都必须先行纠正，不能拿来与涨幅讨价还价。",
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
        "It can: each percentage point of raise costs about {point_total_money} a year in "
        "all, {point_per_worker_month_money} per worker per month with employer "
        "contributions, which is {point_pct_profit_rate} of last year's profit.",
        "企业负担得起：每增资 1 个百分点，全年总成本约 {point_total_money}（含单位缴费），"
        "人均每月 {point_per_worker_month_money}，只占上年利润的 {point_pct_profit_rate}。",
    ),
    "answer.cannot_afford_accounts": (
        "Ability to pay is shown by the accounts, not asserted: put them on the table, with "
        "value added, profit and the wage bill of both years.",
        "企业支付能力要用财务数据说话，不能只凭一句话：请把两个年度的增加值、利润和工资总额"
        "拿出来。",
    ),
    "answer.cannot_afford_accounts.profit": (
        "Ability to pay is shown by the accounts, not asserted: put them on the table, with "
        "value added, profit and the wage bill of both years. Last year's accounts show a "
        "profit of {profit_money}.",
        "企业支付能力要用财务数据说话，不能只凭一句话：请把两个年度的增加值、利润和工资总额"
        "拿出来。上年账目显示利润为 {profit_money}。",
    ),
    "answer.legal_required": (
        "Part of it is not negotiable: the lowest grade's countable pay is {countable_money} "
        "a month, and the minimum wage it must clear is {minimum_money} (today's or the one "
        "expected at the next adjustment, whichever is higher). Beyond that, ability to pay "
        "is shown by the accounts: put them on the table.",
        "其中一部分没有商量余地：最低档职工可计入最低工资的工资为每月 {countable_money}，"
        "而必须达到的最低工资标准是 {minimum_money}（现行标准与下次调整后预期标准中的较高者）。"
        "除此之外，企业支付能力要用财务数据说话，请把账目拿出来。",
    ),
    "answer.above_upper": (
        "The upper line is a warning for fast-growing, already well-paid firms, not a cap "
        "on what may be asked. We open at {opening_rate} to leave room to move; the guideline "
        "is a reference for the settlement, not for the claim.",
        "上线（预警线）是对效益增长快、工资水平已经较高的企业的提醒，并不限制工会提出的要求。"
        "我们提出 {opening_rate} 是为协商留出余地；指导线是协商结果的参照，而不是对要求的限制。",
    ),
    "answer.above_upper.claim": (
        "The guideline is a reference for the settlement, not a cap on what may be asked: we "
        "open at {opening_rate} to leave room to move, and the settlement should follow the "
        "firm's productivity and profit, which are on the table.",
        "工资指导线是协商结果的参照，并不限制工会提出的要求：我们提出 {opening_rate} 是为"
        "协商留出余地，协商结果应当与企业的劳动生产率和经济效益相适应，这些数据都摆在桌面上。",
    ),
    "answer.losses": (
        "A freeze, or any raise below the guideline's lower line of {lower_rate}, needs the "
        "agreement of the union or the workers' congress; we will discuss it only with the "
        "accounts on the table and an agreed date by which pay catches up. And whatever is "
        "agreed, pay for normal hours stays at or above the minimum wage: {minimum_money} "
        "today, {next_minimum_money} after the next adjustment.",
        "工资零增长或任何低于指导线下线 {lower_rate} 的增长，须经工会或职工代表大会同意；"
        "只有在企业公开账目、并约定工资追补时间的前提下，我们才会讨论。无论达成什么协议，"
        "正常工作时间工资都不得低于最低工资标准：现行 {minimum_money}，下次调整后 "
        "{next_minimum_money}。",
    ),
    "answer.losses.no_next": (
        "A freeze, or any raise below the guideline's lower line of {lower_rate}, needs the "
        "agreement of the union or the workers' congress; we will discuss it only with the "
        "accounts on the table and an agreed date by which pay catches up. And whatever is "
        "agreed, pay for normal hours stays at or above the minimum wage, {minimum_money} "
        "today, and the minimum is adjusted at least every two years.",
        "工资零增长或任何低于指导线下线 {lower_rate} 的增长，须经工会或职工代表大会同意；"
        "只有在企业公开账目、并约定工资追补时间的前提下，我们才会讨论。无论达成什么协议，"
        "正常工作时间工资都不得低于现行最低工资标准 {minimum_money}，而且该标准至少每两年"
        "调整一次。",
    ),
    "answer.losses.law": (
        "Losses do not suspend the law: whatever is agreed, pay for normal hours stays at or "
        "above the minimum wage, {minimum_money} today and {next_minimum_money} after the "
        "next adjustment, and the lowest grade's countable pay is {countable_money}. Put the "
        "accounts on the table: what we discuss is how the raise is paid, not whether.",
        "亏损不能让法律让路：无论达成什么协议，正常工作时间工资都不得低于最低工资标准，现行 "
        "{minimum_money}，下次调整后 {next_minimum_money}；而最低档职工可计入最低工资的工资"
        "只有 {countable_money}。请把账目拿出来：我们要谈的是怎样增资，而不是增不增资。",
    ),
    "answer.losses.law.no_next": (
        "Losses do not suspend the law: whatever is agreed, pay for normal hours stays at or "
        "above the minimum wage of {minimum_money}, which is adjusted at least every two "
        "years, and the lowest grade's countable pay is {countable_money}. Put the accounts "
        "on the table: what we discuss is how the raise is paid, not whether.",
        "亏损不能让法律让路：无论达成什么协议，正常工作时间工资都不得低于最低工资标准 "
        "{minimum_money}，该标准至少每两年调整一次；而最低档职工可计入最低工资的工资只有 "
        "{countable_money}。请把账目拿出来：我们要谈的是怎样增资，而不是增不增资。",
    ),
    # The answers are said across the table: they argue from the guideline and the law and
    # never disclose the union's target or walk-away floor.
    "answer.guideline.loss_making": (
        "For a loss-making firm the guideline points to its lower line, {high_rate}. Anything "
        "below it, a freeze included, needs the agreement of the union or the workers' "
        "congress, and that agreement is not given in advance: it needs the accounts on the "
        "table and an agreed date by which pay catches up.",
        "对亏损企业，指导线的参照是下线 {high_rate}。低于下线的任何增长，包括零增长，都须经工会"
        "或职工代表大会同意；这种同意不会事先给出，前提是企业公开账目并约定工资追补的时间。",
    ),
    "answer.guideline.loss_making.law": (
        "For a loss-making firm the guideline makes anything below its lower line, a freeze "
        "included, subject to the agreement of the union or the workers' congress; it does "
        "not lower what the law requires. Whatever the accounts show, pay must clear the "
        "minimum wage of {minimum_money}, and prices keep rising.",
        "对亏损企业，指导线规定低于下线的任何增长（包括零增长）都须经工会或职工代表大会同意；"
        "它并不降低法律的要求。无论账目如何，工资都必须达到最低工资标准 {minimum_money}，"
        "而物价仍在上涨。",
    ),
    "answer.guideline.slow_growth": (
        "For a firm with slow benefit growth the guideline band runs from {low_rate} to "
        "{high_rate}; where we settle inside it is for the evidence on productivity, the pay "
        "lag and the minimum wage to decide.",
        "效益增长缓慢企业的指导线区间为 {low_rate} 至 {high_rate}；在区间内定在哪里，"
        "要看劳动生产率、工资滞后和最低工资等方面的依据。",
    ),
    "answer.guideline.normal": (
        "The baseline is a point of reference, not a ceiling: for a firm with rising benefit "
        "the guideline band runs from {low_rate} to {high_rate}.",
        "基准线是参照，不是上限：效益正常增长企业的指导线区间为 {low_rate} 至 {high_rate}。",
    ),
    "answer.guideline.fast_growth": (
        "The baseline is for ordinary firms. With benefit growing this fast the guideline "
        "allows {low_rate} up to the upper line {high_rate}.",
        "基准线针对的是一般企业。本企业效益增长这么快，指导线允许 {low_rate} 直至上线 "
        "{high_rate}。",
    ),
    "answer.low_inflation": (
        "Pay follows productivity as well as prices: productivity grew {productivity_rate}, "
        "so {neutral_rate} only keeps workers' share of what they produce from falling.",
        "工资不仅要跟上物价，还要跟上劳动生产率：劳动生产率增长 {productivity_rate}，"
        "{neutral_rate} 只是让职工在新创造价值中的份额不下降。",
    ),
    "answer.above_minimum": (
        "The minimum wage is the legal floor for normal hours, not a fair wage, and it rises "
        "at the next adjustment; being above it is an obligation, not an argument.",
        "最低工资标准只是正常工作时间工资的法定底线，不等于合理的工资水平，而且还会定期上调；"
        "高于最低工资是企业的法定义务，不是不涨工资的理由。",
    ),
    "answer.above_minimum.below": (
        "You do not: {grade}'s countable pay of {countable_money} is below the monthly "
        "minimum wage of {minimum_money}. That is a violation to put right now, whatever the "
        "raise, and the minimum rises again at the next adjustment.",
        "并非如此：{grade}可计入最低工资的工资 {countable_money} 低于月最低工资标准 "
        "{minimum_money}。这是违法问题，无论涨幅多少都必须立即纠正，而且最低工资标准下次还会上调。",
    ),
    "answer.above_minimum.at": (
        "You do not pay above it: {grade}'s countable pay of {countable_money} is exactly the "
        "monthly minimum wage of {minimum_money}, and the minimum rises at the next "
        "adjustment. Paying the legal floor is an obligation, not an argument.",
        "并非如此：{grade}可计入最低工资的工资 {countable_money} 恰好等于月最低工资标准 "
        "{minimum_money}，而该标准下次还会上调。支付法定最低工资是企业的义务，不是不涨工资的理由。",
    ),
    "answer.above_minimum.at_part_time": (
        "You do not pay above it: {grade}'s countable pay of {countable_money} is exactly the "
        "monthly minimum wage of {minimum_money}, and part-time workers ({role}) are paid "
        "{hourly_pay_money} an hour, below the hourly minimum of {hourly_minimum_money}.",
        "并非如此：{grade}可计入最低工资的工资 {countable_money} 恰好等于月最低工资标准 "
        "{minimum_money}；{role}（非全日制）每小时工资 {hourly_pay_money}，还低于小时最低工资标准 "
        "{hourly_minimum_money}。",
    ),
    "answer.above_minimum.part_time": (
        "You do not: part-time workers ({role}) are paid {hourly_pay_money} an hour, below the "
        "hourly minimum of {hourly_minimum_money}. That is a violation to put right now, "
        "whatever the raise.",
        "并非如此：{role}（非全日制）每小时工资 {hourly_pay_money}，低于小时最低工资标准 "
        "{hourly_minimum_money}。这是违法问题，无论涨幅多少都必须立即纠正。",
    ),
    "answer.market": (
        "The wage price guide puts the occupation's median at {median_money} a year; our "
        "lowest grade earns {pay_money} a year, allowances, overtime and benefits included.",
        "当地人力资源市场工资价位显示，该职业年收入中位数为 {median_money}；我们最低档职工"
        "全年收入为 {pay_money}（已含津贴、加班工资和福利）。",
    ),
    # for our side only: never said in the room
    "internal.costly": (
        "The target would cost {pct_profit_rate} of the latest year's profit, and we estimate "
        "management will resist any raise above {resistance_rate}. Argue from the law, the "
        "guideline and the pay lag rather than from profit.",
        "目标涨幅的成本将占最近一年利润的 {pct_profit_rate}，估计企业方对高于 "
        "{resistance_rate} 的涨幅会坚决抵制：应从法律、工资指导线和工资滞后的角度论证，"
        "而不是只谈利润。",
    ),
    "internal.affordable": (
        "The target costs {pct_profit_rate} of the latest year's profit "
        "({per_worker_month_money} per worker per month), and lies within our estimate of "
        "management's limit, a raise of {resistance_rate}.",
        "目标涨幅的成本占最近一年利润的 {pct_profit_rate}（人均每月 "
        "{per_worker_month_money}），未超过我方估计的企业方承受上限（涨幅 {resistance_rate}）。",
    ),
    "internal.offer_above_upper": (
        "Management has offered {offer_rate}, above the guideline's upper line of "
        "{upper_rate}. The guideline is advisory, not a cap: take the offer in writing, check "
        "what comes with it (the contract's length, lump sums in place of base pay, cuts in "
        "jobs or hours), and do not argue from the guideline in the room.",
        "企业方报价 {offer_rate}，已高于工资指导线上线 {upper_rate}。指导线只是参照，不是上限："
        "请企业方书面确认报价，核实其附带条件（合同期限、以一次性补贴代替基本工资、裁员或减少"
        "工时等），谈判中不再援引指导线。",
    ),
    # data to request from management
    "request.previous_accounts": (
        "Last year's accounts (value added, profit, wage bill, headcount), to measure "
        "productivity and profit growth.",
        "上年财务数据（增加值、利润、工资总额、平均职工人数），用于测算劳动生产率和经济效益增长。",
    ),
    "request.raise_history": (
        "The across-the-board raises of the last five years, to measure how far pay has "
        "fallen behind.",
        "近五年普调工资记录，用于测算工资增长落后了多少。",
    ),
    "request.market": (
        "The local wage price guide (工资价位) for each grade's occupation.",
        "各岗位所属职业的当地人力资源市场工资价位。",
    ),
    "request.cpi_forecast": (
        "The CPI forecast for the contract year.",
        "合同年度居民消费价格指数（CPI）涨幅预测。",
    ),
    "request.management_offer": (
        "Management's offer, in writing.",
        "企业方的书面报价。",
    ),
    "request.contribution_base": (
        "The social-insurance contribution base (floor and ceiling), to cost the raise exactly.",
        "社会保险缴费基数的上下限，用于准确测算企业缴费成本。",
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
