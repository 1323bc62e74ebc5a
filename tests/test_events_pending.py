"""Events, session 29 (issue #6, E29 of docs/events_precision.md): an act someone is ready for, must do or
works toward is not done (marsad.events_pending), on sentences of our own. Each rule's cases are coded when
that rule is taken out of RULES, so every case fails without its rule (E29b adds guards)."""

from __future__ import annotations

import pytest

import marsad.events_pending as pending
from tests.test_events_unasserted import coded

# (rule, sentence, what the rule takes out), each case removed by its rule alone.
REMOVED = [
    # F1b. "The government said it was ready to cooperate with the investigators"
    ("ready", "وأبدت الحكومة استعدادها للتعاون مع المحققين.", ("060", "للتعاون")),
    # "The minister said his country is ready to hold a meeting with its neighbours": the word after لعقد
    ("ready", "وقال الوزير إن بلاده مستعدة لعقد اجتماع مع جيرانها.", ("040", "اجتماع")),
    # "The ministry is preparing to confiscate the farmers' land"
    ("ready", "وتستعد الوزارة لمصادرة أراضي المزارعين.", ("1711", "لمصادرة")),
    # F2b. "The coach said he should have backed the player more": على with its bearer's pronoun
    ("obliged", "وقال المدرب إنه كان عليه دعم اللاعب أكثر.", ("050", "دعم")),
    # "The minister said the army must arrest the gunmen at once": إن على + the bearer + the act
    ("obliged", "وقال الوزير إن على الجيش اعتقال المسلحين فورا.", ("173", "اعتقال")),
    # "The minister is supposed to visit the camp"
    ("obliged", "ومن المفترض أن تزور الوزيرة المخيم.", ("042", "تزور")),
    # F5. "The army was working on a visit of the minister to the region"
    ("worked_toward", "وكان الجيش يعمل على زيارة للوزير إلى المنطقة.", ("042", "زيارة")),
]


@pytest.mark.parametrize(("rule", "text", "event"), REMOVED)
def test_pending_act_is_not_done(rule: str, text: str, event: tuple[str, str]) -> None:
    assert event not in coded(text)


@pytest.mark.parametrize(("rule", "text", "event"), REMOVED)
def test_each_case_needs_its_rule(
    monkeypatch: pytest.MonkeyPatch, rule: str, text: str, event: tuple[str, str]
) -> None:
    monkeypatch.setattr(pending, "RULES", tuple(r for r in pending.RULES if r.__name__ != rule))
    assert event in coded(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The government cooperated with the investigators": done, coded
        ("وتعاونت الحكومة مع المحققين.", [("060", "وتعاونت")]),
        # "The workers lined up in readiness for their arrest": the accusative استعدادا is left (F1b)
        ("وقد اصطف العمال استعدادا لاعتقالهم.", [("173", "لاعتقالهم")]),
        # "He was sentenced to five years in prison": عليه before a ب complement is no obligation
        ("وحكم عليه بالسجن خمس سنوات.", [("116", "بالسجن")]),
        # "The company must face a lawsuit the workers brought": what one must face exists (F2b)
        ("ويتعين على الشركة أن تواجه دعوى قضائية رفعها العمال.", [("115", "دعوى قضائية")]),
        # "The minister worked to support the farmers": the past عمل على is left (F5)
        ("وعمل الوزير على دعم المزارعين.", [("050", "دعم")]),
        # Guards for any possibility rule (F3, F3c and F3d of docs/events_precision.md, none kept): what lies
        # inside the object of the verb a modal governs may have happened, and قد before a past is "has".
        # "The analyst said the incident may wreck the declared truce": the truce was declared
        ("وقال المحلل إن الحادث قد ينسف الهدنة المعلنة بين الطرفين.", [("0871", "الهدنة")]),
        # "The judge said the accused may hide evidence of his charge": the charge was made
        ("وقال القاضي إن المتهم قد يخفي أدلة على اتهامه.", [("112", "اتهامه")]),
        # "The minister has met his counterpart": لقد is "has", no possibility
        ("ولقد اجتمع الوزير مع نظيره.", [("040", "اجتمع")]),
        # "The two ministers have exchanged security information": a form-VI past after قد is "has done"
        ("وقد تبادل الوزيران المعلومات الأمنية.", [("064", "تبادل")]),
    ],
)
def test_done_acts_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert coded(text) == expected


def test_a_readied_act_is_told_for_re_mentions() -> None:
    # "The government said it was ready to cooperate ... The minister of foreign affairs and international
    # cooperation praised the decision": the title's definite cooperation is no new event after the readied
    # one, as it was none when the readiness was coded (F1b)
    title = "وأشاد وزير الخارجية والتعاون الدولي بالقرار."
    assert coded(title) == [("051", "وأشاد"), ("060", "والتعاون")]
    assert coded("وأبدت الحكومة استعدادها للتعاون مع المحققين. " + title) == [("051", "وأشاد")]
