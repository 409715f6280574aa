"""The words of the role sheets and the instructor's notes, in English and Chinese.

Part of the classroom catalogue (:mod:`wagebargain.classroom.messages`): key -> (English,
Chinese) template, the same placeholders in both.
"""
from __future__ import annotations

SHEETS: dict[str, tuple[str, str]] = {
    # the public facts
    "facts.heading": ("The situation (known to both sides)", "基本情况（双方均知晓）"),
    "facts.firm": ("{who} ({ownership}); {year} wage round.",
                   "{who}（{ownership}）；{year} 年度工资集体协商。"),
    "facts.enterprise": ("the enterprise", "企业"),
    "facts.headcount": ("headcount", "职工人数"),
    "facts.average_pay": ("average pay per worker a month", "职工月平均工资"),
    "facts.value_added": ("value added this year", "本年增加值"),
    "facts.profit": ("profit this year", "本年利润总额"),
    "facts.wage_bill": ("wage bill this year", "本年工资总额"),
    "facts.profit_before": ("profit last year", "上年利润总额"),
    "facts.productivity_growth": ("labour productivity growth", "劳动生产率增长"),
    "facts.pay_growth": ("average pay growth", "平均工资增长"),
    "facts.labour_share": ("labour share (wage bill / value added)",
                           "劳动报酬占比（工资总额 / 增加值）"),
    "facts.cost_year": ("cost of each point of raise, a year", "每增加 1 个百分点的全年成本"),
    "facts.cost_worker": ("cost of each point of raise, per worker a month",
                          "每增加 1 个百分点的人均每月成本"),
    "facts.region": ("the region", "地区"),
    "facts.cpi": ("consumer prices, last year", "上年居民消费价格涨幅"),
    "facts.cpi_forecast": ("consumer prices, forecast", "居民消费价格涨幅预测"),
    "facts.productivity_trend": ("productivity trend (economy-wide)", "全社会劳动生产率增长趋势"),
    "facts.local_wage": ("local average wage a month", "当地社会月平均工资"),
    "facts.minimum_wage": ("minimum wage a month", "月最低工资标准"),
    "facts.guideline": ("wage guideline: lower line, baseline, upper line",
                        "工资指导线：下线、基准线、上线"),
    "facts.grade": ("grade", "岗位"),
    "facts.workers": ("workers", "人数"),
    "facts.base_pay": ("base pay a month", "月基本工资"),
    "facts.history": ("Raises of past years: {items}.", "历年涨幅：{items}。"),
    "facts.history_item": ("{year} {rate}", "{year}年 {rate}"),
    "facts.offer": ("Management has put {rate} on the table.", "企业方已提出涨幅 {rate}。"),
    # the rules
    "rules.heading": ("The rules", "规则"),
    "rules.offers": ("Each side may make {offers}; {first} opens.",
                     "每方最多报价 {offers}；{first}先报价。"),
    "rules.deadline": ("With no agreement by the deadline: {impasse}.",
                       "期限内未达成协议时：{impasse}。"),
    "rules.issues": ("On the table: {issues}.", "谈判议题：{issues}。"),
    "rules.issue": ("{name}: from {low} to {high}", "{name}：{low} 至 {high}"),
    "rules.keyboard": ("At the keyboard (wagebargain play), type an offer like {example}, or "
                       "accept, walk, history, help, quit.",
                       "在电脑上谈判（wagebargain play）时，输入报价（例如 {example}），或命令 "
                       "accept、walk、history、help、quit（也可输入 帮助、历史、退出）。"),
    "rules.report": ("Report the agreed settlement and the round you reached it to the trainer.",
                     "把达成的结果和达成的轮次报告给培训师。"),
    # one side's confidential numbers
    "side.heading": ("Confidential: for the {role} team only", "保密：仅供{role}一方使用"),
    "side.instructions": ("your instructions", "你方的指示"),
    "side.target": ("your target: open around here", "你方目标：在此附近开价"),
    "side.reservation.union": ("your reservation point: do not settle below this",
                               "你方底线（保留点）：低于此数不签"),
    "side.reservation.management": ("your reservation point: do not pay more than this",
                                    "你方底线（保留点）：高于此数不给"),
    "side.patience": ("patience: a deal one round later is worth",
                      "耐心（贴现因子）：晚一轮达成的协议"),
    "side.patience_value": ("{share} of it now", "相当于现在的 {share}"),
    "side.strike_cost": ("each round of strike costs you", "每轮罢工你方损失"),
    "side.strike_cost_value": ("{share} of your utility scale", "效用的 {share}"),
    # the briefs
    "union.title": ("Union negotiator's brief: {title}", "工会谈判代表简报：{title}"),
    "union.confidential": ("Confidential to the union team. Do not show it to management.",
                           "工会一方的保密材料，请勿给企业方看。"),
    "union.analysis": ("Your own analysis (the advisor's band): walk-away floor {floor}, target "
                       "{target}, opening ask {opening}. Argue from the facts below: prices, "
                       "productivity, profit and the guideline.",
                       "你方自己的分析（谈判建议给出的区间）：底线 {floor}，目标 {target}，"
                       "开价 {opening}。请依据下列事实据理力争：物价、劳动生产率、利润和工资"
                       "指导线。"),
    "management.title": ("Management negotiator's brief: {title}", "企业方谈判代表简报：{title}"),
    "management.confidential": ("Confidential to the management team. Do not show it to the "
                                "union.", "企业方的保密材料，请勿给工会看。"),
    "management.limit": ("Your board has set the limit above. Keep the cost of the raise in "
                         "view (below), and the guideline's lines.",
                         "上面的底线由董事会确定。请关注加薪的成本（见下）和工资指导线的各条线。"),
    # the instructor's notes
    "notes.title": ("Instructor's notes: {title}", "培训师手册：{title}"),
    "notes.numbers": ("Both sides' confidential numbers", "双方的保密数字"),
    "notes.advisor": ("The advisor's view: union floor {floor}, target {target}, opening "
                      "{opening}; management's estimated resistance point {resistance}; "
                      "predicted settlement {nash}.",
                      "谈判建议的判断：工会底线 {floor}，目标 {target}，开价 {opening}；"
                      "估计的企业方承受上限 {resistance}；预测结果 {nash}。"),
    "notes.theory": ("What theory predicts", "理论预测"),
    "notes.frontier": ("The Pareto frontier", "帕累托前沿"),
    "notes.one_issue": ("With one issue every raise is on the frontier: what one side gains, "
                        "the other loses. The zone of agreement is the part of it both sides "
                        "prefer to no deal.",
                        "只有一个议题时，每个涨幅都在帕累托前沿上：一方所得即另一方所失。"
                        "协议区间是双方都认为好于不达成协议的那一段。"),
    "notes.computer": ("What the computer does", "电脑怎么谈"),
    "notes.computer_text": ("With the scenario's strategies ({union} for the union, "
                            "{management} for management; seed {seed}): {outcome}",
                            "按场景设定的策略（工会：{union}；企业方：{management}；随机种子 "
                            "{seed}）：{outcome}"),
    "notes.running": ("Running the class", "组织课堂"),
    "notes.hand_out": ("Hand out the union and management briefs to separate teams.",
                       "把工会简报和企业方简报分别发给不同的小组。"),
    "notes.negotiate": ("Teams negotiate face to face, or at the keyboard with wagebargain "
                        "play.", "各组面对面谈判，或用 wagebargain play 在电脑上谈判。"),
    "notes.collect": ("Collect each pair's settlement in a CSV file with the columns "
                      "{columns} (see docs/classroom.md) and run wagebargain debrief on it.",
                      "把每对小组的结果收集到一个 CSV 文件（列：{columns}，见 "
                      "docs/classroom.md），再对它运行 wagebargain debrief。"),
    "notes.questions": ("Debrief questions", "复盘讨论题"),
    "q.zone": ("The zone of agreement ran from {low} to {high}. Which teams settled inside it? "
               "Did anyone settle beyond a reservation point, and why?",
               "协议区间为 {low} 至 {high}。哪些小组的结果落在区间内？有没有小组突破了底线，"
               "为什么？"),
    "q.no_zone": ("There was no zone of agreement. Which teams still signed, and what did it "
                  "cost them? What should a side do when no deal beats walking?",
                  "本案不存在协议区间。哪些小组仍然签了协议，付出了什么代价？当任何协议都不如"
                  "不签时，一方应该怎么做？"),
    "q.nash": ("The Nash point was {nash}. Who captured more of the surplus, and what gave "
               "them that power: patience, the first move, the impasse rule, information?",
               "纳什解为 {nash}。哪一方分得了更多的剩余？是什么给了它这种力量：耐心、"
               "先报价、僵局规则，还是信息？"),
    "q.anchoring": ("The union opened at {union} and management at {management}. What did the "
                    "openings do to the result (anchoring)?",
                    "工会开价 {union}，企业方开价 {management}。开价对结果有什么影响"
                    "（锚定效应）？"),
    "q.final_offers": ("Under final-offer arbitration the equilibrium final offers are {union} "
                       "(union) and {management} (management). Did the teams' last offers "
                       "converge, or gamble?",
                       "在最终报价仲裁下，均衡的最终报价是 {union}（工会）和 {management}"
                       "（企业方）。各组的最后报价是彼此靠拢，还是在赌运气？"),
    "q.strike": ("How did the cost of each strike round change what each side would accept? "
                 "Who could hold out longer?",
                 "每轮罢工的损失如何改变了双方愿意接受的结果？哪一方能坚持得更久？"),
    "q.information": ("What would each side have paid to know the other's reservation point? "
                      "What did the offers reveal?",
                      "为了知道对方的底线，双方各愿意付出多少？报价透露了什么？"),
    "q.facts": ("Which public facts (prices, productivity, profit, the guideline) moved the "
                "other side, and which did not?",
                "哪些公开事实（物价、劳动生产率、利润、工资指导线）打动了对方，哪些没有？"),
    "q.package": ("Which issues did teams trade against each other? Did anyone leave value on "
                  "the table (a package off the Pareto frontier)?",
                  "各组用哪些议题相互交换？有没有小组把价值留在了桌上（方案不在帕累托前沿上）？"),
}
