"""The words of the class debrief and the strategy tournament, in English and Chinese.

Part of the classroom catalogue (:mod:`wagebargain.classroom.messages`): key -> (English,
Chinese) template, the same placeholders in both. The JSON documents keep their English
keys and values (``"position": "inside zone"``); only what people read is translated.
"""
from __future__ import annotations

RESULTS: dict[str, tuple[str, str]] = {
    # counts, written out by messages.count()
    "count.team": ("{n} team", "{n} 个小组"),
    "count.teams": ("{n} teams", "{n} 个小组"),
    "count.row": ("{n} row", "{n} 行"),
    "count.rows": ("{n} rows", "{n} 行"),
    "count.run": ("{n} run", "{n} 次"),
    "count.runs": ("{n} runs", "{n} 次"),
    # the class debrief
    "debrief.title": ("Class debrief", "课堂复盘"),
    "debrief.summary": ("{teams} scored; {agreed} agreed", "共评分 {teams}，其中 {agreed} 个达成协议"),
    "debrief.summary_deals": (", {inside} inside the zone of agreement; mean settlement {mean}",
                              "，{inside} 个落在协议区间内；平均结果 {mean}"),
    "debrief.summary_range": (" (from {low} to {high})", "（{low} 至 {high}）"),
    "debrief.summary_end": (".", "。"),
    "debrief.problems": ("{rows} could not be scored and are left out: {items}",
                         "{rows}无法评分，未计入：{items}"),
    "debrief.problem": ("line {line}: {message}", "第 {line} 行：{message}"),
    "debrief.ranked": ("Settlements, ranked", "各组结果排名"),
    "debrief.surplus_single": ("percentage points of raise above the union's reservation point "
                               "({union}) and below management's ({management})",
                               "结果高于工会底线（{union}）、低于企业方底线（{management}）的"
                               "百分点"),
    "debrief.surplus_package": ("utility above each side's reservation point",
                                "各方高于自身底线的效用"),
    "debrief.note": ("Surplus: {surplus}. A team without agreement gets both reservation "
                     "points (surplus 0). Rank U/M: 1 is best for the union / for management; "
                     "equal surpluses share a rank. Versus Nash: the settlement minus the Nash "
                     "point{package}",
                     "剩余：{surplus}。未达成协议的小组双方均按底线计（剩余为 0）。排名"
                     "（工/企）：1 表示对工会/企业方最有利；剩余相同则名次相同。与纳什解之差："
                     "结果减去纳什解{package}"),
    "debrief.note_single": (".", "。"),
    "debrief.note_package": (" in union utility; off frontier: joint utility left on the table.",
                             "（以工会效用计）；偏离前沿：双方共同留在桌上的效用。"),
    "debrief.none": ("none", "未达成"),
    "debrief.chart": ("Each team's settlement ({axis}) against the zone of agreement and the "
                      "Nash point.", "各组结果（{axis}）与协议区间及纳什解的对比。"),
    "debrief.figure": ("Each team's settlement ({axis}) against the zone of agreement (shaded) "
                       "and the theory points; red: outside the zone.",
                       "各组结果（{axis}）与协议区间（阴影）及各理论解的对比；红色：落在区间之外。"),
    "col.rank": ("rank U/M", "排名（工/企）"),
    "col.team": ("team", "小组"),
    "col.settled": ("settled", "结果"),
    "col.rounds": ("rounds", "轮数"),
    "col.union_surplus": ("union surplus", "工会剩余"),
    "col.management_surplus": ("management surplus", "企业方剩余"),
    "col.versus_nash": ("versus Nash", "与纳什解之差"),
    "col.off_frontier": ("off frontier", "偏离前沿"),
    "col.position": ("position", "位置"),
    "position.inside zone": ("inside zone", "协议区间内"),
    "position.under union limit": ("under union limit", "低于工会底线"),
    "position.over management limit": ("over management limit", "高于企业方底线"),
    "position.outside both limits": ("outside both limits", "超出双方底线"),
    "position.no agreement": ("no agreement", "未达成协议"),
    "chart.ks": ("Kalai-Smorodinsky", "卡莱-斯莫罗丁斯基解"),
    "chart.rubinstein": ("Rubinstein", "鲁宾斯坦解"),
    "strip.zone": ("zone of agreement {low} to {high}", "协议区间 {low} 至 {high}"),
    "strip.no_agreement": ("no agreement", "未达成协议"),
    # the strategy tournament
    "tournament.title": ("Strategy tournament", "策略循环赛"),
    "tournament.runs": ("{runs} per pair, seed {seed} (--seed {seed} replays this table); "
                        "every pair faces the same draws.{varied} Means are over the runs "
                        "that ended with a settlement.",
                        "每对策略谈判 {runs}，随机种子 {seed}（--seed {seed} 可重现此表）；"
                        "每对策略面对相同的随机抽样。{varied}平均值只计入有结果（协议或裁决）"
                        "的谈判。"),
    "tournament.varied": (" Reservation points drawn each run from {ranges}.",
                          "每次谈判的底线从以下范围随机抽取：{ranges}。"),
    "tournament.range": ("{role} {low} to {high}", "{role} {low} 至 {high}"),
    "col.agreed": ("agreed", "达成协议"),
    "col.arbitrated": ("arbitrated", "仲裁裁决"),
    "col.advantage": ("advantage", "工会优势"),
    "tournament.note": ("Settled and rounds: means. Advantage: the union's utility gain over "
                        "its reservation point minus management's (each side's utility runs "
                        "from 0 to 1). Each side's mean utility is in the JSON output and the "
                        "--output file.",
                        "结果和轮数为平均值。工会优势：工会高于其底线的效用减去企业方高于其底线的"
                        "效用（各方效用在 0 至 1 之间）。各方的平均效用见 JSON 输出和 --output "
                        "文件。"),
}
