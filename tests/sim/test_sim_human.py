"""The human player, scripted: valid play, every kind of bad input, quitting."""
from __future__ import annotations

import pytest

from wagebargain.sim import (Arbitration, Human, Session, Setup, SideSetup, parse_offer,
                             standard_package)


class Script:
    """Feeds lines to ``ask`` and records prompts and messages; a line may be an exception."""

    def __init__(self, *lines):
        self.lines = list(lines)
        self.prompts: list[str] = []
        self.messages: list[str] = []

    def ask(self, prompt: str) -> str:
        self.prompts.append(prompt)
        if not self.lines:
            raise EOFError
        line = self.lines.pop(0)
        if isinstance(line, BaseException) or (isinstance(line, type)
                                               and issubclass(line, BaseException)):
            raise line
        return line

    def tell(self, text: str) -> None:
        self.messages.append(text)

    def human(self) -> Human:
        return Human(ask=self.ask, tell=self.tell)

    def said(self, fragment: str) -> bool:
        return any(fragment in m for m in self.messages)


def single(**kw) -> Setup:
    return Setup(SideSetup("human", 0.03, 0.06, 0.97), SideSetup("linear", 0.045, 0.01, 0.95),
                 **kw)


def package() -> Setup:
    return Setup(SideSetup("human", (0.02, 0, 0, 36), (0.06, 1500, 300, 12)),
                 SideSetup("linear", (0.05, 2000, 400, 12), (0.01, 0, 0, 36)),
                 issues=standard_package())


def play(setup: Setup, script: Script, **kw):
    session = Session(setup, union=script.human(), **kw)
    states = list(session)  # must not raise
    return session, states


def test_valid_play_to_agreement():
    script = Script("6%", "0.05", "4.5 %", "accept")
    session, states = play(single(), script)
    assert states[-1].reason == "accepted" and states[-1].ended
    assert session.state.union_offers[:3] == ((0.06,), (0.05,), (0.045,))
    assert script.said("Management offers 1%")
    assert script.prompts[0] == "[round 1 of 10] union> "
    result = session.result()
    assert result.union_strategy == "human" and result.outcome.negotiated


@pytest.mark.parametrize("bad, message", [
    ("", "Type an offer"),
    ("   ", "Type an offer"),
    ("6", "did you mean 6%"),
    ("20%", "between 0% and 15%"),
    ("-1%", "between 0% and 15%"),
    ("abc", "not an offer or a command"),
    ("5..5%", "not a value for raise"),
    ("wage=5%", "unknown issue 'wage'"),
    ("raise=5% raise=6%", "given twice"),
    ("raise=", "not an offer or a command"),
    ("accept", "no offer on the table"),
    ("nan", "not an offer or a command"),
    ("inf%", "not an offer or a command"),
])
def test_bad_input_gets_a_message_and_a_new_prompt(bad, message):
    script = Script(bad, "6%", "quit")
    session, states = play(single(), script)
    assert script.said(message), script.messages
    assert len(script.prompts) == 3  # the bad line, the offer, quit
    assert session.state.union_offers[0] == (0.06,)
    assert states[-1].reason == "quit"


def test_package_offers_and_bad_keys():
    script = Script("raise=5% lump_sum=800", "raise=5% bonus=3", "raise 5%",
                    "raise=5%, lump_sum = 1,000; contract_months=24", "quit")
    session, _ = play(package(), script)
    offers = session.state.union_offers
    assert offers[0] == (0.05, 800.0, 300.0, 12.0)  # the rest from the target
    assert script.said("low_grade_supplement stays at 300")
    assert script.said("unknown issue 'bonus'")
    assert script.said("not an offer or a command")
    assert offers[1] == (0.05, 1000.0, 300.0, 24.0)  # the rest from the last offer


def test_help_and_history():
    script = Script("help", "6%", "history", "quit")
    play(single(), script)
    assert script.said("accept, walk") and script.said("Your reservation point: 3%")
    assert script.said("round 1   union offers 6%")
    assert script.said("management offers 1%")


@pytest.mark.parametrize("interrupt", [EOFError, KeyboardInterrupt])
def test_end_of_input_and_ctrl_c_quit_cleanly(interrupt):
    script = Script("6%", interrupt)
    session, states = play(single(), script)
    assert states[-1].reason == "quit" and states[-1].ended
    assert len(session.result().events) == 3  # offer, counter-offer, quit
    assert session.result().to_dict()["outcome"]["reason"] == "quit"


def test_quit_before_any_offer():
    script = Script("quit")
    session, states = play(single(), script)
    assert len(states) == 1 and states[0].reason == "quit"
    assert session.result().outcome.settlement is None


def test_walk_goes_to_the_arbitrator():
    script = Script("6%", "walk")
    session, states = play(single(impasse=Arbitration(ideal=(0.04,))), script)
    assert states[-1].reason == "arbitration"
    assert states[-1].agreement == (0.06,)  # 2 points from the ideal; management's 1% is 3


def test_last_offer_can_only_be_accepted_or_walked_away_from():
    script = Script("6%", "4%", "accept")
    setup = single(rounds=1)
    session, states = play(setup, script)
    assert script.said("last offer") and script.said("No more offers")
    assert states[-1].reason == "accepted" and states[-1].agreement == (0.01,)


def test_human_as_management():
    script = Script("2%", "accept")
    setup = Setup(SideSetup("linear", 0.03, 0.06), SideSetup("human", 0.045, 0.01))
    session = Session(setup, management=script.human())
    states = list(session)
    assert states[-1].reason == "accepted"
    assert script.prompts[0].endswith("management> ")


