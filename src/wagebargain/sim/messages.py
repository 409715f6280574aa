"""What the game says to a player, in English and Chinese: prompts, help, errors, transcript
lines.

Every message is a key with an (English, Chinese) pair of ``str.format`` templates; both
templates of a key use the same placeholders (a test checks it). Callers pass the values
already written out (offers as the player types them, utilities with two decimals), so the
catalogue holds words only. :class:`Catalogue` is shared with the classroom's own catalogue
(:mod:`wagebargain.classroom.messages`).

Terms follow Chinese collective wage bargaining usage: 工资集体协商, 工会 and 企业方 for the
two sides, 报价 for an offer, 底线（保留点） for the reservation point, 目标 for the target.
"""
from __future__ import annotations

from collections.abc import Mapping
from string import Formatter
from typing import Iterator

LANGUAGES: tuple[str, ...] = ("en", "zh")


def placeholders(template: str) -> set[str]:
    """The names a template uses (``{name}`` or ``{name:spec}``)."""
    return {field for _, field, _, _ in Formatter().parse(template) if field}


def role_name(role: str, lang: str = "en") -> str:
    """A side's name: ``union``, ``management``, ``arbitrator`` (工会, 企业方, 仲裁员); any
    other actor as given."""
    key = f"role.{role}"
    return GAME(key, lang) if key in GAME else role


def side_name(role: str, lang: str = "en") -> str:
    """A side as a sentence names it: ``the union``, ``management`` (工会, 企业方)."""
    return GAME(f"side.{role}", lang)


def sentence(text: str) -> str:
    """The text with a capital first letter (English; Chinese is unchanged)."""
    return text[:1].upper() + text[1:]


class Catalogue(Mapping):
    """Messages by key, each an (English, Chinese) pair; call it to render one.

    ``catalogue(key, lang, **params)`` fills the template of ``lang`` (English for any
    language but ``zh``). An unknown key raises ``KeyError``: keys are code, not input.
    """

    def __init__(self, *parts: Mapping[str, tuple[str, str]]):
        self._messages: dict[str, tuple[str, str]] = {}
        for part in parts:
            clash = self._messages.keys() & part.keys()
            if clash:
                raise RuntimeError(f"message keys defined twice: {sorted(clash)}")
            self._messages.update(part)

    def __getitem__(self, key: str) -> tuple[str, str]:
        return self._messages[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._messages)

    def __len__(self) -> int:
        return len(self._messages)

    def __call__(self, key: str, lang: str = "en", **params: object) -> str:
        english, chinese = self._messages[key]
        return (chinese if lang == "zh" else english).format(**params)


