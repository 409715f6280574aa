"""The classroom's words in English and Chinese: tables, outcomes, the game's welcome, notes,
and (from :mod:`.sheets_text` and :mod:`.results_text`) the role sheets, the instructor's
notes, the class debrief and the strategy tournament.

``t(key, lang, **params)`` renders a message; every key holds an (English, Chinese) pair of
``str.format`` templates with the same placeholders (a test checks it). Numbers are written
out by the caller with :mod:`wagebargain.report.fmt` (``fmt.pct``, ``fmt.money(x, currency,
lang)``), offers with :func:`wagebargain.classroom.present.show`, so one formatter serves the
brief and the classroom. The game's own prompts are in :data:`wagebargain.sim.messages.GAME`.

Chinese terms follow collective wage bargaining usage: 工资集体协商, 工会 / 企业方,
底线（保留点） for the reservation point, 目标, 耐心（贴现因子）, 协议区间, 纳什解,
帕累托前沿, 最终报价仲裁.
"""
from __future__ import annotations

from typing import Any, Iterable, Optional

from wagebargain.classroom.results_text import RESULTS
from wagebargain.classroom.sheets_text import SHEETS
from wagebargain.sim.messages import LANGUAGES, Catalogue
from wagebargain.sim.messages import role_name as role

__all__ = ["CLASSROOM", "LANGUAGES", "count", "language", "listing", "role", "strategy", "t"]

