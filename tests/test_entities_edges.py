"""Words at a person's mention's edges that describe the person, not name them (marsad.entity_edges): a role
noun in apposition after the name with its complement, a descriptor or nationality adjective before it."""

from __future__ import annotations

import pytest

from marsad.stages.entities import Entities
from tests.test_entities_stage import PhraseTagger, segmented


def _names(text: str, tagged: str, label: str = "PER") -> list[tuple[str, str]]:
    """(label, name) of the entities the stage finds when the model tags `tagged` in `text`."""
    article = Entities(PhraseTagger({tagged: label}), known_places=["-"])(segmented(text))
    return [(e.label, e.name) for e in article.entities]


@pytest.mark.parametrize(
    ("text", "tagged", "name"),
    [
        # "the veteran politician Karim al-Safi, leader of the Hope party, said the elections were fair": the
        # descriptor before the name and the role noun after it (its complement outside the mention) go
        (
            "وقال السياسي المخضرم كريم الصافي زعيم حزب الأمل إن الانتخابات نزيهة.",
            "المخضرم كريم الصافي زعيم",
            "كريم الصافي",
        ),
        # the same with the role's complement inside the mention
        (
            "وقال السياسي المخضرم كريم الصافي زعيم حزب الأمل إن الانتخابات نزيهة.",
            "كريم الصافي زعيم حزب الأمل",
            "كريم الصافي",
        ),
        # "Sami Haddad, the prime minister, announced his resignation"
        ("أعلن سامي حداد رئيس الوزراء استقالته.", "سامي حداد رئيس", "سامي حداد"),
        # "Layla Mansour, the health minister, said the vaccine is safe" (a feminine role, complement inside)
        ("وقالت ليلى منصور وزيرة الصحة إن اللقاح آمن.", "ليلى منصور وزيرة الصحة", "ليلى منصور"),
        # "John Miller, the defendant's lawyer, defended his client"
        ("ودافع جون ميلر محامي المتهم عن موكله.", "جون ميلر محامي", "جون ميلر"),
        # "Samer Haddad, the president's son, said he will run": a kin word in apposition
        ("وقال سامر حداد نجل الرئيس إنه سيترشح.", "سامر حداد نجل", "سامر حداد"),
        # "Mazen Farid, the president's adviser, stressed that the talks go on"
        ("وأكد مازن فريد مستشار الرئيس أن المفاوضات مستمرة.", "مازن فريد مستشار", "مازن فريد"),
        # "the king received his guest Hamad bin Khalifa, emir of Qatar": أمير is also a given name, so it is
        # cut only before a complement a role takes (a country here)
        ("استقبل الملك ضيفه حمد بن خليفة أمير قطر.", "حمد بن خليفة أمير", "حمد بن خليفة"),
        # "Adel Nasser, the army commander, said the forces are ready": قائد الجيش is a listed title
        ("وقال عادل ناصر قائد الجيش إن القوات مستعدة.", "عادل ناصر قائد", "عادل ناصر"),
        # "Tariq Salim, aged sixty, said he is innocent": البالغ "aged" describes him
        ("وقال طارق سليم البالغ من العمر ستين عاما إنه بريء.", "طارق سليم البالغ", "طارق سليم"),
        # "the party mourned its late secretary general Salim Awad"
        ("ونعى الحزب أمينه العام الراحل سليم عواد.", "الراحل سليم عواد", "سليم عواد"),
        # "the former minister Nabil Shukri said the crisis will be long"
        ("وقال الوزير السابق نبيل شكري إن الأزمة طويلة.", "السابق نبيل شكري", "نبيل شكري"),
        # "the president met the Italian writer Marco Rossi": a nationality adjective before the name
        ("والتقى الرئيس بالكاتب الإيطالي ماركو روسي.", "الإيطالي ماركو روسي", "ماركو روسي"),
        # "the South Korean minister Choi Sang-min arrived in Tokyo": a nationality of two words
        (
            "ووصل الوزير الكوري الجنوبي تشوي سانغ مين إلى طوكيو.",
            "الكوري الجنوبي تشوي سانغ مين",
            "تشوي سانغ مين",
        ),
        # "the police arrested one Salem Faraj yesterday"
        ("واعتقلت الشرطة المدعو سالم فرج أمس.", "المدعو سالم فرج", "سالم فرج"),
        # "according to the retired general Yoav Beldori, the attack failed": the model stopped at the given
        # name; cut of its descriptor, it takes the rare surname after it (entity_tails.grow_rare_surname)
        ("وحسب اللواء المتقاعد يوآف بيلدوري، فإن الهجوم فشل.", "المتقاعد يوآف", "يوآف بيلدوري"),
    ],
)
def test_describing_words_at_a_persons_edges_are_cut(text: str, tagged: str, name: str) -> None:
    assert _names(text, tagged) == [("PER", name)]


@pytest.mark.parametrize(
    ("text", "tagged", "label"),
    [
        # "Beji Caid Essebsi declared that the elections are on time": قائد is a word of his name
        ("وصرح الباجي قائد السبسي بأن الانتخابات في موعدها.", "الباجي قائد السبسي", "PER"),
        # "Faisal Qaid al-Humaidi said the committee met": قائد before a family name is a name word
        ("وقال فيصل قائد الحميدي إن اللجنة اجتمعت.", "فيصل قائد الحميدي", "PER"),
        # "Ibrahim Amin al-Salih said prices rose": أمين is a given name here
        ("وقال إبراهيم أمين الصالح إن الأسعار ارتفعت.", "إبراهيم أمين الصالح", "PER"),
        # "Muhammad Amir al-Khatib stressed that the team is ready": أمير before a family name
        ("وأكد محمد أمير الخطيب أن الفريق جاهز.", "محمد أمير الخطيب", "PER"),
        # "the Presidency of the Republic issued a statement", "the cabinet approved the plan": bodies
        ("أصدرت رئاسة الجمهورية بيانا.", "رئاسة الجمهورية", "ORG"),
        ("وافق مجلس الوزراء على الخطة.", "مجلس الوزراء", "ORG"),
        # "Cheb Khaled sang a new song": الشاب "the young" is his stage name's first word
        ("غنى الشاب خالد أغنية جديدة.", "الشاب خالد", "PER"),
        # "al-Tayyib al-Bakkush said", "al-Arabi Zitouni said": given names written with ال (العربي is no
        # country's adjective)
        ("وقال الطيب البكوش إن الاجتماع مهم.", "الطيب البكوش", "PER"),
        ("وقال العربي زيتوني إن الاجتماع مهم.", "العربي زيتوني", "PER"),
        # "Hasan Abd al-Maruf said the army is ready": المعروف "the known" after عبد is a word of the name
        ("وقال حسن عبد المعروف إن الجيش جاهز.", "حسن عبد المعروف", "PER"),
        # "Fatima bint Muhammad said the school opened": بنت "daughter of" links the name
        ("وقالت فاطمة بنت محمد إن المدرسة افتتحت.", "فاطمة بنت محمد", "PER"),
        # "Ahmad al-Asir said his supporters are angry": الأسير "the prisoner" is his family name
        ("وقال أحمد الأسير إن أنصاره غاضبون.", "أحمد الأسير", "PER"),
    ],
)
def test_name_words_that_look_like_roles_or_descriptors_stay(text: str, tagged: str, label: str) -> None:
    assert _names(text, tagged, label) == [(label, tagged)]
