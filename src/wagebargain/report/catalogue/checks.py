"""Messages of the legal and policy checks.

``check.<code>.<finding>`` for every grade-level check of :mod:`wagebargain.core.checks`
(``<finding>`` is ``ok`` when it passes), with that check's ``numbers`` as parameters; and
``kcheck.<CODE>`` for every enterprise-level code of :data:`wagebargain.core.kernel.CHECKS`,
with the parameters :mod:`wagebargain.advice.checks` gives it.
"""
from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # minimum wage, now and at the next adjustment (MOLSS Order No. 21, 2004)
    "check.minimum_wage.below": (
        "Countable pay of {countable} is below the monthly minimum wage of {minimum}: "
        "short by {shortfall} a month.",
        "可计入最低工资的工资 {countable} 低于月最低工资标准 {minimum}，每月差 {shortfall}。",
    ),
    "check.minimum_wage.ok": (
        "Countable pay of {countable} clears the minimum wage of {minimum} by {margin}.",
        "可计入最低工资的工资 {countable} 比最低工资标准 {minimum} 高出 {margin}。",
    ),
    "check.minimum_wage_next.below": (
        "After the planned raise, countable pay of {countable_after} would be below the next "
        "minimum wage of {minimum_next}: short by {shortfall} a month.",
        "按拟议涨幅，可计入最低工资的工资 {countable_after} 仍低于下次调整后的最低工资标准 "
        "{minimum_next}，每月差 {shortfall}。",
    ),
    "check.minimum_wage_next.ok": (
        "After the planned raise, countable pay of {countable_after} clears the next minimum "
        "wage of {minimum_next} by {margin}.",
        "按拟议涨幅，可计入最低工资的工资 {countable_after} 比下次调整后的最低工资标准 "
        "{minimum_next} 高出 {margin}。",
    ),
    "check.part_time_hourly.below": (
        "Hourly pay of {hourly_pay} is below the part-time hourly minimum of "
        "{hourly_minimum}: short by {shortfall} an hour.",
        "小时工资 {hourly_pay} 低于非全日制小时最低工资标准 {hourly_minimum}，每小时差 {shortfall}。",
    ),
    "check.part_time_hourly_derived.below": (
        "Hourly pay of {hourly_pay} is below {hourly_minimum}, the monthly minimum of "
        "{monthly_minimum} converted to an hour (÷ 21.75 days ÷ 8 hours): short by "
        "{shortfall} an hour. The scenario gives no part-time hourly minimum; the published one "
        "is normally higher than this derived figure.",
        "小时工资 {hourly_pay} 低于按月最低工资标准 {monthly_minimum} 折算的小时工资 "
        "{hourly_minimum}（÷21.75天÷8小时），每小时差 {shortfall}。场景未给出非全日制小时"
        "最低工资标准，当地公布的标准通常高于此折算值。",
    ),
    "check.part_time_hourly_derived.ok": (
        "Hourly pay of {hourly_pay} clears {hourly_minimum}, the monthly minimum of "
        "{monthly_minimum} converted to an hour; the published part-time minimum, which the "
        "scenario does not give, is normally higher.",
        "小时工资 {hourly_pay} 不低于按月最低工资标准 {monthly_minimum} 折算的小时工资 "
        "{hourly_minimum}；场景未给出的非全日制小时最低工资标准通常高于此折算值。",
    ),
    "check.part_time_hours.too_many": (
        "{hours} hours a week exceeds the part-time limit of {limit_hours}: in law this is "
        "full-time work, owed a full-time contract, the monthly minimum wage and monthly pay.",
        "每周工作 {hours} 小时，超过非全日制用工每周 {limit_hours} 小时的上限：依法应按全日制"
        "用工签订劳动合同，执行月最低工资标准并按月支付工资。",
    ),
    "check.part_time_hours.ok": (
        "{hours} hours a week, within the part-time limit of {limit_hours}.",
        "每周工作 {hours} 小时，未超过非全日制用工每周 {limit_hours} 小时的上限。",
    ),
    "check.part_time_hourly.ok": (
        "Hourly pay of {hourly_pay} meets the part-time hourly minimum of {hourly_minimum}.",
        "小时工资 {hourly_pay} 符合非全日制小时最低工资标准 {hourly_minimum}。",
    ),
    "check.piece_rate.below": (
        "At the labour quota of {quota} pieces a month, piece-rate pay is {pay_at_quota}; "
        "the part that counts toward the minimum wage, {countable}, is below the minimum of "
        "{minimum}: the quota or the rate of {piece_rate} a piece is unreasonable.",
        "按劳动定额每月 {quota} 件计算，计件工资为 {pay_at_quota}，其中可计入最低工资的部分 "
        "{countable} 低于最低工资标准 {minimum}：劳动定额或计件单价 {piece_rate} 不合理。",
    ),
    "check.piece_rate.ok": (
        "At the labour quota of {quota} pieces a month, piece-rate pay of {pay_at_quota} "
        "({countable} counting toward the minimum wage) meets the minimum of {minimum}.",
        "按劳动定额每月 {quota} 件计算，计件工资 {pay_at_quota}（可计入最低工资的部分 "
        "{countable}）不低于最低工资标准 {minimum}。",
    ),
    "check.piece_rate_next.below": (
        "With the piece rate of {piece_rate} raised by the target of {raise_rate}, pay at the "
        "quota of {quota} pieces would count {countable_after} toward the minimum wage, below "
        "the {minimum_next} expected at the next adjustment: short by {shortfall} a month.",
        "计件单价 {piece_rate} 按目标涨幅上调 {raise_rate} 后，按劳动定额 {quota} 件计算，"
        "可计入最低工资的部分为 {countable_after}，仍低于下次调整后预期的最低工资标准 "
        "{minimum_next}，每月差 {shortfall}。",
    ),
    "check.piece_rate_next.ok": (
        "With the piece rate of {piece_rate} raised by the target of {raise_rate}, pay at the "
        "quota counts {countable_after} toward the minimum wage, at or above the next minimum "
        "of {minimum_next}.",
        "计件单价 {piece_rate} 按目标涨幅上调 {raise_rate} 后，按劳动定额计算可计入最低工资的"
        "部分为 {countable_after}，不低于下次调整后的最低工资标准 {minimum_next}。",
    ),
    # pay cycles and arrears
    "check.pay_cycle_full_time.too_long": (
        "Wages are paid every {days} days; full-time wages must be paid at least monthly "
        "(every {limit_days} days at most).",
        "工资每 {days} 天发放一次；全日制职工工资应至少每月支付一次（最长 {limit_days} 天）。",
    ),
    "check.pay_cycle_full_time.ok": (
        "Wages are paid every {days} days, within the {limit_days}-day limit.",
        "工资每 {days} 天发放一次，未超过 {limit_days} 天的期限。",
    ),
    "check.pay_cycle_part_time.too_long": (
        "Part-time pay is settled every {days} days; the law allows at most {limit_days}.",
        "非全日制用工工资每 {days} 天结算一次；法律规定最长不得超过 {limit_days} 天。",
    ),
    "check.pay_cycle_part_time.ok": (
        "Part-time pay is settled every {days} days, within the {limit_days}-day limit.",
        "非全日制用工工资每 {days} 天结算一次，未超过 {limit_days} 天的期限。",
    ),
    "check.arrears.unpaid": (
        "Wages of {arrears} are due and unpaid. Demand payment now, outside the raise: "
        "workers can apply to a court for a payment order, and an employer that ignores the "
        "labour inspectorate's order to pay owes 50-100% of the amount as extra compensation.",
        "拖欠工资 {arrears}。应立即要求足额支付，且不得与本轮涨幅挂钩：职工可依法向人民法院"
        "申请支付令；劳动行政部门责令限期支付而逾期不付的，用人单位还须按应付金额 50% 以上 "
        "100% 以下的标准加付赔偿金。",
    ),
    "check.arrears.ok": (
        "No wages are owed.",
        "无拖欠工资。",
    ),
    # the minimum wage's adequacy (region level)
    "check.minimum_vs_average.below_target": (
        "The minimum wage of {minimum} is {ratio} of the local average wage of {wage}, below "
        "the {reference} target: a matter for the regional union federation.",
        "最低工资标准 {minimum} 仅为当地职工月平均工资 {wage} 的 {ratio}，低于 {reference} "
        "的目标：应由地方总工会推动调整。",
    ),
    "check.minimum_vs_average.ok": (
        "The minimum wage is {ratio} of the local average wage, at or above the {reference} "
        "target.",
        "最低工资标准为当地职工月平均工资的 {ratio}，达到 {reference} 的目标。",
    ),
    "check.minimum_vs_mean_eu.below_reference": (
        "For comparison: the minimum wage is {ratio} of the local average wage; the EU's "
        "indicative reference value is {reference} of the average.",
        "参照：最低工资标准为当地平均工资的 {ratio}；欧盟指令的参考值为平均工资的 {reference}。",
    ),
    "check.minimum_vs_mean_eu.ok": (
        "For comparison: the minimum wage is {ratio} of the average wage, at or above the "
        "EU's reference value of {reference}.",
        "参照：最低工资标准为当地平均工资的 {ratio}，达到欧盟指令参考值 {reference}。",
    ),
    "check.minimum_vs_median_eu.below_reference": (
        "For comparison: the minimum wage is {ratio} of the local median wage of {wage}; the "
        "EU's indicative reference value is {reference} of the median.",
        "参照：最低工资标准为当地工资中位数 {wage} 的 {ratio}；欧盟指令的参考值为中位数的 "
        "{reference}。",
    ),
    "check.minimum_vs_median_eu.ok": (
        "For comparison: the minimum wage is {ratio} of the median wage, at or above the "
        "EU's reference value of {reference}.",
        "参照：最低工资标准为当地工资中位数的 {ratio}，达到欧盟指令参考值 {reference}。",
    ),
    "check.subsistence_ratio.too_close": (
        "The subsistence allowance of {subsistence_allowance} is {ratio} of the minimum wage, "
        "above the {threshold} threshold: the minimum wage sits too close to subsistence.",
        "最低生活保障标准 {subsistence_allowance} 达到最低工资标准的 {ratio}，超过 {threshold} "
        "的界限：最低工资与低保差距过小。",
    ),
    "check.subsistence_ratio.ok": (
        "The subsistence allowance is {ratio} of the minimum wage, within the {threshold} "
        "threshold.",
        "最低生活保障标准为最低工资标准的 {ratio}，未超过 {threshold} 的界限。",
    ),
    # pay structure (guideline riders, executive pay)
    "check.front_line_raise.below_average": (
        "Front-line workers would get {front_line_raise}, less than the average raise of "
        "{average_raise}; the guideline expects front-line raises at least equal to the "
        "average.",
        "一线职工涨幅 {front_line_raise} 低于全体职工平均涨幅 {average_raise}；"
        "指导线要求一线职工工资增长不低于企业平均水平。",
    ),
    "check.front_line_raise.ok": (
        "Front-line workers get {front_line_raise}, at least the average raise of "
        "{average_raise}.",
        "一线职工涨幅 {front_line_raise}，不低于平均涨幅 {average_raise}。",
    ),
    "check.managers_without_front_line.managers_raised": (
        "Managers would get {manager_raise} while front-line pay rises {front_line_raise}: "
        "where front-line pay does not rise, managers' pay should not rise either.",
        "管理人员涨幅 {manager_raise}，而一线职工涨幅为 {front_line_raise}："
        "一线职工工资不增长的，管理人员工资也不应增长。",
    ),
    "check.managers_without_front_line.ok": (
        "Front-line pay rises ({front_line_raise}) alongside managers' ({manager_raise}).",
        "一线职工工资（{front_line_raise}）与管理人员工资（{manager_raise}）同步增长。",
    ),
    "check.pay_ratio.too_high": (
        "The best-paid managers earn {ratio:x} the average front-line pay ({manager_pay} "
        "against {front_line_pay} a month), above the {limit:x} limit this brief uses (a "
        "policy choice).",
        "收入最高的管理人员月收入是一线职工平均收入的 {ratio:x}（{manager_pay} 对 "
        "{front_line_pay}），超过本简报采用的 {limit:x} 界限（政策选择）。",
    ),
    "check.pay_ratio.ok": (
        "The best-paid managers earn {ratio:x} the average front-line pay, within the "
        "{limit:x} limit.",
        "收入最高的管理人员月收入是一线职工平均收入的 {ratio:x}，未超过 {limit:x} 的界限。",
    ),
    # enterprise-level findings of the scoring kernel
    "kcheck.BELOW_MINIMUM": (
        "The lowest grade's countable pay is below the monthly minimum wage.",
        "最低档职工可计入最低工资的工资低于月最低工资标准。",
    ),
    "kcheck.BELOW_NEXT_MINIMUM": (
        "At management's offer (or with no raise, if it has made none), the lowest grade's "
        "countable pay would be {countable_after_offer_money}, below the minimum wage of "
        "{next_minimum_money} expected at the next adjustment.",
        "按企业方报价（未报价则按不涨计算），最低档职工可计入最低工资的工资为 "
        "{countable_after_offer_money}，低于下次调整后预期的最低工资标准 {next_minimum_money}。",
    ),
    "kcheck.NEAR_MINIMUM": (
        "The lowest grade's countable pay of {countable_money} is at or only just above the "
        "minimum wage of {minimum_money}: the next adjustment may overtake it.",
        "最低档职工可计入最低工资的工资 {countable_money} 与最低工资标准 {minimum_money} "
        "持平或仅略高，下次调整后可能低于标准。",
    ),
    "kcheck.PAY_CYCLE": (
        "Full-time wages are paid less often than once a month.",
        "全日制职工工资未做到至少每月支付一次。",
    ),
    "kcheck.ARREARS": (
        "Wages are due and unpaid.",
        "存在拖欠工资。",
    ),
    "kcheck.MINIMUM_INADEQUATE": (
        "The minimum wage is below the target share of the local average wage.",
        "最低工资标准低于当地职工平均工资的目标比例。",
    ),
    "kcheck.NO_RAISE": (
        "No raise for {years} year{years:s} in a row.",
        "已连续 {years} 年未涨工资。",
    ),
    "kcheck.LAG_PRODUCTIVITY": (
        "Last year real pay grew {real_wage_growth_rate}, less than the enterprise's real "
        "productivity ({productivity_growth_rate}): pay is not in step with productivity.",
        "上年职工实际工资增长 {real_wage_growth_rate}，低于本企业劳动生产率实际增长 "
        "{productivity_growth_rate}：工资增长与劳动生产率提高不同步。",
    ),
    "kcheck.LOSS_MAKING": (
        "The firm made a loss of {profit_money:absmoney}: a raise below the guideline's lower "
        "line ({lower_rate}), or a freeze, needs the agreement of the union or the workers' "
        "congress.",
        "企业亏损 {profit_money:absmoney}：工资增长低于指导线下线（{lower_rate}）或零增长，"
        "须经工会或职工代表大会同意。",
    ),
    "kcheck.NO_ZONE": (
        "Management's estimated limit of {resistance_rate:cmp} is below the union's floor of "
        "{floor_rate:cmp}: there is no zone of agreement.",
        "企业方估计的承受上限 {resistance_rate:cmp} 低于工会底线 {floor_rate:cmp}：不存在协议区间。",
    ),
    "kcheck.OFFER_BELOW_FLOOR": (
        "Management's offer of {offer_rate:cmp} is below the union's floor of {floor_rate:cmp}.",
        "企业方报价 {offer_rate:cmp} 低于工会底线 {floor_rate:cmp}。",
    ),
    "kcheck.SOE_WAGE_BILL": (
        "State-owned firm failing the 'two lower-thans': real pay grew "
        "{real_wage_growth_rate} against real productivity growth of "
        "{productivity_growth_rate}, or the wage bill outgrew profit.",
        "国有企业未做到“两低于”：实际工资增长 {real_wage_growth_rate}，劳动生产率实际增长 "
        "{productivity_growth_rate}，或工资总额增长快于效益增长。",
    ),
}
