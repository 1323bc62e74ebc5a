"""Session 23's entity fixes (the lead's). Names and sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.clitics import CliticSegmenter
from marsad.lexicons import read_tsv
from marsad.stages.entities import Entities
from tests.test_entities_local_bodies import _Tagger
from tests.test_entities_stage import segmented


@pytest.mark.parametrize(
    ("text", "tags", "expected"),
    [
        # "The minister Bassam Toumeh said the budget is ready": بسام is read ب + سام "poison"
        ("قال الوزير بسام طعمة إن الموازنة جاهزة.", {"بسام": "B-PER", "طعمة": "I-PER"}, ["بسام طعمة"]),
        # "and Lubna Kamel met Bilal Fadel": the conjunction stays a clitic; the ل of لبنى, ب of بلال do not
        (
            "والتقت ولبنى كامل مع بلال فاضل أمس.",
            {"ولبنى": "B-PER", "كامل": "I-PER", "بلال": "B-PER", "فاضل": "I-PER"},
            ["لبنى كامل", "بلال فاضل"],
        ),
        # "Sam Hamdi arrived": a name the list does not hold keeps the segmenter's reading (here none to undo)
        ("ووصل سام حمدي إلى المطار.", {"سام": "B-PER", "حمدي": "I-PER"}, ["سام حمدي"]),
    ],
)
def test_a_given_name_read_as_a_clitic_keeps_its_first_letter(
    text: str, tags: dict[str, str], expected: list[str]
) -> None:
    article = Entities(_Tagger(tags))(segmented(text))
    assert [e.name for e in article.entities if e.label == "PER"] == expected


def test_every_listed_given_name_is_one_the_segmenter_cuts() -> None:
    # the list holds only forms the clitic reading would cut; a form it keeps whole needs no row
    segment = CliticSegmenter.load()
    uncut = [row["form"] for row in read_tsv("given_names.tsv") if not segment(row["form"])[0]]
    assert uncut == []


def test_a_name_after_to_written_with_ya_is_not_the_listed_name() -> None:
    # "a recording of Bani Odeh": لبني is ل + بني with ي, not لبنى "Lubna" (ى); the list matches as written
    tags = {"لبني": "B-PER", "عودة": "I-PER"}
    article = Entities(_Tagger(tags))(segmented("وبثت القناة تسجيلا لبني عودة أمس."))
    assert [e.name for e in article.entities if e.label == "PER"] == ["بني عودة"]


def test_the_islamic_state_has_no_country() -> None:
    # "The Islamic State claimed the attack in Mosul": an international militarized group (IMG) carries no
    # country, like the UN (IGO); the article's Iraq is the attack's place, not the group's nationality
    from marsad.stages.actors import Actors

    text = "وتبنى تنظيم داعش الهجوم في الموصل."
    article = Actors.load()(Entities(_Tagger({"داعش": "B-ORG", "الموصل": "B-LOC"}))(segmented(text)))
    found = {e.name: (e.actor_code, e.country) for e in article.entities if e.label == "ORG"}
    assert found == {"داعش": ("IMGMUSISI", None)}


@pytest.mark.parametrize(
    ("text", "tags", "expected"),
    [
        # "The actor Mahmoud Abdelaziz said the film is ready": عبد العزيز begins known people's names (a
        # given name), so at this name's end it is his father's name, not King Abdulaziz (SAUGOV)
        (
            "قال الفنان محمود عبد العزيز إن الفيلم جاهز.",
            {"محمود": "B-PER", "عبد": "I-PER", "العزيز": "I-PER"},
            {"محمود عبد العزيز": None},
        ),
        # "Mohammed bin Salman spoke by phone with Mahmoud Abbas": after بن the father's code
        # names the family; the president is listed whole (محمود عباس), so his name's end is not read
        (
            "وتحدث محمد بن سلمان هاتفيا مع محمود عباس.",
            {"محمد": "B-PER", "بن": "I-PER", "سلمان": "I-PER", "محمود": "B-PER", "عباس": "I-PER"},
            {"محمد بن سلمان": "SAUGOV", "محمود عباس": "PSEGOV"},
        ),
    ],
)
def test_a_given_name_at_a_names_end_takes_no_dictionary_code(
    text: str, tags: dict[str, str], expected: dict[str, str | None]
) -> None:
    from marsad.stages.actors import Actors

    article = Actors.load()(Entities(_Tagger(tags))(segmented(text)))
    assert {e.name: e.actor_code for e in article.entities if e.label == "PER"} == expected


@pytest.mark.parametrize(
    ("text", "tags", "expected"),
    [
        # "NBC said the president will visit": the model tags بي.سي and leaves إن, read as the particle
        (
            "ونشرت إن.بي.سي صباحا أن الرئيس سيزور المنطقة",
            {"بي": "B-ORG", ".": "I-ORG", "سي": "I-ORG"},
            ["إن.بي.سي"],
        ),
        # "the war ended.He said": a full stop that lost its space joins no words into one name
        ("وانتهت الحرب.وقال سمير نعمان إن السلام قريب.", {"الحرب": "B-MISC"}, ["الحرب"]),
    ],
)
def test_a_mention_inside_a_dotted_abbreviation_grows_to_it(
    text: str, tags: dict[str, str], expected: list[str]
) -> None:
    article = Entities(_Tagger(tags))(segmented(text))
    assert [e.name for e in article.entities if e.label != "PER"] == expected


@pytest.mark.parametrize(
    ("text", "tags", "expected"),
    [
        # "In Madrid, Paris Saint-Germain beat the home side": سان جرمان also names a small town in Puerto
        # Rico, but the club opens with Paris, a large town, so it is French (not the article's Spain either)
        (
            "وفي مدريد، فاز باريس سان جرمان على مضيفه.",
            {"باريس": "B-ORG", "سان": "I-ORG", "جرمان": "I-ORG", "مدريد": "B-LOC"},
            {"باريس سان جرمان": "FRA"},
        ),
        # "In London, the Madrid derby ended in a draw": ديربي also reads as Derby, a large English town, but
        # Madrid later in the name is a large town too, so Spain stands
        (
            "وفي لندن، انتهى ديربي مدريد بالتعادل.",
            {"ديربي": "B-ORG", "مدريد": "I-ORG", "لندن": "B-LOC"},
            {"ديربي مدريد": "ESP"},
        ),
        # "In Cairo, the security authorities said": سلطات "authorities" also reads as a Moroccan town, but it
        # is a word of the agents lexicon, so the body is the article's Egypt's
        (
            "وفي القاهرة، قالت سلطات الأمن إن الطريق مغلق.",
            {"سلطات": "B-ORG", "الأمن": "I-ORG", "القاهرة": "B-LOC"},
            {"سلطات الأمن": "EGY"},
        ),
    ],
)
def test_a_club_named_after_a_large_town_is_of_its_country(
    text: str, tags: dict[str, str], expected: dict[str, str]
) -> None:
    from marsad.stages.actors import Actors

    article = Actors.load()(Entities(_Tagger(tags))(segmented(text)))
    assert {e.name: e.country for e in article.entities if e.label == "ORG"} == expected


def test_a_sports_role_after_a_name_is_cut_off() -> None:
    # "Karim Salem, the club's striker, scored the first goal": the model ran مهاجم into the name
    tags = {"كريم": "B-PER", "سالم": "I-PER", "مهاجم": "I-PER"}
    article = Entities(_Tagger(tags))(segmented("وسجل كريم سالم مهاجم النادي الهدف الأول."))
    assert [e.name for e in article.entities if e.label == "PER"] == ["كريم سالم"]


@pytest.mark.parametrize(
    ("text", "tags", "expected"),
    [
        # "Klopp said the team is ready": كلوب is read ك + لوب, but news writes كلوب far more often than لوب
        ("وقال كلوب إن الفريق جاهز.", {"كلوب": "B-PER"}, ["كلوب"]),
        # "Messi's goal" (لميسي = ل + ميسي): ميسي alone is far commoner than لميسي, so the cut stands
        ("وجاء الهدف الثاني لميسي بعد دقيقتين.", {"لميسي": "B-PER"}, ["ميسي"]),
    ],
)
def test_a_foreign_name_read_as_a_clitic_grows_back_by_counts(
    text: str, tags: dict[str, str], expected: list[str]
) -> None:
    article = Entities(_Tagger(tags))(segmented(text))
    assert [e.name for e in article.entities if e.label == "PER"] == expected


def test_the_particle_that_is_cut_from_a_persons_start() -> None:
    # "The coach said that Karim Salem will play": the model ran بأن "that" into the name
    tags = {"بأن": "B-PER", "كريم": "I-PER", "سالم": "I-PER"}
    article = Entities(_Tagger(tags))(segmented("وقال المدرب بأن كريم سالم سيلعب غدا."))
    assert [e.name for e in article.entities if e.label == "PER"] == ["كريم سالم"]


@pytest.mark.parametrize(
    ("text", "tags", "expected"),
    [
        # "David Morris scored; the coach relied on Morris": على موريس is "on Morris", named in full before
        (
            "وسجل ديفيد موريس هدفين، واعتمد المدرب على موريس في الهجوم.",
            {"ديفيد": "B-PER", "موريس": "I-PER", "على": "B-PER"},
            ["ديفيد موريس", "موريس"],
        ),
        # "Ali Sabri said": no other person holds صبري, so على is the name Ali as Egyptian papers spell it
        ("وقال على صبري إن الطريق مفتوح.", {"على": "B-PER", "صبري": "I-PER"}, ["على صبري"]),
    ],
)
def test_on_is_cut_from_a_name_the_article_names_elsewhere(
    text: str, tags: dict[str, str], expected: list[str]
) -> None:
    article = Entities(_Tagger(tags))(segmented(text))
    assert [
        m
        for e in article.entities
        if e.label == "PER"
        for m in [article.text[s.start : s.end] for s in e.mentions]
    ] == expected
