"""Headings, table labels and short terms the renderers print."""
from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # the document
    "ui.brief": ("Negotiating brief", "工资集体协商谈判简报"),
    "ui.provenance": (
        "Scenario file {file} · SHA-256 {sha256} · wagebargain {version}",
        "场景文件 {file} · SHA-256 {sha256} · wagebargain {version}",
    ),
    "ui.meta": ("Wage round {year} · amounts in {currency}",
                "{year}年度 · 金额单位：{currency}"),
    "ui.warnings": ("Scenario warnings", "场景文件提示"),
    "ui.range": ("{low_rate}–{high_rate}", "{low_rate}～{high_rate}"),
    "ui.target_rule": (
        "Target: inflation + productivity + catch-up = {sum_rate}, kept within the guideline "
        "band ({low_rate} to {high_rate}) and never below the legal floor ({legal_rate}): "
        "{target_rate}.",
        "目标：物价 + 劳动生产率 + 补偿性增长 = {sum_rate}，限定在指导线区间（{low_rate} 至 "
        "{high_rate}）之内，且不低于法定底线（{legal_rate}）：{target_rate}。",
    ),
    "ui.floor_rule": (
        "Floor: the higher of the legal floor ({legal_rate}) and inflation ({inflation_rate}, "
        "so that real pay does not fall), and never above the target: {floor_rate}.",
        "底线：法定底线（{legal_rate}）与物价涨幅（{inflation_rate}，保证实际工资不下降）中的"
        "较高者，且不高于目标：{floor_rate}。",
    ),
    "ui.offer_rule": (
        "Management has already offered {offer_rate}, and the union never settles below an "
        "offer on the table: floor {floor_rate}, target {target_rate}, opening {opening_rate}.",
        "企业方已报价 {offer_rate}，工会不会接受低于已有报价的结果：底线 {floor_rate}，"
        "目标 {target_rate}，开价 {opening_rate}。",
    ),
    "ui.floor_consent": (
        "A floor below the guideline's lower line ({lower_rate}) is a settlement that needs "
        "the consent of the union or the workers' congress: give it only against open "
        "accounts and an agreed date by which pay catches up, and never below the minimum "
        "wage.",
        "底线低于指导线下线（{lower_rate}），意味着该协议须经工会或职工代表大会同意：只有在企业"
        "公开账目、并约定工资追补时间的条件下才能同意，且工资不得低于最低工资标准。",
    ),
    "ui.floor_rule_loss": (
        "Floor: the legal floor ({legal_rate}); a loss-making firm is not held to protecting "
        "real pay: {floor_rate}.",
        "底线：法定底线（{legal_rate}）；对亏损企业不要求保证实际工资不下降：{floor_rate}。",
    ),
    "ui.resistance_note": (
        "Management's limit is our estimate, not its word: the raise whose full cost, employer "
        "contributions included, would take {share_rate} of last year's profit.",
        "企业方承受上限是我方的估计，并非企业方的表态：指全部成本（含单位缴费）相当于上年利润 "
        "{share_rate} 的涨幅。",
    ),
    "ui.resistance_note.legal": (
        "Management's limit is our estimate, not its word: the raise whose full cost, employer "
        "contributions included, would take {share_rate} of last year's profit. Here that is "
        "less than the legal floor of {legal_rate}, which management cannot refuse, so the "
        "limit is lifted to it.",
        "企业方承受上限是我方的估计，并非企业方的表态：指全部成本（含单位缴费）相当于上年利润 "
        "{share_rate} 的涨幅。本企业该涨幅低于企业方不能拒绝的法定底线 {legal_rate}，"
        "因此上限取法定底线。",
    ),
    "ui.resistance_note.offer": (
        "Management's limit is our estimate, not its word: the raise whose full cost, employer "
        "contributions included, would take {share_rate} of last year's profit. Here that is "
        "less than management's own offer of {offer_rate}, which shows it can pay that much, "
        "so the limit is lifted to the offer.",
        "企业方承受上限是我方的估计，并非企业方的表态：指全部成本（含单位缴费）相当于上年利润 "
        "{share_rate} 的涨幅。本企业该涨幅低于企业方自己的报价 {offer_rate}，报价说明企业方"
        "至少能支付这么多，因此上限取报价。",
    ),
    "ui.our_side": ("For our side only (not to be said in the room)",
                    "仅供我方内部掌握（谈判时不对外讲）"),
    "ui.contract_months": ("Contract length: {months} month{months:s}.",
                           "合同期限：{months} 个月。"),
    "ui.firm_meta": ("{ownership} · {headcount} workers · follow-up priority {priority} of 100",
                     "{ownership} · 职工 {headcount} 人 · 工会跟进优先级 {priority}/100"),
    "ui.yes": ("yes", "是"),
    "ui.firm_title": ("Enterprise: {name}", "企业：{name}"),
    "ui.nash_line": ("Predicted settlement (Nash): {nash_rate}", "预测协商结果（纳什谈判解）：{nash_rate}"),
    "ui.offer_line": ("Management's offer: {offer_rate} ({position})",
                      "企业方报价：{offer_rate}（{position}）"),
    "ui.no": ("no", "否"),
    # sections
    "ui.evidence": ("The evidence", "基本情况与依据"),
    "ui.indicator": ("Indicator", "指标"),
    "ui.value": ("Value", "数值"),
    "ui.band": ("How the band was built", "谈判区间的测算依据"),
    "ui.band_summary": (
        "Guideline class: {klass}, band {low_rate} to {high_rate}. Distribution-neutral "
        "raise (inflation + productivity): {neutral_rate}.",
        "指导线分类：{klass}，区间 {low_rate} 至 {high_rate}。"
        "保持分配格局不变的涨幅（物价 + 劳动生产率）：{neutral_rate}。",
    ),
    "ui.component": ("Component", "构成项"),
    "ui.rule": ("Rule", "规则"),
    "ui.source": ("Source", "依据"),
    "ui.chart": ("The band against its references", "谈判区间与各参照线"),
    "ui.checks": ("Checks", "合规检查"),
    "ui.severity": ("Severity", "类别"),
    "ui.subject": ("Who", "对象"),
    "ui.finding": ("Finding", "问题"),
    "ui.no_checks": ("No problems found.", "未发现问题。"),
    "ui.cost": ("Cost to the employer", "企业成本测算"),
    "ui.item": ("Item", "项目"),
    "ui.cost_note": (
        "Amounts in {currency}. Annual figures are a full year of each raise, whatever the "
        "contract's length; the contract total covers the contract's own months. The raise is "
        "applied to the whole wage bill of the accounts (base pay, allowances, overtime, "
        "benefits), so these are upper bounds; employer contributions are charged on the part "
        "of each raise that falls inside the contribution base, grade by grade.",
        "金额单位：{currency}。全年数按涨幅执行满一年计算，与合同期长短无关；合同期总成本按合同"
        "实际月数计算。涨幅按账面工资总额（基本工资、津贴、加班工资、福利）测算，是成本上限；"
        "单位缴费按各岗位逐一计算，只计缴费基数上下限之内的增加部分。",
    ),
    "ui.allocation": ("Sharing the target among grades", "目标涨幅在各岗位间的分配"),
    "ui.allocation_note": (
        "Monthly budget of the target on base pay: {budget_money}. Percentage: the same rate "
        "for all; flat: the same amount for all; tilted: every grade gets at least "
        "{least_rate} of its pay and at least {least_money} a month, so the lowest paid get "
        "the largest percentage.",
        "按基本工资计算的目标涨幅每月预算：{budget_money}。按比例：各档同一涨幅；"
        "等额：各档同一金额；倾斜：各档至少增资本档工资的 {least_rate}，且每人每月不少于 "
        "{least_money}，低收入职工增幅最大。",
    ),
    "ui.allocation_note_minimum": (
        "Monthly budget of the target on base pay: {budget_money}. Percentage: the same rate "
        "for all; flat: the same amount for all; tilted: the cheapest raises that bring every "
        "grade up to the next minimum wage and keep the grade order.",
        "按基本工资计算的目标涨幅每月预算：{budget_money}。按比例：各档同一涨幅；"
        "等额：各档同一金额；倾斜：使各档都达到下次调整后最低工资标准、且不打乱档次顺序所需的"
        "最低增资。",
    ),
    "ui.allocation_base": (
        "This budget raises base pay only. The cost table applies the raise to the whole wage "
        "bill and adds employer contributions, so its figures per worker are higher.",
        "此处预算只针对基本工资；成本测算表按全部工资总额计算并加上单位缴费，"
        "因此人均数额高于此处。",
    ),
    "ui.market": ("Market position", "与市场工资价位的比较"),
    "ui.market_note": (
        "Annual pay in the wage price guide's concept (base pay, allowances, overtime, "
        "benefits); percentile rank from a log-normal fit to the published quantiles.",
        "年收入按工资价位口径（基本工资、津贴、加班工资、福利）；"
        "所处分位按对公布分位值拟合的对数正态分布计算。",
    ),
    "ui.settlement": ("Predicted settlement", "协商结果预测"),
    "ui.no_zone_warning": ("Warning: no zone of agreement.", "警告：不存在协议区间。"),
    "ui.sensitivity": ("Sensitivity", "敏感性分析"),
    "ui.case": ("If", "情形"),
    "ui.ladder": ("Offer ladder", "报价阶梯"),
    "ui.ladder_note": ("Concession style: {style}. From the opening ask down to the target.",
                       "让步方式：{style}。从开价逐步让至目标。"),
    "ui.round": ("Round", "轮次"),
    "ui.ask": ("Ask", "要价"),
    "ui.per_worker_month": ("Average raise per worker per month", "人均每月增资"),
    "ui.points": ("Talking points", "谈判要点"),
    "ui.rebuttals": ("Management will say / you answer", "企业方可能的说法与我方回应"),
    "ui.they_say": ("Management will say:", "企业方会说："),
    "ui.you_answer": ("You answer:", "我方回应："),
    "ui.requests": ("Data to request", "需向企业方索要的资料"),
    "ui.sector": ("Sector bargain", "行业性（区域性）工资集体协商"),
    "ui.firm": ("Enterprise", "企业"),
    "ui.raise": ("Raise", "涨幅"),
    "ui.grade": ("Grade", "岗位"),
    "ui.headcount": ("Workers", "人数"),
    "ui.base_pay": ("Base pay", "基本工资"),
    "ui.occupation": ("Occupation", "职业"),
    # the band
    "band.floor": ("Floor", "底线"),
    "band.target": ("Target", "目标"),
    "band.opening": ("Opening", "开价"),
    "band.flat": ("Flat amount", "等额增资"),
    "band.flat_amount": ("Flat, {amount_money}/month", "等额 {amount_money}/月"),
    "component.inflation": ("Inflation", "物价（CPI）"),
    "component.productivity": ("Productivity", "劳动生产率"),
    "component.catch_up": ("Catch-up", "补偿性增长"),
    "component.guideline": ("Wage guideline", "工资指导线"),
    "component.legal_floor": ("Legal floor", "法定底线"),
    "component.margin": ("Bargaining margin", "谈判空间"),
    "component.offer": ("Offer on the table", "企业方已有报价"),
    "class.loss_making": ("loss-making", "亏损企业"),
    "class.slow_growth": ("slow benefit growth", "效益增长缓慢"),
    "class.normal": ("normal, rising benefit", "效益正常增长"),
    "class.fast_growth": ("fast benefit growth", "效益增长较快"),
    # evidence
    "indicator.productivity_per_worker_money": ("Value added per worker, annual", "人均增加值（年）"),
    "indicator.productivity_growth_rate": ("Productivity growth, nominal", "劳动生产率名义增长"),
    "indicator.productivity_growth_real_rate": ("Productivity growth, real", "劳动生产率实际增长"),
    "indicator.average_wage_money": ("Average wage, monthly", "月平均工资"),
    "indicator.average_wage_growth_rate": ("Average wage growth, nominal", "平均工资名义增长"),
    "indicator.average_wage_growth_real_rate": ("Average wage growth, real", "平均工资实际增长"),
    "indicator.average_to_local_rate": ("Average wage, share of the local average",
                                        "月平均工资相当于当地平均工资的比例"),
    "indicator.labour_share_rate": ("Labour share of value added", "劳动报酬占增加值比重"),
    "indicator.labour_share_change_rate": ("Change in labour share", "劳动报酬占比变化"),
    "indicator.profit_money": ("Profit, annual", "利润总额（年）"),
    "indicator.profit_growth_rate": ("Profit growth", "利润增长"),
    "indicator.years_without_raise": ("Years without a raise, consecutive up to the latest",
                                      "截至最近一年连续未涨工资年数"),
    "indicator.zero_raise_years": ("Years without a raise in the raise history, in all",
                                   "历年普调记录中未涨工资的年数（合计）"),
    "indicator.pay_lag_rate": ("Real pay behind the economy-wide productivity trend, "
                               "cumulative over the raise history",
                               "按历年普调记录，实际工资累计落后于全社会劳动生产率增长趋势"),
    "indicator.two_in_step": ("Real pay in step with the enterprise's productivity last year",
                              "上年实际工资增长与本企业劳动生产率同步"),
    # checks
    "severity.violation": ("violation", "违法"),
    "severity.risk": ("risk", "风险"),
    "severity.note": ("note", "提示"),
    # cost
    "cost.rate": ("Raise", "涨幅"),
    "cost.wage_bill_month": ("Wage-bill increase, monthly", "工资总额月增加"),
    "cost.wage_bill_annual": ("Wage-bill increase, annual", "工资总额年增加"),
    "cost.employer_contributions": ("Employer contributions", "单位社保和公积金缴费"),
    "cost.total": ("Total cost", "总成本"),
    "cost.per_worker_month": ("Cost per worker per month", "人均每月成本"),
    "cost.pct_payroll": ("Total cost, % of payroll", "总成本占工资总额比例"),
    "cost.pct_profit": ("Total cost, % of profit", "总成本占利润比例"),
    "cost.contract_total": ("Contract total", "合同期总成本"),
    "cost.contract_year": ("Contract year {year}", "合同第 {year} 年"),
    # allocation
    "alloc.percentage": ("Percentage", "按比例"),
    "alloc.flat": ("Flat", "等额"),
    "alloc.tilted": ("Tilted", "倾斜"),
    "alloc.tilted_rate": ("Tilted, %", "倾斜涨幅"),
    "alloc.new_pay": ("New base pay, tilted", "调整后基本工资（倾斜）"),
    # market
    "market.annual_pay": ("Annual pay", "年收入"),
    "market.percentile": ("Percentile rank", "所处分位"),
    "market.median": ("Median", "中位数"),
    "market.gap": ("Gap to median", "与中位数差距"),
    "market.cost_p25": ("Cost to P25", "达到25分位的成本"),
    "market.cost_p50": ("Cost to median", "达到中位数的成本"),
    # settlement
    "settle.zone": ("Zone of agreement", "协议区间"),
    "settle.floor": ("Union floor", "工会底线"),
    "settle.resistance": ("Management's estimated limit", "企业方承受上限（估计）"),
    "settle.resistance_short": ("Management's limit (est.)", "企业方上限（估计）"),
    "settle.nash": ("Predicted settlement (Nash)", "预测协商结果（纳什谈判解）"),
    "settle.power": ("Union bargaining weight", "工会谈判力量权重"),
    "settle.offer": ("Management's offer", "企业方报价"),
    "settle.position": ("Where the offer stands", "报价所处位置"),
    "offer.none": ("no offer yet", "尚未报价"),
    "offer.below_floor": ("below the union's floor", "低于工会底线"),
    "offer.in_zone": ("inside the zone of agreement", "在协议区间内"),
    "offer.above_resistance": ("above management's estimated limit", "高于企业方估计上限"),
    # sensitivity
    "case.base": ("As given", "基准情形"),
    "case.cpi-": ("CPI 1 point lower", "CPI 涨幅低 1 个百分点"),
    "case.cpi+": ("CPI 1 point higher", "CPI 涨幅高 1 个百分点"),
    "case.productivity-": ("Productivity growth 1 point lower", "劳动生产率增长低 1 个百分点"),
    "case.productivity+": ("Productivity growth 1 point higher", "劳动生产率增长高 1 个百分点"),
    "case.profit-": ("Profit 20% lower", "利润低 20%"),
    "case.profit+": ("Profit 20% higher", "利润高 20%"),
    # ladder styles
    "style.firm": ("firm (concede late)", "强硬（后期让步）"),
    "style.steady": ("steady (even steps)", "稳健（均匀让步）"),
    "style.flexible": ("flexible (concede early)", "灵活（前期让步）"),
    # ownership
    "ownership.state": ("state-owned", "国有企业"),
    "ownership.collective": ("collective", "集体企业"),
    "ownership.private": ("private", "民营企业"),
    "ownership.foreign": ("foreign-invested", "外资企业"),
    "ownership.mixed": ("mixed ownership", "混合所有制企业"),
    # sector
    "sector.firms": ("Firms that can afford it", "可承受的企业"),
    "sector.workers": ("Their share of workers", "其职工占比"),
    "sector.curve": ("Who can afford each raise", "各涨幅的可承受面"),
    # chart
    "chart.lower": ("guideline lower line", "指导线下线"),
    "chart.baseline": ("baseline", "基准线"),
    "chart.upper": ("upper line", "上线"),
    "chart.inflation": ("inflation", "物价"),
    "chart.neutral": ("inflation + productivity", "物价 + 劳动生产率"),
    "chart.resistance": ("management's limit", "企业方上限"),
    "chart.offer": ("management's offer", "企业方报价"),
    "chart.nash": ("predicted settlement", "预测协商结果"),
    "chart.norm": ("lead-sector norm", "标杆行业涨幅"),
    "chart.alt": (
        "Chart: the band from floor {floor_rate} to opening {opening_rate}, target "
        "{target_rate}, against the guideline lines, inflation and inflation + productivity.",
        "图：谈判区间从底线 {floor_rate} 到开价 {opening_rate}，目标 {target_rate}，"
        "与指导线各线、物价、物价 + 劳动生产率对照。",
    ),
}
