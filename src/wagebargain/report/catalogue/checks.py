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
        "计入最低工资的工资 {countable} 低于月最低工资标准 {minimum}，每月差 {shortfall}。",
    ),
    "check.minimum_wage.ok": (
        "Countable pay of {countable} clears the minimum wage of {minimum} by {margin}.",
        "计入最低工资的工资 {countable} 高于最低工资标准 {minimum} {margin}。",
    ),
    "check.minimum_wage_next.below": (
        "After the planned raise, countable pay of {countable_after} would be below the next "
        "minimum wage of {minimum_next}: short by {shortfall} a month.",
        "按拟议涨幅，计入最低工资的工资 {countable_after} 仍低于下次调整后的最低工资标准 "
        "{minimum_next}，每月差 {shortfall}。",
    ),
    "check.minimum_wage_next.ok": (
        "After the planned raise, countable pay of {countable_after} clears the next minimum "
        "wage of {minimum_next} by {margin}.",
        "按拟议涨幅，计入最低工资的工资 {countable_after} 高于下次调整后的最低工资标准 "
        "{minimum_next} {margin}。",
    ),
    "check.part_time_hourly.below": (
        "Hourly pay of {hourly_pay} is below the part-time hourly minimum of "
        "{hourly_minimum}: short by {shortfall} an hour.",
        "小时工资 {hourly_pay} 低于非全日制小时最低工资标准 {hourly_minimum}，每小时差 {shortfall}。",
    ),
    "check.part_time_hourly.ok": (
        "Hourly pay of {hourly_pay} meets the part-time hourly minimum of {hourly_minimum}.",
        "小时工资 {hourly_pay} 符合非全日制小时最低工资标准 {hourly_minimum}。",
    ),
    "check.piece_rate.below": (
        "At the labour quota of {quota} pieces a month, piece-rate pay is {pay_at_quota}, "
        "below the minimum wage of {minimum}: the quota or the rate of {piece_rate} a piece "
        "is unreasonable.",
        "按劳动定额每月 {quota} 件计算，计件工资为 {pay_at_quota}，低于最低工资标准 "
        "{minimum}：劳动定额或计件单价 {piece_rate} 不合理。",
    ),
    "check.piece_rate.ok": (
        "At the labour quota of {quota} pieces a month, piece-rate pay of {pay_at_quota} "
        "meets the minimum wage of {minimum}.",
        "按劳动定额每月 {quota} 件计算，计件工资 {pay_at_quota} 不低于最低工资标准 {minimum}。",
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
        "Wages of {arrears} are due and unpaid. Demand payment now: workers can ask a court "
        "for a payment order, and late payment after an order to pay adds 50-100% "
        "compensation.",
        "拖欠工资 {arrears}。应立即要求支付：职工可向法院申请支付令，"
        "责令支付后逾期不付的，加付 50%-100% 的赔偿金。",
    ),
    "check.arrears.ok": (
        "No wages are owed.",
        "无拖欠工资。",
    ),
    # the minimum wage's adequacy (region level)
    "check.minimum_vs_average.below_target": (
        "The minimum wage of {minimum} is {ratio} of the local average wage of {wage}, below "
        "the {reference} target: a matter for the regional union federation.",
        "最低工资标准 {minimum} 仅为当地社会平均工资 {wage} 的 {ratio}，低于 {reference} "
        "的目标：应由地方总工会推动调整。",
    ),
    "check.minimum_vs_average.ok": (
        "The minimum wage is {ratio} of the local average wage, at or above the {reference} "
        "target.",
        "最低工资标准为当地社会平均工资的 {ratio}，达到 {reference} 的目标。",
    ),
    "check.minimum_vs_mean_eu.below_reference": (
        "For comparison: the minimum wage is {ratio} of the average wage; the EU's indicative "
        "reference value is {reference}.",
        "参照：最低工资标准为平均工资的 {ratio}；欧盟的参考值为 {reference}。",
    ),
    "check.minimum_vs_mean_eu.ok": (
        "For comparison: the minimum wage is {ratio} of the average wage, at or above the "
        "EU's reference value of {reference}.",
        "参照：最低工资标准为平均工资的 {ratio}，达到欧盟参考值 {reference}。",
    ),
    "check.minimum_vs_median_eu.below_reference": (
        "For comparison: the minimum wage is {ratio} of the median wage of {wage}; the EU's "
        "indicative reference value is {reference}.",
        "参照：最低工资标准为工资中位数 {wage} 的 {ratio}；欧盟的参考值为 {reference}。",
    ),
    "check.minimum_vs_median_eu.ok": (
        "For comparison: the minimum wage is {ratio} of the median wage, at or above the "
        "EU's reference value of {reference}.",
        "参照：最低工资标准为工资中位数的 {ratio}，达到欧盟参考值 {reference}。",
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
        "一线职工涨幅 {front_line_raise} 低于平均涨幅 {average_raise}；"
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
        "Managers earn {ratio:x} front-line pay ({manager_pay} against {front_line_pay}), "
        "above the {limit:x} limit.",
        "管理人员工资是一线职工的 {ratio:x}（{manager_pay} 对 {front_line_pay}），"
        "超过 {limit:x} 的界限。",
    ),
    "check.pay_ratio.ok": (
        "Managers earn {ratio:x} front-line pay, within the {limit:x} limit.",
        "管理人员工资是一线职工的 {ratio:x}，未超过 {limit:x} 的界限。",
    ),
    # enterprise-level findings of the scoring kernel
    "kcheck.BELOW_MINIMUM": (
        "The lowest grade's countable pay is below the monthly minimum wage.",
        "最低档职工计入最低工资的工资低于月最低工资标准。",
    ),
    "kcheck.BELOW_NEXT_MINIMUM": (
        "After management's offer (no raise without one), the lowest grade's countable pay "
        "falls below the next minimum wage.",
        "按企业方报价（未报价则按不涨计算），最低档职工计入最低工资的工资将低于下次调整后的"
        "最低工资标准。",
    ),
    "kcheck.NEAR_MINIMUM": (
        "The lowest grade's countable pay of {countable_money} is barely above the minimum "
        "wage of {minimum_money}.",
        "最低档职工计入最低工资的工资 {countable_money} 仅略高于最低工资标准 {minimum_money}。",
    ),
    "kcheck.PAY_CYCLE": (
        "Full-time wages are paid less often than monthly.",
        "全日制职工工资未做到按月支付。",
    ),
    "kcheck.ARREARS": (
        "Wages are due and unpaid.",
        "存在拖欠工资。",
    ),
    "kcheck.MINIMUM_INADEQUATE": (
        "The minimum wage is below the target share of the local average wage.",
        "最低工资标准低于当地社会平均工资的目标比例。",
    ),
    "kcheck.NO_RAISE": (
        "No raise for {years} years.",
        "已连续 {years} 年未涨工资。",
    ),
    "kcheck.LAG_PRODUCTIVITY": (
        "Real pay grew {real_wage_growth_rate}, less than real productivity "
        "({productivity_growth_rate}): pay is not in step with productivity.",
        "实际工资增长 {real_wage_growth_rate}，低于劳动生产率实际增长 "
        "{productivity_growth_rate}：工资增长与劳动生产率提高不同步。",
    ),
    "kcheck.LOSS_MAKING": (
        "Profit is {profit_money}: a raise below the lower line ({lower_rate}), or a freeze, "
        "needs the agreement of the union or the workers' congress.",
        "企业利润为 {profit_money}：工资增长低于下线（{lower_rate}）或零增长，"
        "须经工会或职工代表大会同意。",
    ),
    "kcheck.NO_ZONE": (
        "Management's estimated limit of {resistance_rate} is below the union's floor of "
        "{floor_rate}: there is no zone of agreement.",
        "企业方估计的承受上限 {resistance_rate} 低于工会底线 {floor_rate}：不存在协议区间。",
    ),
    "kcheck.OFFER_BELOW_FLOOR": (
        "Management's offer of {offer_rate} is below the union's floor of {floor_rate}.",
        "企业方报价 {offer_rate} 低于工会底线 {floor_rate}。",
    ),
    "kcheck.SOE_WAGE_BILL": (
        "State-owned firm failing the 'two lower-thans': real pay grew "
        "{real_wage_growth_rate} against real productivity growth of "
        "{productivity_growth_rate}, or the wage bill outgrew profit.",
        "国有企业未做到“两低于”：实际工资增长 {real_wage_growth_rate}，劳动生产率实际增长 "
        "{productivity_growth_rate}，或工资总额增长快于效益增长。",
    ),
}