def test_parse_offer_directly():
    setup = package()
    offer, notes = parse_offer("RAISE=4% contract_months=24", setup, (0.05, 0, 0, 36))
    assert offer == (0.04, 0.0, 0.0, 24.0) and len(notes) == 2
    with pytest.raises(ValueError, match="between"):
        parse_offer("lump_sum=99999", setup, (0.05, 0, 0, 36))


def test_the_prompt_shows_the_round_of_the_offer_being_answered():
    script = Script("6%", "5%", "quit")
    play(single(), script)
    # opening (round 1), answering management's round-1 offer, then its round-2 offer
    assert script.prompts == ["[round 1 of 10] union> ", "[round 1 of 10] union> ",
                              "[round 2 of 10] union> "]
    management = Script("2%", "3%", "quit")
    setup = Setup(SideSetup("linear", 0.03, 0.06), SideSetup("human", 0.045, 0.01))
    list(Session(setup, management=management.human()))
    assert [p[:16] for p in management.prompts] == ["[round 1 of 10] ", "[round 2 of 10] ",
                                                    "[round 3 of 10] "]


def test_strike_rounds_are_counted_from_the_deadline():
    from wagebargain.sim import Strike

    script = Script("6%", "5.5%", "5%", "quit")
    session, _ = play(single(rounds=1, impasse=Strike(2)), script)
    assert script.prompts == ["[round 1 of 1] union> ", "[round 1 of 1] union> ",
                              "[strike round 1 of 2] union> ", "[strike round 2 of 2] union> "]
    assert [e.round for e in session.state.history if e.actor == "management"] == [1, 2, 3]


def test_chinese_prompts_messages_and_the_same_commands():
    script = Script("帮助", "abc", "6", "20%", "５．５％", "历史", "退出")
    session = Session(single(), union=Human(script.ask, script.tell, lang="zh"))
    states = list(session)
    assert script.prompts[0] == "[第 1 轮，共 10 轮] 工会> "
    assert script.said("你的底线（保留点）：3%") and script.said("你的目标：6%")
    assert script.said("“abc”不是报价也不是命令")
    assert script.said("你是想输入 6% 吗")
    assert script.said("raise 必须在 0% 至 15% 之间；你输入的是 20%")
    assert session.state.union_offers[0] == (0.055,)  # full-width digits and percent sign
    assert script.said("企业方报价 1%")
    assert script.said("第 1 轮  工会报价 5.5%")  # the history
    assert states[-1].reason == "quit"


@pytest.mark.parametrize("typed, command", [("histroy", "history"), ("acept", "accept"),
                                            ("HLEP", "help"), ("wlak", "walk")])
def test_a_near_miss_of_a_command_names_the_command_and_does_nothing(typed, command):
    script = Script("6%", typed, "quit")
    session, states = play(single(), script)
    assert script.said(f"did you mean {command}?")
    assert states[-1].reason == "quit"  # the typo neither accepted nor walked


def test_control_characters_are_echoed_escaped():
    script = Script("9%\x1b[D\x1b[D8", "quit")
    play(single(), script)
    assert not any("\x1b" in m for m in script.messages)
    assert script.said("\\x1b[D")


def test_a_shared_screen_hides_the_numbers_until_help_and_enter():
    script = Script("help", "", "quit")
    list(Session(single(), union=Human(script.ask, script.tell, shared_screen=True)))
    opening, help_text = script.messages
    assert "6%" not in opening and "help" in opening
    assert script.prompts[1] == "management: look away now. Press Enter to show the union's " \
                                "numbers> "
    assert "Your reservation point: 3%" in help_text
    leaving = Script("help", EOFError)  # input ends at the look-away prompt: no numbers
    states = list(Session(single(), union=Human(leaving.ask, leaving.tell, shared_screen=True)))
    assert states[-1].reason == "quit" and not leaving.said("reservation")


def test_examples_use_the_setups_own_issues():
    from wagebargain.sim import Issue

    setup = Setup(SideSetup("human", (0.02, 0), (0.06, 300)),
                  SideSetup("linear", (0.05, 400), (0.01, 0)),
                  issues=(Issue("raise", 0, 0.15), Issue("supplement", 0, 500, unit="money")))
    script = Script("bonus", "quit")
    list(Session(setup, union=script.human()))
    assert script.said("raise=5.5% supplement=100") and not script.said("lump_sum")


def test_management_is_named_without_an_article():
    setup = Setup(SideSetup("linear", 0.03, 0.06), SideSetup("human", 0.045, 0.01),
                  first_mover="management")
    script = Script("help", "", "quit")
    list(Session(setup, management=Human(script.ask, script.tell, shared_screen=True)))
    assert script.messages[0].startswith("You are management. Make the opening offer")
    assert script.prompts[1].endswith("Press Enter to show management's numbers> ")


@pytest.mark.parametrize("typed, fixed", [("5,5%", "5.5%"), ("4,25", "4.25"),
                                          ("0,055", "0.055")])
def test_a_decimal_comma_is_answered_with_the_decimal_point(typed, fixed):
    with pytest.raises(ValueError, match=f"'{typed}' has a decimal comma; write a decimal "
                                         f"point: {fixed}"):
        parse_offer(typed, single(), (0.05,))
    assert parse_offer("lump_sum=1,000", package(), (0.05, 0, 0, 12))[0][1] == 1000