GAME = Catalogue({
    # the sides
    "role.union": ("union", "工会"),
    "role.management": ("management", "企业方"),
    "role.arbitrator": ("arbitrator", "仲裁员"),
    "role.both": ("both sides", "双方"),
    "role.mechanism": ("mechanism", "—"),
    "side.union": ("the union", "工会"),  # a side as a sentence names it
    "side.management": ("management", "企业方"),
    "none": ("none", "无"),
    "months": ("{n} months", "{n}个月"),
    "list": ("{a}, {b}", "{a}，{b}"),
    "or": ("{a} or {b}", "{a} 或 {b}"),
    # the prompt
    "prompt": ("[round {round} of {total}] {role}> ", "[第 {round} 轮，共 {total} 轮] {role}> "),
    "prompt.strike": ("[strike round {round} of {total}] {role}> ",
                      "[罢工第 {round} 轮，共 {total} 轮] {role}> "),
    # moves
    "open": ("You are {side}. Make the opening offer (your target: {target}).",
             "你代表{side}，请先报价（你的目标：{target}）。"),
    "open.shared": ("You are {side}. Make the opening offer (help shows your numbers).",
                    "你代表{side}，请先报价（输入 help 查看你的数字）。"),
    "offered": ("{who} offers {offer} (worth {worth} to you).",
                "{who}报价 {offer}（对你的效用为 {worth}）。"),
    "last_offer": ("That was the last offer: accept it, or walk to end the talks.",
                   "这是最后一次报价：接受（accept），或退出谈判（walk）。"),
    "empty": ("Type an offer (for example {example}) or a command; help lists them.",
              "请输入报价（例如 {example}）或命令；输入 help 查看全部命令。"),
    "nothing_to_accept": ("There is no offer on the table to accept: make an offer.",
                          "目前没有可以接受的报价：请先报价。"),
    "no_more_offers": ("No more offers can be made: accept, or walk.",
                       "不能再报价了：请接受（accept）或退出谈判（walk）。"),
    "no_history": ("No offers yet.", "还没有报价。"),
    "help": ("Type an offer like {example}, or one of: accept, walk (break off the talks), "
             "history, help, quit.\nIssues:\n{issues}\n"
             "Your reservation point: {reservation}; your target: {target}.",
             "输入报价，例如 {example}；或输入命令：accept（接受对方报价）、walk（退出谈判）、"
             "history（报价记录，也可输入“历史”）、help（帮助，也可输入“帮助”）、"
             "quit（离开游戏，也可输入“退出”）。\n议题：\n{issues}\n"
             "你的底线（保留点）：{reservation}；你的目标：{target}。"),
    "help.issue": ("  {name}: {low} to {high}", "  {name}：{low} 至 {high}"),
    "help.look_away": ("{other}: look away now. Press Enter to show {side}'s numbers> ",
                       "请{other}回避。按回车键显示{side}的保密数字> "),
    # typed input that is not a move
    "typo.command": ("'{text}' is not an offer or a command; did you mean {command}?",
                     "“{text}”不是报价也不是命令；你是想输入 {command} 吗？"),
    "typo.offer": ("'{text}' is not an offer or a command; write an offer like {example}, "
                   "or type help",
                   "“{text}”不是报价也不是命令；请按 {example} 的格式报价，或输入 help 查看帮助"),
    "typo.issue": ("unknown issue '{name}'; the issues are {names}",
                   "没有“{name}”这个议题；议题有 {names}"),
    "typo.twice": ("{name} is given twice", "{name} 写了两次"),
    "typo.range": ("{name} must lie between {low} and {high}; you typed {value}",
                   "{name} 必须在 {low} 至 {high} 之间；你输入的是 {value}"),
    "typo.decimal_comma": ("'{text}' has a decimal comma; write a decimal point: {fixed}",
                           "“{text}”用了逗号作小数点；请改用小数点：{fixed}"),
    "typo.value": ("'{text}' is not a value for {name}; write it like {example}",
                   "“{text}”不是 {name} 的有效数值；请写成 {example} 的形式"),
    "typo.percent": ("{text} is not a value for {name}; did you mean {shown}? "
                     "Write \"{shown}\" or the fraction {fraction}",
                     "{text} 不是 {name} 的有效数值；你是想输入 {shown} 吗？"
                     "请写成“{shown}”或小数 {fraction}"),
    "stays": ("{name} stays at {value}", "{name} 保持 {value} 不变"),
    # transcript lines
    "event.offer": ("round {round:<3} {who} offers {offer}", "第 {round} 轮  {who}报价 {offer}"),
    "event.accept": ("round {round:<3} {who} accepts {offer}",
                     "第 {round} 轮  {who}接受 {offer}"),
    "event.reject": ("round {round:<3} {who} rejects the last offer",
                     "第 {round} 轮  {who}拒绝最后报价"),
    "event.walkout": ("round {round:<3} {who} walks out", "第 {round} 轮  {who}退出谈判"),
    "event.quit": ("round {round:<3} {who} quits", "第 {round} 轮  {who}离开游戏"),
    "event.award": ("round {round:<3} {who} awards {offer}", "第 {round} 轮  {who}裁决 {offer}"),
    "event.award_default": ("round {round:<3} {who} awards {offer}, the only final offer made",
                            "第 {round} 轮  {who}裁决 {offer}（只有这一方提出了报价）"),
    "event.no_award": ("round {round:<3} {who} has no offer to award: no contract",
                       "第 {round} 轮  双方都未报价，{who}无从裁决：未签合同"),
    "event.deadline": ("round {round:<3} deadline passed without agreement",
                       "第 {round} 轮  期限已到，未达成协议"),
    "event.strike": (" (strike round {n})", "（罢工第 {n} 轮）"),
    "event.ideal": (" [ideal award {offer}]", "［仲裁员心目中的裁决 {offer}］"),
})
"""The game's messages (see the module docstring)."""
