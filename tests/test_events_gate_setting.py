"""$MARSAD_EVENTS_GATE (session 25, issue #6): "off" runs the events rules without the trained
ASSAULT/PROTEST gate, for a user who wants recall; "on" (the default) keeps it; anything else is refused
with the setting named. Sentences of our own."""

from __future__ import annotations

import pytest

from marsad.events_gate import LogisticGate
from marsad.stages.events import Events
from tests.test_events import build

# "The artillery shelling destroyed two vehicles": a plain attack report the shipped gate, trained on the
# arabic_event_gsr sentences, turns down on its own
SHELLING = "وأسفر القصف المدفعي عن تدمير عربتين."


def codes(stage: Events, text: str) -> list[str]:
    return [e.cameo for e in stage(build(text)).events]


def test_off_runs_the_rules_without_the_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_EVENTS_GATE", "off")
    stage = Events.load()
    assert not isinstance(stage.gate, LogisticGate)
    assert codes(stage, SHELLING) == ["195", "1712"]


def test_on_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MARSAD_EVENTS_GATE", raising=False)
    stage = Events.load()
    assert isinstance(stage.gate, LogisticGate)
    assert "195" not in codes(stage, SHELLING)


def test_an_unknown_setting_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_EVENTS_GATE", "maybe")
    with pytest.raises(ValueError, match="MARSAD_EVENTS_GATE='maybe'"):
        Events.load()
