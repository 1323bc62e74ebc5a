"""Session 21's entity fixes: the known-people list leaves out rows that are no person's name. Names
written for these tests."""

from __future__ import annotations

from train.people import _other_thing, other_things


def test_known_people_leaves_out_rows_that_are_no_name() -> None:
    # Invented rows of the shapes the corpus pass produced: a clitic cut off, a kin word ending the
    # name, a nationality adjective opening it or (feminine, definite) ending it
    things = other_things()
    for row in ["ل الهادي", "سامر نبيل صهر", "الكوري الجنوبي كيم هان", "البرازيلي روخاس", "جورج البريطانيه"]:
        assert _other_thing(row, things), row
    # a masculine nisba, a nationality word that is a given name, and a family name الشيخ stay names
    for row in ["عادل التركي", "تركي الدخيل", "عبدالله ال الشيخ", "سامر نبيل"]:
        assert not _other_thing(row, things), row
