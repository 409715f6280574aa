"""Chinese renderings of the advisor's sources, keyed by what they source.

The advisor gives each component and check its legal or policy source as English text; an
English brief prints that text as it is. A Chinese brief prints the rendering here, found by
``component.<name>``, ``check.<code>`` (grade-level checks) or ``kcheck.<CODE>`` (the scoring
kernel's checks), and falls back to the English text for a source not listed.
"""
from __future__ import annotations

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
    # grade-level checks
    "check.minimum_wage": f"{_MIN_WAGE}第五、十二条；劳社部发〔2008〕3号",
    "check.minimum_wage_next": f"{_MIN_WAGE}第十、十二条",
    "check.part_time_hourly": f"{_MIN_WAGE}第五条；{_CONTRACT_LAW}第七十二条",
    "check.pay_cycle_full_time": "《工资支付暂行规定》（1994）第七条",
    "check.pay_cycle_part_time": f"{_CONTRACT_LAW}第七十二条",
    "check.arrears": f"{_CONTRACT_LAW}第八十五条",
    "check.minimum_vs_average": "《促进就业规划（2011—2015年）》（国务院，2012）",
    "check.minimum_vs_median_eu": "欧盟第2022/2041号指令第五条第四款",
    "check.minimum_vs_mean_eu": "欧盟第2022/2041号指令第五条第四款",
    "check.subsistence_ratio": "政策选择：国家未规定低保与最低工资的比例",
    "check.front_line_raise": "地区企业工资指导线通知",
    "check.managers_without_front_line": "地区企业工资指导线通知",
    "check.pay_ratio": "政策选择：调控企业负责人薪酬",
    "check.piece_rate": f"{_MIN_WAGE}第十二条",
    # enterprise-level checks of the scoring kernel
    "kcheck.BELOW_MINIMUM": f"{_MIN_WAGE}第五、十二条：最低档职工工资低于月最低工资标准",
    "kcheck.BELOW_NEXT_MINIMUM": f"{_MIN_WAGE}第十条：按企业方报价（未报价按不涨），"
                                 "最低档职工工资低于下次调整后的最低工资标准",
    "kcheck.NEAR_MINIMUM": f"{_MIN_WAGE}第十条：最低档职工工资接近最低工资标准",
    "kcheck.PAY_CYCLE": "《工资支付暂行规定》（1994）第七条：全日制职工工资支付周期超过31天",
    "kcheck.ARREARS": f"{_CONTRACT_LAW}第八十五条：拖欠工资",
    "kcheck.MINIMUM_INADEQUATE": "《促进就业规划（2011—2015年）》：最低工资标准低于当地社会平均"
                                 "工资的目标比例",
    "kcheck.NO_RAISE": "工会工资工作培训讲话：连续多年未涨工资",
    "kcheck.LAG_PRODUCTIVITY": "国务院2013年“两个同步”：实际工资增长低于企业劳动生产率增长",
    "kcheck.LOSS_MAKING": "工资指导线：亏损企业工资增长低于下线或零增长，须经工会或职工代表大会同意",
    "kcheck.NO_ZONE": "纳什（1950）：企业方承受上限低于工会底线",
    "kcheck.OFFER_BELOW_FLOOR": "企业方报价低于工会底线",
    "kcheck.SOE_WAGE_BILL": "国务院2013年“两低于”：国有企业工资总额增长快于效益增长，"
                            "或实际工资增长快于劳动生产率增长",
}
