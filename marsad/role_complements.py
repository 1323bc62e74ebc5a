"""Word lists of title phrases and the codes found in a title's complement (see marsad.roles).

A title phrase (وزير الخارجية التركي, رئيس هيئة الأركان) runs on over its complement; these lists say which
words continue it, which end it, and which change whose role it is. `complement_codes` reads the agent
sector and the named organisation a complement holds (مدير مستشفى الشفاء: HLH).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad import lexicons
from marsad.arabic import fold
from marsad.events_codes import SECTORS

# Complementizers after NAME TITLE that end the subject of a reporting verb (وقالت سلمى خوري المتحدثة باسم
# الصليب الأحمر إن …): the title is the name's role, as at a clause end.
SAID_THAT = frozenset(fold(w) for w in ["إن", "أن", "بأن"])
MAX_PHRASE = 7  # title phrase length in words; longer runs in news are lists, not one title
# Construct-state nouns (no ال) that continue a title: وزير خارجية تركيا, رئيس هيئة الأركان.
COMPLEMENT = frozenset(
    fold(w)
    for w in [
        "خارجية",
        "داخلية",
        "دفاع",
        "مالية",
        "حكومة",
        "تصريف",  # رئيس حكومة تصريف الأعمال: the caretaker government's head
        "هيئة",
        "مجلس",
        "وزارة",
        "أركان",
        "عمليات",  # قائد عمليات ديالى: the operations command of a province
        "بعثة",  # رئيسة بعثة اللجنة الدولية في اليمن: a body's mission
        "جهاز",
        "قوات",
        "مكتب",
        "حزب",
        "حركة",
        "جماعة",
        "منظمة",
        "جبهة",
        "لجنة",
        "شؤون",
        "دولة",
        "اتحاد",
        "جمهورية",
        "مملكة",
        "إمارة",
        "سلطنة",
        # bodies whose sector the agents lexicon knows: مدير مستشفى الشفاء (HLH), رئيس جامعة القاهرة (EDU),
        # رئيس تحرير صحيفة الأهرام (MED), رئيس محكمة الجنايات (JUD)
        "مستشفى",
        "جامعة",
        "كلية",
        "شركة",
        "بنك",
        "مصرف",
        "صحيفة",
        "قناة",
        "محكمة",
        "نقابة",
        "جيش",
        "شرطة",
        "بلدية",  # رئيس بلدية غزة: a town's mayor
        "إدارة",  # رئيس مجلس إدارة المؤسسة: the board's chairman
        "عهد",  # ولي عهد أبوظبي: the crown prince of a named state
        "حرس",  # قائد حرس الحدود
        "جمعية",
        "مؤسسة",
        "رابطة",
        "مركز",
        "معهد",
        "مفوضية",  # رئيس مفوضية الاتحاد الأفريقي: the commission of a named union
    ]
)
# ل + a construct noun inside an organisation's name, which continues a title (مدير المرصد السوري
# لحقوق الإنسان، مفوض الأمم المتحدة لشؤون اللاجئين، الأمين العام لمجلس التعاون لدول الخليج).
# باسم "in the name of" after an adjective too (المتحدث العسكري باسم الحوثيين, "the military spokesman for
# the Houthis"; المتحدث باسم itself is a title of titles.tsv).
OF_COMPLEMENT = frozenset(fold(w) for w in ["لحقوق", "لشؤون", "لدول", "باسم"])
# A destination after an envoy's or ambassador's title (المبعوث الأممي إلى اليمن, السفير الأمريكي لدى
# إسرائيل): إلى/لدى + a country continues the phrase, but the country is where the person is sent, not theirs.
IN = fold("في")
DESTINATION = frozenset(fold(w) for w in ["إلى", "لدى", "بشأن"])  # بشأن: المستشارة الأممية الخاصة بشأن ليبيا
# Words with a leading ال that are no definite noun or adjective (إلى، الذي، إلا) or that start an
# adverbial rather than continue a title (اليوم، السبت): the title phrase stops before them.
NOT_COMPLEMENT = frozenset(
    fold(w)
    for w in [
        "إلى",
        "إلا",
        "الذي",
        "التي",
        "الذين",
        "اللذان",
        "اللتان",
        "اللذين",
        "اللتين",
        "اللواتي",
        "اللاتي",
        "الآن",
        "اليوم",
        "الأحد",
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "الليلة",
        "الماضي",
        "المقبل",
    ]
)
# A counterpart (titles.tsv نظير، نظيرة: نظيره الأردني أيمن الصفدي) titles the name after it only.
COUNTERPARTS = frozenset(fold(w) for w in ["نظير", "نظيرة", "نظيرته", "نظيرتها"])
# Honorifics and ranks written between a person's office and the name (وزير الخارجية السعودي الأمير فيصل
# بن فرحان, وزير الدفاع السعودي الأمير خالد): the office before them is the same person's role too. Not الملك
# or الرئيس, which after a complete title are mostly another person (استقبل الرئيس المصري الملك عبد الله).
HONORIFICS = frozenset(
    fold(w) for w in ["الأمير", "الأميرة", "الشيخ", "الشيخة", "اللواء", "العميد", "العقيد", "المشير"]
)
# Head nouns of a place after في in an office phrase (قائد الأمن الداخلي في محافظة ريف دمشق), folded.
PLACE_HEADS = frozenset(
    fold(w) for w in ["محافظة", "مدينة", "ولاية", "منطقة", "بلدة", "قضاء", "إقليم", "مديرية"]
)
# A judge's honorific (Egypt, Libya: المستشار عقيلة صالح), which also means "adviser" and "chancellor": an
# honorific only right before a name (RoleFinder._honorific).
JUDGES = frozenset(fold(w) for w in ["المستشار", "المستشارة"])
# Military and police ranks written between an office and the name (قائد القيادة المركزية الأمريكية الجنرال
# مايكل كوريلا, مدير شرطة البصرة اللواء X): the office before them is the same person's role when it is a
# military or police office (see RoleFinder._office_before). الجنرال after a minister is mostly someone met.
RANKS = frozenset(
    fold(w) for w in ["الجنرال", "الأدميرال", "الفريق", "الفريق أول", "العماد", "المقدم", "الرائد"]
)
ARMED = ("MIL", "COP", "SPY")  # sectors of the offices a rank's bearer holds
# Every military rank (titles.tsv codes them MIL), which the police share: a person's other role says which
# sector they are in (marsad.stages.actors). Not the list above: that one says where an office phrase ends.
SECTOR_RANKS = frozenset(
    fold(w)
    for w in ("اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الملازم", "الفريق", "العماد")
)
# Envoys and delegates: one "in" or "to" a body (المندوبة الأميركية في الأمم المتحدة) speaks for their state,
# not for the body (RoleFinder.role).
ENVOYS = frozenset(fold(w) for w in ["مندوب", "مندوبة", "سفير", "سفيرة", "مبعوث", "مبعوثة", "ممثل", "ممثلة"])
# العاهل ("the monarch") before الملك is the same king (العاهل الأردني الملك عبد الله الثاني).
MONARCH = (fold("العاهل"), fold("الملك"))
# Proclitic prepositions: a title carrying one (للرئيس، بوزير) starts a new phrase (about someone else).
PREPOSITIONS = ("ل", "ب", "ك")


def a_person(actor: lexicons.NamedActor) -> bool:
    """A one-word dictionary entry with dated offices is a person's name (بري، مبارك): a title's complement
    names a body, and البرية ("land") is not Nabih Berri."""
    return any(c.isdigit() for c in actor.history)


def is_outlet(stems: list[str]) -> bool:
    """Whether a name's stems are a news outlet's (a media code: وكالة رويترز)."""
    code = complement_codes(stems)[1]
    return code is not None and code.endswith("MED")


def complement_codes(
    stems: Sequence[str], conjoined: Sequence[bool] = (), country: str | None = None
) -> tuple[str | None, str | None]:
    """(agent sector, named-organisation code) found in a title's complement (longest match, leftmost);
    with the phrase's `country`, a state's organisation of another state is no match.

    A one-word agent on a word joined by و to the one before is an adjective pair (للنقل البري والبحري,
    "land and sea transport"), not the navy (البحرية): `conjoined` marks those words.
    """
    keys = [lexicons.word_key(s) for s in stems]
    agents, actors = lexicons.agents(), lexicons.actors()
    agent = org = None
    best_agent = best_org = 0
    agent_at = org_at = (0, 0)
    for i in range(len(keys)):
        for n in range(len(keys) - i, 0, -1):
            key = " ".join(k for k in keys[i : i + n] if k)
            if n > best_org and key in actors and not (n == 1 and a_person(actors[key])):
                code = actors[key].code
                foreign = country and code[:3] not in SECTORS and code[:3] != country and code[:3].isalpha()
                if foreign and not code.startswith(("IGO", "NGO", "IMG")):
                    continue  # الحزب الديمقراطي الاشتراكي الألماني is no US Democratic Party
                org, best_org, org_at = code, n, (i, i + n)
            if n > best_agent and key in agents and not (n == 1 and i < len(conjoined) and conjoined[i]):
                agent, best_agent, agent_at = agents[key].code, n, (i, i + n)
    if org and org_at[0] <= agent_at[0] and agent_at[1] <= org_at[1] and best_agent < best_org:
        agent = None  # a word of the organisation's name (الوكالة of الوكالة الدولية للطاقة الذرية)
    return agent, org


# Adjectives right after a civil title that make the office a military one (المتحدث العسكري).
MILITARY_ADJECTIVES = frozenset(fold(w) for w in ["العسكري", "العسكرية"])


PRESIDENT = fold("رئيس")  # the agents lexicon's "boss" (BUS), in a complement often a state's head


def state_head(stems: Sequence[str]) -> bool:
    """Whether a title's complement (folded stems) is a state's head where the agents lexicon reads رئيس
    "boss" (BUS): رئيس definite and alone (مستشار الرئيس), or with a nationality adjective or a country right
    after it (مبعوث الرئيس الأمريكي، مساعد رئيس فرنسا)."""
    if not stems or stems[0].removeprefix("ال") != PRESIDENT:
        return False
    if len(stems) == 1:
        return stems[0].startswith("ال")
    after, countries = stems[1], lexicons.countries()
    return after in lexicons.nationalities() or after in countries or lexicons.strip_al(after) in countries
