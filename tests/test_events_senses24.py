"""Events, session 24 (issue #6): words that look like a trigger of a non-violence code but carry another
sense, each case on sentences of our own (docs/events_precision.md, judged on bench.eval_events_ant):
V1b a verb form written with ال that is no masdar of the verb, V2 رحل "left, died" (no deportation), V3 حقق
"achieved" before a later في (no investigation), V4b the match of a sports report (no meeting). And the
precision scorer's counting (bench.eval_events_ant.score) on judged events of our own."""

from __future__ import annotations

import pytest

from bench.eval_events_ant import Judged, score
from marsad.events_senses import achieved, sports_report
from marsad.stages.events import Events
from tests.test_events import build

_STAGE = Events()  # rules only


def coded(text: str) -> list[tuple[str, str]]:
    """(code, trigger text) of every event the rules code in text."""
    article = build(text)
    return [(e.cameo, article.text[e.trigger.start : e.trigger.end]) for e in _STAGE(article).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # V1b. "The goalkeeper raised both hands at the end of the game": اليدين "the two hands", not يدين
        # "condemns" (an imperfect never takes ال)
        ("رفع الحارس اليدين عند نهاية المباراة.", []),
        # "The minister read the decree issued by the council": الصادر "the issued", not صادر "confiscated"
        # (a form-III past; its masdar is مصادرة)
        ("قرأ الوزير المرسوم الصادر عن المجلس.", []),
        # "The police confiscated the weapons": the verb itself stays a confiscation
        ("صادرت الشرطة الأسلحة من المنزل.", [("1711", "صادرت")]),
        # "The minister spoke of the international praise for the plan": الإشادة is the hand table's own form
        # of أشاد, a masdar (praise) that stays coded
        ("تحدث الوزير عن الإشادة الدولية بالخطة.", [("051", "الإشادة")]),
        # V2. "The great singer passed away at the age of eighty": رحل "died", no deportation
        ("رحل المغني الكبير عن عمر ثمانين عاما.", []),
        # "The authorities began deporting two hundred migrants": the deportation noun stays coded
        ("بدأت السلطات ترحيل مئتي مهاجر.", [("174", "ترحيل")]),
        # V3. "The club achieved a big win in the first round": حقق "achieved" before في, no investigation
        ("حقق النادي فوزا كبيرا في الجولة الأولى.", []),
        # "The company made large profits in the last quarter"
        ("حققت الشركة أرباحا كبيرة في الربع الأخير.", []),
        # "The prosecution investigated the affair yesterday": a subject between, still an investigation
        ("حققت النيابة في القضية أمس.", [("090", "حققت")]),
    ],
)
def test_senses(text: str, expected: list[tuple[str, str]]) -> None:
    assert coded(text) == expected


SPORT = "وسجل مهاجم الفريق هدفا في الشوط الثاني من المباراة، وقال المدرب إن اللاعبين قدموا أداء جيدا. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # V4. In a report of a match ("the striker scored in the second half; the coach said the players
        # played well"), "the meeting ended in a draw" is the match: no consultation
        (SPORT + "وانتهى اللقاء بالتعادل.", []),
        # "and the team meets the leader on Friday": the playing of a match
        (SPORT + "ويلتقي الفريق مع المتصدر يوم الجمعة.", []),
        # V4b. "The president met the players after the game": a head of state, a meeting even here
        (SPORT + "والتقى الرئيس اللاعبين بعد المباراة.", [("040", "والتقى")]),
        # Outside a sports report a meeting is a meeting: "The minister met his counterpart in Cairo"
        ("والتقى وزير الخارجية نظيره في القاهرة.", [("040", "والتقى")]),
    ],
)
def test_match_is_no_meeting(text: str, expected: list[tuple[str, str]]) -> None:
    assert [c for c in coded(text) if c[0] == "040"] == expected


def test_sports_report_needs_three_match_words() -> None:
    # the folded stems of "the match", "the coach", "the stadium"; two of them are not enough
    assert sports_report(["المباراه", "المدرب", "الملعب"]) is True
    assert sports_report(["المباراه", "المدرب", "الوزير"]) is False


@pytest.mark.parametrize(
    ("stem", "expected"),
    [("فوزا", True), ("الانتصارات", True), ("لقبه", True), ("الشرطه", False), ("السلطات", False)],
)
def test_achieved(stem: str, expected: bool) -> None:
    # a win, the victories, his title: achieved; the police, the authorities: investigators
    assert achieved(stem) is expected


def test_score_counts_kept_lost_and_gone() -> None:
    gold = [
        Judged("d1", "B", 0, 4, "040", True, ""),
        Judged("d1", "B", 10, 14, "1711", False, "participle"),
        Judged("d2", "B", 5, 9, "190", True, ""),
        Judged("d2", "B", 20, 25, "111", False, "hands"),
    ]
    # now: d1's meeting kept (as 042: the root is compared), its confiscation gone; d2's killing lost, the
    # hands still coded, and one event no row judges
    now = {"d1": {(0, 4, "04")}, "d2": {(20, 25, "11"), (30, 33, "05")}}
    assert score(gold, now) == {
        "judged": 4,
        "right": 2,
        "kept": 2,
        "kept_right": 1,
        "right_lost": 1,
        "wrong_gone": 1,
        "coded_unjudged": 1,
    }