_SHARED = {
    "title": ("{title}: {name}", "{title}：{name}"),
    # counts, written out by count(): "1 round", "10 rounds"
    "count.round": ("{n} round", "{n} 轮"),
    "count.rounds": ("{n} rounds", "{n} 轮"),
    "count.offer": ("{n} offer", "{n} 次"),
    "count.offers": ("{n} offers", "{n} 次"),
    "sep": (", ", "，"),
    "sep.strong": ("; ", "；"),
    "the.union": ("the union", "工会"),
    "the.management": ("management", "企业方"),
    # the impasse rule
    "impasse.none": ("no contract (the talks end)", "不签合同（谈判结束）"),
    "impasse.strike": ("a strike of up to {limit} more rounds, each costing both sides",
                       "罢工，最多再进行 {limit} 轮，每轮双方都有损失"),
    "impasse.arbitration": ("final-offer arbitration: the arbitrator awards the final offer "
                            "nearer its own idea of a fair settlement (a side that has made no "
                            "offer loses by default)",
                            "最终报价仲裁（仲裁员在双方的最后报价中，裁决更接近其心目中公平结果"
                            "的一方；未提出报价的一方不战而败）"),
    "provenance": ("{firm} · scenario {file} (SHA-256 {sha}) · simulator setup: {rounds}, "
                   "{first} opens, at an impasse {impasse}",
                   "{firm} · 场景文件 {file}（SHA-256 {sha}）· 模拟设置：{rounds}，"
                   "{first}先报价；谈判陷入僵局时：{impasse}"),
    # tables
    "col.side": ("side", "一方"),
    "col.strategy": ("strategy", "策略"),
    "col.reservation": ("reservation point", "底线（保留点）"),
    "col.target": ("target", "目标"),
    "col.patience": ("patience", "耐心（贴现因子）"),
    "col.strike_cost": ("strike cost", "每轮罢工损失"),
    "col.point": ("point", "理论解"),
    "col.offer": ("offer", "报价"),
    "col.union_utility": ("union utility", "工会效用"),
    "col.management_utility": ("management utility", "企业方效用"),
    "col.ours_minus": ("ours minus it", "本次结果减理论值"),
    "col.union_gap": ("union utility gap", "工会效用差"),
    "col.frontier": ("package on the frontier", "帕累托前沿上的方案"),
    "col.round": ("round", "轮次"),
    "col.move": ("move", "行动"),
    # theory
    "theory.no_zone": ("zone of agreement: none", "协议区间：不存在"),
    "theory.zone_union": ("zone: union's end", "协议区间：工会一端"),
    "theory.zone_management": ("zone: management's end", "协议区间：企业方一端"),
    "theory.nash": ("Nash (union power {power})", "纳什解（工会谈判力量 {power}）"),
    "theory.ks": ("Kalai-Smorodinsky", "卡莱-斯莫罗丁斯基解"),
    "theory.rubinstein": ("Rubinstein ({first} first)", "鲁宾斯坦解（{first}先报价）"),
    "theory.final_offers": ("final-offer arbitration", "最终报价仲裁"),
    "theory.final_offers_value": ("union {union}, management {management}",
                                  "工会 {union}，企业方 {management}"),
    "theory.note": ("Utilities run from 0 (the side's worst offer) to 1 (its best); patience "
                    "is the value of a deal one round later; strike costs are utility lost "
                    "per round.",
                    "效用从 0（对该方最差的报价）到 1（最好的报价）；耐心（贴现因子）是晚一轮"
                    "达成的协议相当于现在的价值；罢工损失是每轮罢工损失的效用。"),
    "axis.raise": ("raise", "涨幅"),
    "axis.utility": ("the union's utility of the package", "工会对方案的效用"),
    # strategies
    "strategy.boulware": ("boulware", "后期让步型（boulware）"),
    "strategy.linear": ("linear", "均匀让步型（linear）"),
    "strategy.conceder": ("conceder", "早期让步型（conceder）"),
    "strategy.time-dependent": ("time-dependent", "按时间让步型（time-dependent）"),
    "strategy.hardliner": ("hardliner", "强硬不让步型（hardliner）"),
    "strategy.tit-for-tat": ("tit-for-tat", "以牙还牙型（tit-for-tat）"),
    "strategy.zeuthen": ("zeuthen", "措伊滕风险比较型（zeuthen）"),
    "strategy.rubinstein": ("rubinstein", "鲁宾斯坦均衡型（rubinstein）"),
    "strategy.random": ("random", "随机型（random）"),
    "strategy.human": ("human", "学员"),
    # one negotiation
    "reason.accepted": ("agreement", "达成协议"),
    "reason.arbitration": ("arbitration award", "仲裁裁决"),
    "reason.deadline": ("no agreement by the deadline", "期限内未达成协议"),
    "reason.walkout": ("a side walked out", "一方退出谈判"),
    "reason.quit": ("the game was left before the end", "游戏中途离开"),
    "reason.unfinished": ("the game was interrupted", "游戏被中断"),
    "outcome.none": ("Outcome: {how}, in round {round}; no contract.",
                     "结果：{how}（第 {round} 轮）；未签合同。"),
    "outcome.deal": ("Outcome: {how} at {offer} in round {round}",
                     "结果：第 {round} 轮{how}，{offer}"),
    "outcome.strike": (", after {strike} of strike", "，此前罢工 {strike}"),
    "outcome.utilities": ("; utilities net of strike costs: union {union}, management "
                          "{management}.",
                          "；扣除罢工损失后的效用：工会 {union}，企业方 {management}。"),
    "move.offer": ("offer", "报价"),
    "move.accept": ("accept", "接受"),
    "move.reject": ("reject", "拒绝"),
    "move.walkout": ("walkout", "退出谈判"),
    "move.quit": ("quit", "离开游戏"),
    "move.award": ("award", "裁决"),
    "move.award_default": ("award (the only final offer made)", "裁决（只有这一方提出了报价）"),
    "move.no_award": ("no award (no offer was made)", "无从裁决（双方都未报价）"),
    "move.deadline": ("deadline", "期限已到"),
    "move.ideal": ("{move} (ideal award {offer})", "{move}（仲裁员心目中的裁决 {offer}）"),
    "move.strike": ("{move}, strike round {n}", "{move}，罢工第 {n} 轮"),
    "chart.caption": ("Offers by round ({axis}); the deadline is round {rounds}.",
                      "各轮报价（{axis}）；第 {rounds} 轮为期限。"),
    "chart.union_reservation": ("union reservation", "工会底线"),
    "chart.management_reservation": ("management reservation", "企业方底线"),
    "chart.nash": ("Nash", "纳什解"),
    "chart.settlement": ("settlement", "结果"),
    "chart.legend": ("U union offer   M management offer   # both",
                     "U 工会报价   M 企业方报价   # 双方"),
    "chart.round": ("round", "轮次"),
    "sim.title": ("Simulated negotiation", "模拟谈判"),
    "sim.game": ("Game", "对局"),
    "sim.seed": ("Seed {seed} (the same seed replays the same negotiation).",
                 "随机种子 {seed}（同一种子可重现同一场谈判）。"),
    "sim.sides": ("The sides", "双方设置"),
    "sim.transcript": ("Transcript", "谈判记录"),
    "sim.theory": ("Theory", "理论预测"),
    "sim.paths": ("Offer paths", "报价路径"),
    # the game at the keyboard
    "play.against": ("You play {role}; the computer plays {other} ({strategy}).",
                     "你扮演{role}；电脑扮演{other}（{strategy}）。"),
    "play.two": ("You play both sides; two players take turns at this keyboard.",
                 "双人对局：两位学员轮流在这台电脑上操作，各代表一方。"),
    "play.rules": ("{rounds}; {first} opens; at an impasse, {impasse}.",
                   "共 {rounds}；{first}先报价；谈判陷入僵局时：{impasse}。"),
    "play.commands": ("Type an offer (like {example}), or accept, walk, history, help, quit.",
                      "输入报价（例如 {example}），或命令 accept（接受）、walk（退出谈判）、"
                      "history（历史）、help（帮助）、quit（退出）。"),
    "play.speaker": ("({role}) {text}", "（{role}）{text}"),
    "play.ended_eof": ("End of input: the game ends here.", "输入结束：游戏到此结束。"),
    "play.ended_interrupt": ("Interrupted: the game ends here.", "已中断：游戏到此结束。"),
    "play.saved": ("transcript saved to {path}", "谈判记录已保存到 {path}"),
    "play.unsaved": ("error: the transcript could not be saved to {path}: {reason} (the "
                     "summary above is the game's record)",
                     "错误：谈判记录无法保存到 {path}：{reason}（以上摘要即本局记录）"),
    # notes on the error stream
    "note.firms": ("note: the scenario has {count} enterprises; simulating the first, {firm} "
                   "(choose another with --firm)",
                   "提示：场景中有 {count} 家企业，模拟第一家：{firm}（可用 --firm 选择其他企业）"),
    "note.no_section": ("note: the scenario has no simulation: section; using the simulator's "
                        "defaults (10 rounds, union first, no impasse rule, linear strategies) "
                        "and the advisor's numbers",
                        "提示：场景没有 simulation: 部分；使用模拟的默认设置（10 轮，工会先报价，"
                        "无僵局规则，双方均匀让步）和谈判建议中的数字"),
    "note.advisor": ("note: from the advisor: {items}", "提示：以下数值取自谈判建议：{items}"),
    "note.union.reservation": ("union reservation (the advisor's floor) {value}",
                               "工会底线（建议的底线）{value}"),
    "note.union.target": ("union target (the advisor's opening ask) {value}",
                          "工会目标（建议的开价）{value}"),
    "note.management.reservation": ("management reservation (the advisor's estimate of its "
                                    "resistance point) {value}",
                                    "企业方底线（估计的企业方承受上限）{value}"),
    "note.management.target.floor": ("management target (the legal floor) {value}",
                                      "企业方目标（法定底线）{value}"),
    "note.management.target.offer": ("management target (its offer on the table) {value}",
                                      "企业方目标（其已提出的报价）{value}"),
    "note.management.target.capped": ("management target (its offer on the table, capped at "
                                      "its reservation point) {value}",
                                      "企业方目标（其已提出的报价，以其底线为限）{value}"),
}

CLASSROOM = Catalogue(_SHARED, SHEETS, RESULTS)
"""Every classroom message by key."""

t = CLASSROOM


def count(n: int, what: str, lang: str = "en") -> str:
    """``n`` things in words: ``count(1, "round")`` is ``1 round``, ``count(10, "round")``
    ``10 rounds`` (Chinese: ``10 轮``); ``what`` is ``round``, ``offer``, ``team``, ``row``
    or ``run``."""
    return t(f"count.{what}{'' if n == 1 else 's'}", lang, n=n)


def listing(items: Iterable[str], lang: str = "en", strong: bool = False) -> str:
    """Items joined with commas (Chinese ``，``), or semicolons with ``strong``."""
    return t("sep.strong" if strong else "sep", lang).join(items)


def strategy(name: str, lang: str = "en") -> str:
    """A strategy's name as the sheets show it (a custom name as given)."""
    key = f"strategy.{name}"
    return t(key, lang) if key in CLASSROOM else name


def language(option: Optional[str], scenario: Any) -> str:
    """The language asked for, else the scenario's ``scenario.language`` (``en``)."""
    if option is not None:
        return option
    chosen = getattr(getattr(scenario, "scenario", None), "language", "en")
    return chosen if chosen in LANGUAGES else "en"
