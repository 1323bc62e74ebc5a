"""Session 28 (Q28) rules (bench/gold/QUOTES_SESSION28.md; issue #5), on own sentences."""

from __future__ import annotations

import pytest

from tests.test_quotes_cases import Said, quotes_said


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "The two men, who (dual) have hinted for months at an alliance, call for a technocrat government.":
        # the dual relative اللذان opens a clause on the subject; the call's content is after it.
        (
            "ويدعو الرجلان، اللذان يلمحان منذ أشهر إلى تحالفهما، إلى تشكيل حكومة تكنوقراط.",
            {},
            [("indirect", "تشكيل حكومة تكنوقراط", "الرجلان", "دعا", None)],
        ),
        # "The two ministries, which (dual f.) oversee the crossing, stressed that the road will open.":
        # اللتان, the same.
        (
            "وأكدت الوزارتان، اللتان تشرفان على المعبر، أن الطريق سيفتح غدا.",
            {},
            [("indirect", "الطريق سيفتح غدا", "الوزارتان", "أكد", None)],
        ),
    ],
)
def test_dual_relatives_open_a_clause_on_the_subject(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want
