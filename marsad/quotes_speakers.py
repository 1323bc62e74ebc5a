"""The words and tests a speaker's subject phrase is read with: where the phrase ends (`ends_subject`),
title words (`is_title`), complementizers, source and non-source heads, and the `Subject` it yields.

The reading itself (the phrase after a reporting verb, resolved to an entity, an unnamed source or none) is
marsad.quotes_subjects; a subject before the verb (SVO) is read by marsad.quotes_preverbal.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.arabic import fold, folded_words
from marsad.article import Entity
from marsad.attribution import OutletMatch, match_outlet
from marsad.lexicons import titles
from marsad.quotes_anonymity import in_anonymity
from marsad.quotes_lexicon import COMPLEMENTIZER, load
from marsad.quotes_view import QUOTE_CHARS, View

RELATIVES = folded_words("الذي التي الذين اللذين اللتين اللذان اللتان اللواتي")  # relative pronouns

MAX_SUBJECT = 8  # words: a long title and a four-part name (الأمين العام للأمم المتحدة أنطونيو غوتيريش)

# Heads of unnamed sources (folded): the speaker is not an entity but these words.
UNNAMED = folded_words(
    "مسؤول مسؤولة مسؤولون مسؤولين مسئول مسئولون مسئولين مصدر مصادر شهود شاهد متحدث ناطق محللون "
    "محلل خبراء خبير مراقبون مراسل مراسلة مراسلو مراسلون مراسلين دبلوماسي دبلوماسيون دبلوماسيين "
    "سكان ناشطون ناشط ناشطين مسعفون مسعفين "
    "أطباء طبيب مقربون مقربين موظف موظفون عضو أعضاء نواب نائب قادة قائد ضابط ضباط مواطنون "
    "مراقبين محللين مصدرين مصدران شخص شخصين شخصان أشخاص مواطنين"
)
# Social platforms are where words were posted, not who posted them: an entity named by one is no
# pro-dropped verb's speaker (وأعلنت على موقع انستغرام وقالت، وهاجم الإعلام على تويتر، قائلا; session 9).
_PLATFORMS = folded_words("تويتر فيسبوك يوتيوب إنستغرام انستغرام إنستجرام انستجرام تلغرام تيليغرام واتساب")


def is_platform(entity: Entity) -> bool:
    """The entity is a social platform (فيس بوك read as one word)."""
    return fold(entity.name.replace(" ", "")).removeprefix("ال") in _PLATFORMS


# Relations of a person (folded, with and without ال): a subject headed by one speaks for itself, and a
# name in its genitive is whose relation it is (محامي عائلة خاشقجي: the lawyer, not Khashoggi). Followers,
# critics and allies likewise (أنصار الرئيس X، منتقدو X: the group speaks, unnamed; session 8, ANT dev).
RELATIONS = folded_words(
    "محامي محامية محامو محامون زوجة زوج شقيق شقيقة والد والدة عائلة أسرة أقارب نجل نجلة أرملة صديق "
    "أصدقاء جيران مساعدي مساعدو مستشاري مستشارو أنصار مناصرو مناصري مؤيدو مؤيدي معارضو معارضي منتقدو "
    "منتقدي حلفاء خصوم أتباع",
    article=True,
)
# Words that end a subject phrase (folded): prepositions, relatives, time words, demonstratives (برر
# رئيسة المحكمة هذا القرار: the object follows the subject), ل with a pronoun (وقال لها: "…": to whom,
# never who; session 9), ما "what" (ووصفت ما حدث بأنه: the object, never a speaker; session 9) and adverbs of
# focus (وتحدث خصوصا عن "…": how it was said; the dropped subject is the speaker before; session 21, dev5).
STOPS = folded_words(
    "في من مع خلال عن على إلى أمام عبر لدى حول عقب بعد قبل أثناء منذ حيث الذي التي الذين اللذين "
    "اللتين اللواتي أمس اليوم مساء صباح ظهر ليل يوم الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت "
    "الأحد مؤخرا أيضا كذلك بدوره بدورها لاحقا قول لم لن لا ردا رداً تعليقا تعقيبا وهو وهي "
    "هذا هذه ذلك تلك هؤلاء مرارا مجددا سابقا تكرارا له لها لهم لهما لهن لنا لي لك لكم ما نحو تجاه "
    "خصوصا تحديدا "
    # "when, upon" open an adverbial clause after the subject (وقال المدرب عند سؤاله عما إذا كان X …: X is
    # in the clause, not the speaker; session 22)
    "عند عندما حين حينما إثر"
)
# Documents, results, polls and statistics are not speakers (bench/gold/QUOTES.md: ينص الدستور، حسب
# النتائج، أشارت استطلاعات الرأي، كما تفيد الإحصاءات): a subject headed by one makes no quote.
NON_SOURCES = folded_words(
    "نتائج نتيجة استطلاع استطلاعات إحصاءات إحصائيات أرقام تقديرات دستور قانون تقويم جدول مسودة نص بنود مادة "
    "تصنيف قرار قرارات مقررات تسلسل نشرة عريضة لائحة طريقة قيمة مستويات معايير قواعد شروط أحكام اتفاق "
    "اتفاقية خطة "
    # slogans and banners chanted or carried (مرددين هتافات تطالب برحيل …: the lead's m3, session 15)
    "هتاف هتافات شعار شعارات لافتة لافتات",
    article=True,
)

# مما "which" before a verb makes a fact its subject (…، مما يشير إلى أن): no one's quote.
_WHICH = frozenset({"مما", "ومما"})


def fact_before(view: View, i: int) -> bool:
    """The word before the verb at i is its subject and no source: مما "which" (a fact), or a non-source noun
    with no relative pronoun (هتافات تطالب برحيل …، لافتات تدعو إلى: slogans; the lead's m3, session 15)."""
    return view.tokens[i - 1].folded in _WHICH or view.has(i - 1, NON_SOURCES) is not None


# Whom a statement is made to (قال للصحفيين): with ل, they end the subject phrase.
ADDRESSEES = folded_words(
    "الصحفيين صحفيين الصحافيين صحافيين الصحافة صحافة المراسلين مراسلين الصحفيون الإعلام "
    "أنصاره أنصارها مؤيديه الحضور الجمهور الناخبين"
)
# A spokesperson's head word: with باسم/بلسان after it, the next words name whom it speaks for.
SPOKESPERSON = frozenset(f for w in ("متحدث", "متحدثة", "ناطق", "ناطقة") for f in (fold(w), "ال" + fold(w)))
ON_BEHALF = frozenset({"باسم", "بلسان"})
# Forms of كان that put the subject before the verb (وكانت بريطانيا حذرت …).
KANA = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"})
# لكنّ, a sister of إنّ, also opens a clause with its subject first (لكن محللين عسكريين يرون أن …).
# A أن after these is not a reporting complement (بعد أن "after", يمكن أن "can", لأن "because").
NOT_REPORT_BEFORE = frozenset(
    fold(w) for w in ("بعد", "قبل", "دون", "منذ", "حتى", "يمكن", "يجب", "ينبغي", "يتعين", "من")
)

# Adverbs of manner after a reporting verb (وقالت مازحة، وأضاف ضاحكا): how it was said, never who said it;
# the feminine forms end in ة, so the participle test in ends_subject misses them (session 10).
_MANNER = folded_words(
    "مازحة ممازحة مازحا ساخرة ساخرا ضاحكة ضاحكا مبتسمة مبتسما متهكمة متهكما متسائلة متسائلا"
)


_BEFORE_AFTER = frozenset(fold(w) for w in ("قبل", "بعد"))


@dataclass(frozen=True, slots=True)
class Subject:
    """A verb's subject: entity, outlet, unnamed, anaphor, nonsource or none; `end` the token after it."""

    kind: str
    end: int
    entity: Entity | None = None
    text: str | None = None
    outlet: OutletMatch | None = None


def is_complementizer(view: View, i: int) -> bool:
    """Token i is أن/إن (also بأن، أنه، إنها), and not لأن "because", كأن "as if" nor بعد أن "after"."""
    if i >= view.n or COMPLEMENTIZER not in view.keys(i):
        return False
    if view.text[view.tokens[i].start - 1 : view.tokens[i].start] == ".":
        return False  # a letter of an abbreviation (سي.إن.إن), not إن
    if view.text[view.tokens[i].end : view.tokens[i].end + 1] == ".":
        return False  # its first letter (إن.بي.سي، إن.إتش.كيه: NBC, NHK), not إن
    if _because_or_as_if(view, i):
        return False
    if i + 1 < view.n and view.tokens[i + 1].folded.startswith("وال"):
        return False  # مون جيه إن والزعيم: a name's last word; إن takes no conjoined noun as its subject
    if i > 1 and view.tokens[i - 2].folded == "من" and view.has(i - 1, _BEFORE_AFTER):
        # وقالت مالطا من قبل إنها: من قبل "previously" is an adverb; إن (not أن: من قبل أن "before")
        return view.text[view.tokens[i].start : view.tokens[i].end].lstrip("وف").startswith("إ")
    if i > 0 and view.tokens[i - 1].folded.lstrip("و") in _FROM_PRONOUN:
        # منها إن: "from it" ends a phrase (التي حصلت الصحيفة على نسخة منها إن); إن as spelled, not أن
        # (أكثر منها أن "more than that" is no report; session 15)
        return view.text[view.tokens[i].start : view.tokens[i].end].lstrip("وف").startswith("إ")
    return not (i > 0 and view.has(i - 1, NOT_REPORT_BEFORE))


_FROM_PRONOUN = frozenset(fold(w) for w in ("منه", "منها", "منهم", "منهما", "منهن"))


def _because_or_as_if(view: View, i: int) -> bool:
    """The أن at token i is لأن "because" or كأن(ه) "as if"."""
    return view.tokens[i].folded.lstrip("وف").startswith("ل") or "ك" in view.tokens[i].prefixes


def that_after_from(view: View, i: int) -> bool:
    """Token i is أن right after من (حذر من أن), not لأن nor كأن: is_complementizer refuses it after من
    only for بدلا من أن / أكثر من أن; the callers decide whether the من is a verb's."""
    if not 0 < i < view.n or COMPLEMENTIZER not in view.keys(i):
        return False
    return view.tokens[i - 1].folded.lstrip("وف") == "من" and not _because_or_as_if(view, i)


def has_prefix(view: View, i: int, letter: str) -> bool:
    """Token i carries the proclitic `letter` (from the segmenter, or a glued lone letter)."""
    if letter == "ل" and view.root_lam(i):
        return False  # لجان المقاومة: the committees, not ل + جان
    return letter in view.tokens[i].prefixes


def ends_subject(view: View, i: int, lo: int, glued: bool = False) -> bool:
    """Token i ends a subject phrase that began at token lo; `glued`: the phrase's first word carries the
    ل of an attribution cue (وفقا لمصادر عسكرية), which is no addressee."""
    if view.word(i)[0] == "#" and len(view.word(i)) > 1:
        return False  # a hashtag is a word here (المتحدثة باسم #الخارجية_الروسية ماريا زاخاروفا)
    if view.punct(i) or view.word(i) in QUOTE_CHARS or view.word(i) in ("ل", "ب"):
        return True
    if i > lo and i in view.covered and view.covered.get(i - 1) is view.covered[i]:
        return False  # never cut inside a name
    if is_complementizer(view, i) or view.has(i, load().verbs):
        return True
    if i > lo and in_anonymity(view, i):
        return True  # مسؤول رفض الكشف عن اسمه: the source's anonymity formula (quotes_anonymity)
    if _at_body_then_name(view, i, lo):
        return False  # نائب المدير في الأمم المتحدة X: the title's body, then the name
    if view.has(i, STOPS) and not (i in view.mention_at and view.mention_at[i][0].label == "PER"):
        return True  # not a person's name that folds like a stop (علي → على "on"; the lead's q2, session 15)
    if "ك" in view.tokens[i].prefixes and COMPLEMENTIZER in view.keys(i):
        return True  # وكأنه "as if": a clause on the subject or object, not part of it
    # وقال مخاطبا ترامب، وتابع ممازحا: an accusative participle or adverb is no subject; not مراسلنا "our
    # correspondent" (نا "our"), nor a name the NER missed right before إن (الوزيرة موشوبيكوا إن).
    word = view.tokens[i].folded
    if word in _MANNER:
        return True  # وقالت مازحة "she said, joking": the feminine accusative lacks the participle's alif
    participle = len(word) >= 5 and word[0] == "م" and word[-1] == "ا" and not word.endswith("نا")
    if participle and i not in view.covered and not is_complementizer(view, i + 1):
        return True
    if i > lo and view.tokens[i - 1].folded.lstrip("وف") in _IN_CHARGE:
        return False  # القائم بالأعمال، المكلف بملف …: "in charge of" takes its ب object in the title
    if has_prefix(view, i, "ب") and view.tokens[i].folded not in ON_BEHALF and i not in view.mention_at:
        return True  # بيان، بحسب …; a name the segmenter split (باشليه → ب + اشليه) is a mention
    # لرويترز، للصحفيين: an outlet or the addressee. Right after the verb any ل-word that is not a name
    # (لبنان is a mention); further on only an addressee word, since titles take ل (الأمين العام للأمم).
    if not has_prefix(view, i, "ل") or (glued and i == lo):
        return False
    if match_outlet(view, i) is not None:
        return True
    return (i == lo and i not in view.mention_at) or view.has(i, ADDRESSEES) is not None


_AT = fold("في")


def _at_body_then_name(view: View, i: int, lo: int) -> bool:
    """Token i is في in a subject opening on a title, an ORG mention right after it and a PER mention right
    after that (وقال نائب المفوض في الأمم المتحدة X: "the deputy commissioner at the UN, X"; session 26)."""
    if view.tokens[i].folded != _AT or i <= lo or not is_title(view, lo):
        return False
    body = view.mention_at.get(i + 1)
    if body is None or body[0].label != "ORG":
        return False
    name = view.mention_at.get(body[1] + 1)
    return name is not None and name[0].label == "PER"


# Definite participles "in charge of" whose ب object belongs to the title (القائم بالأعمال, chargé).
_IN_CHARGE = frozenset(fold(w) for w in ("القائم", "المكلف", "المكلفة", "القائمة"))


def is_title(view: View, i: int) -> bool:
    """Token i is a title word (وزير، الرئيس، المتحدث، شيخ) in the titles lexicon, with or without ال, or
    "chief" in construct with a definite plural (كبير المفاوضين، كبيرة الباحثين)."""
    known = titles()
    if view.has(i, known) is not None or any("ال" + key in known for key in view.keys(i)[:2]):
        return True
    if any(key.removeprefix("ال") in _DELEGATE for key in view.keys(i)[:2]):
        return True  # مندوب "delegate" (المندوب الروسي), مفوض "commissioner": titles the lexicon lacks
    if view.tokens[i].folded.lstrip("وف") in _IN_CHARGE and i + 1 < view.n and has_prefix(view, i + 1, "ب"):
        return True  # القائم بالأعمال "chargé d'affaires", المكلف بالملف: a title with its ب object
    if view.tokens[i].folded not in _CHIEF or i + 1 >= view.n:
        return False
    after = view.tokens[i + 1].folded
    return after.startswith("ال") and after.endswith(("ين", "ون"))


def two_word_title(view: View, i: int) -> bool:
    """Tokens i, i+1 are a two-word title of the lexicon whose first word alone is none (المدعي العام
    "public prosecutor", النائب العام)."""
    if i + 1 >= view.n:
        return False
    known = titles()
    return any(f"{key} {view.tokens[i + 1].folded}" in known for key in view.keys(i)[:2])


_DELEGATE = folded_words("مندوب مندوبة مفوض مفوضة") | {"مندوب", "مفوض"}


# كبير "chief" heads a title only before a definite plural (كبير المفاوضين، كبير المستشارين); elsewhere it
# is the adjective "big, senior" (مسؤول كبير). Quotes only: the titles lexicon (roles, actors) keeps out.
_CHIEF = folded_words("كبير كبيرة")


# A person a body or a place is named after (مركز الملك سلمان للإغاثة، جامعة الملك سعود، مطار الملك خالد):
# the NER tags the person, who is no speaker there (session 12: the participles of مركز الملك سلمان's
# officials went to سلمان).
_EPONYM_HEADS = folded_words(
    "مركز مؤسسة جامعة مستشفى مدينة جائزة مطار شارع قاعدة مجمع صندوق كلية معهد مسجد جامع ميناء ملعب استاد",
    article=True,
)
_HONORIFICS = folded_words("الملك الأمير الشيخ الإمام السلطان")


def eponym(view: View, k: int) -> bool:
    """The mention at token k names the person a body or place is named after: a head noun of one right
    before it, or before an honorific before it (مركز الملك سلمان)."""
    j = k - 1
    if j >= 0 and view.has(j, _HONORIFICS) and not view.tokens[k].folded.startswith("ال"):
        j -= 1
    return j >= 0 and view.has(j, _EPONYM_HEADS) is not None
