"""The advisor's sources as a brief prints them, keyed by what they source.

The advisor gives each component and check its legal or policy source as English text. A
brief is read in the room, so it prints citations only: :data:`EN` holds the English
citation of each scoring-kernel check (the kernel's own text also describes the finding and
names its policy setting), and :func:`clean` drops the project's own cross-references
("(domain.md §2)", "(policy: adequacy_ratio)") from any other source. A Chinese brief prints
the rendering in :data:`ZH`, found by ``component.<name>``, ``check.<code>`` (grade-level
checks) or ``kcheck.<CODE>`` (the scoring kernel's checks), and falls back to the cleaned
English text for a source not listed.
"""
from __future__ import annotations

import re

_INTERNAL = re.compile(r"\s*\((?:see )?(?:domain\.md|policy:)[^)]*\)")
_MW = "Minimum Wage Provisions (MOLSS Order No. 21, 2004)"
_SC2013 = "State Council income-distribution opinions (2013)"

#: English citations of the scoring kernel's checks.
EN: dict[str, str] = {
    "kcheck.BELOW_MINIMUM": f"{_MW}, Arts. 5, 12",
    "kcheck.BELOW_NEXT_MINIMUM": f"{_MW}, Art. 10",
    "kcheck.NEAR_MINIMUM": f"{_MW}, Art. 10",
    "kcheck.PAY_CYCLE": "Interim Provisions on Wage Payment (1994), Art. 7",
    "kcheck.ARREARS": "Labour Contract Law (2007), Art. 85",
    "kcheck.MINIMUM_INADEQUATE": "Employment Promotion Plan 2011-2015 (State Council, 2012)",
    "kcheck.NO_RAISE": "National union training on wage work: pay that has not risen for years",
    "kcheck.LAG_PRODUCTIVITY": f"{_SC2013}: 'two in step'",
    "kcheck.LOSS_MAKING": "Regional enterprise wage guideline (企业工资指导线)",
    "kcheck.NO_ZONE": "Nash (1950) bargaining solution",
    "kcheck.OFFER_BELOW_FLOOR": "The union's walk-away floor (this brief)",
    "kcheck.SOE_WAGE_BILL": f"{_SC2013}: 'two lower-thans'",
}


def clean(text: str) -> str:
    """A source without the project's cross-references to domain.md or policy settings."""
    return _INTERNAL.sub("", text).strip()

_MIN_WAGE = "《最低工资规定》（劳动和社会保障部令第21号，2004）"
_CONTRACT_LAW = "《劳动合同法》（2007）"

ZH: dict[str, str] = {
    # components of the band
    "component.inflation": "德国五金工会（IG Metall）“分配空间”测算；德国联邦银行（2014）",
    "component.productivity": "国务院《关于深化收入分配制度改革的若干意见》（2013）：“两个同步”",
    "component.catch_up": "“两个同步”原则；人力资源市场工资价位；政策选择",
    "component.guideline": "地区企业工资指导线，如沪人社综发〔2012〕31号",
    "component.legal_floor": f"{_MIN_WAGE}第五、十、十二条",
    "component.margin": "谈判空间：政策选择",
    "component.offer": "谈判惯例：企业方已有报价即工会的谈判破裂点（纳什，1950）",
    # grade-level checks
    "check.minimum_wage": f"{_MIN_WAGE}第五、十二条；劳社部发〔2008〕3号",
    "check.minimum_wage_next": f"{_MIN_WAGE}第十、十二条",
    "check.part_time_hourly": f"{_MIN_WAGE}第五条；{_CONTRACT_LAW}第七十二条",
    "check.part_time_hourly_derived": f"{_MIN_WAGE}第五条；劳社部发〔2008〕3号（月标准÷21.75÷8）",
    "check.pay_cycle_full_time": "《工资支付暂行规定》（1994）第七条",
    "check.pay_cycle_part_time": f"{_CONTRACT_LAW}第七十二条",
    "check.part_time_hours": f"{_CONTRACT_LAW}第六十八条",
    "check.arrears": f"{_CONTRACT_LAW}第八十五条",
    "check.minimum_vs_average": "《促进就业规划（2011—2015年）》（国务院，2012）",
    "check.minimum_vs_median_eu": "欧盟第2022/2041号指令第五条第四款",
    "check.minimum_vs_mean_eu": "欧盟第2022/2041号指令第五条第四款",
    "check.subsistence_ratio": "政策选择：国家未规定低保与最低工资的比例",
    "check.front_line_raise": "地区企业工资指导线通知",
    "check.managers_without_front_line": "地区企业工资指导线通知",
    "check.pay_ratio": "政策选择：调控企业负责人薪酬",
    "check.piece_rate": f"{_MIN_WAGE}第十二条",
    "check.piece_rate_next": f"{_MIN_WAGE}第十、十二条",
    # enterprise-level checks of the scoring kernel (citations only: the finding is beside)
    "kcheck.BELOW_MINIMUM": f"{_MIN_WAGE}第五、十二条",
    "kcheck.BELOW_NEXT_MINIMUM": f"{_MIN_WAGE}第十条",
    "kcheck.NEAR_MINIMUM": f"{_MIN_WAGE}第十条",
    "kcheck.PAY_CYCLE": "《工资支付暂行规定》（1994）第七条",
    "kcheck.ARREARS": f"{_CONTRACT_LAW}第八十五条",
    "kcheck.MINIMUM_INADEQUATE": "《促进就业规划（2011—2015年）》（国务院，2012）",
    "kcheck.NO_RAISE": "全国总工会工资工作培训：职工工资多年未增长",
    "kcheck.LAG_PRODUCTIVITY": "国务院《关于深化收入分配制度改革的若干意见》（2013）：“两个同步”",
    "kcheck.LOSS_MAKING": "地区企业工资指导线",
    "kcheck.NO_ZONE": "纳什（1950）谈判解",
    "kcheck.OFFER_BELOW_FLOOR": "工会谈判底线（本简报）",
    "kcheck.SOE_WAGE_BILL": "国务院《关于深化收入分配制度改革的若干意见》（2013）：“两低于”",
}
