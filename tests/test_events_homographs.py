"""Agent words written like a verb (issue #6, session 11): طالب "student" / "demanded", طالبا "students" /
"demanding". Opening its clause it is the verb, no actor; counted it is the students, no demand."""

from __future__ import annotations

from marsad.events_actors import find_actors
from marsad.events_lexicon import token_keys
from marsad.stages.events import Events
from tests.test_events import actors, build


def _agents(text: str) -> list[tuple[str | None, str | None]]:
    article = build(text)
    tokens = article.tokens
    keys = [token_keys(article.text, t)[0] for t in tokens]
    entity_at = Events._entity_tokens(article, [t.start for t in tokens])
    return [(c.actor.text, c.actor.code) for c in find_actors(article, tokens, 0, keys, entity_at)]


def test_circumstantial_is_no_student() -> None:
    # a source in the police said, asking not to be named, that gunmen attacked a patrol: طالبا "asking"
    assert _agents("وقال مصدر في الشرطة، طالبا عدم الكشف عن اسمه، إن مسلحين هاجموا دورية.") == [
        ("مصدر", "BUS"),
        ("الشرطة", "COP"),
        ("مسلحين", "UAF"),
    ]


def test_finite_verb_is_no_student() -> None:
    # while the interior minister demanded accountability: طالب is the verb, the minister its subject
    assert _agents("فيما طالب وزير الداخلية بمحاسبة المسؤولين.") == [("وزير الداخلية", "GOV")]


def test_counted_students_stay_students() -> None:
    # 20 students were killed in an attack on a school: the victims, and no demand (طالبا counted)
    assert actors("قتل 20 طالبا في هجوم على مدرسة.") == [("190", None, "EDU"), ("190", None, "EDU")]


def test_student_as_object_is_no_demand() -> None:
    # the police arrested a student at the university yesterday: طالبا is the student arrested, not
    # "demanding" (no 100 event)
    assert actors("اعتقلت الشرطة طالبا في الجامعة أمس.") == [("173", "COP", "EDU")]


def test_demand_verb_after_its_subject_stays_a_demand() -> None:
    # the protesters demanded the release of the detainees: SVO, the verb with its ب complement
    assert ("1053", "CVL", "OPP") in actors("المحتجون طالبوا بالإفراج عن المعتقلين.")


def test_actor_after_a_preposition_is_no_subject() -> None:
    # the minister demanded the release of the detainees: the detainees, after عن, are whom the demand
    # is about, never the verb's subject (the bare title الوزير is no actor)
    assert actors("الوزير طالب بالإفراج عن المعتقلين.") == [("1053", None, "OPP")]
