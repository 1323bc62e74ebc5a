"""Context profiles of news word types for the NER CRF: a gazetteer learnt from unlabelled news.

`python -m train.ner_profiles` reads ANT v2.1 (Apache-2.0) except the gold articles (`--skip
gold-docnos`, the default: every line whose `docno` is a docno of `train.clusters.gold_files()`,
bench/gold/entities.jsonl and every quotes*.jsonl, read as data; rows 41-48 left out only those of
quotes.jsonl and entities.jsonl; `--skip gold-lines`: the range `train.data.GOLD_LINES`, rows 34-37),
tokenised as `train.clusters` does (folded words, clitics attached),
and counts for each word type how its occurrences are framed by cue words of Arabic news usage:
a person title or a reporting verb on its left (الرئيس، قال), a place cue (في، مدينة) or an
organisation head (حزب، وزارة), a person title two words back (the family name after a given
name), بن/ابن or a reporting verb on its right, and whether the occurrence sits in a word
bigram that news repeats. Each share is quantised into a few classes and written, with the
type's count class and its most frequent cue class, to `marsad/models/ner/profiles.tsv`
(folded word TAB space-joined features) with `profiles.json` (what it was built from).
A name absent from ANERcorp train but frequent in ANT ("X" after الرئيس in news) gets the
same features as the training names framed alike. The 1,000 most frequent words and words with
the article get none (common nouns). Deterministic (counts, no sampling; the same build twice gave
the same profiles.tsv byte for byte). Measured in MODEL.md (round 7, rows 34-41): above the shipped CRF
on dev and test.txt from all lines but the gold articles (row 41), but below the floors of AQMAR and
Wojood LOC and of the entities and quotes gold sets, so not part of it (`python -m train.ner --profiles`).
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from marsad.arabic import folded_words
from train.clusters import Skipped, ant_sentences
from train.data import ANT, GOLD_LINES, shared_dir

MODEL_DIR = Path(__file__).resolve().parents[1] / "marsad" / "models" / "ner"
# ANT v1.1 (JawharaFM, Tunisia, 2017; Apache-2.0): more unlabelled news, no gold lines in it.
ANT_V1 = Path("corpora") / "ant_v1.1" / "ant_v1.1_jawharafm.jsonl"
ANT_V1_ON = 0
SKIP_MODES = ("gold-docnos", "gold-lines")


# Cue words, written as in news and folded. Person titles (with and without the article:
# "President", "Minister", "Mr", "Sheikh", "Dr", "Major General" ...).
PER_TITLES = folded_words(
    "الرئيس رئيس الرئيسة وزير الوزير وزيرة الوزيرة السيد السيدة الشيخ الشيخة الدكتور الدكتورة د "
    "اللواء العميد العقيد المقدم الرائد الفريق المشير الجنرال الأمير الأميرة الملك الملكة "
    "النائب النائبة الزعيم الأستاذ المهندس القاضي الحاج الإمام البابا المرشد السفير السفيرة "
    "الكاتب الكاتبة الفنان الفنانة اللاعب اللاعبة المدرب الشاعر الصحفي الصحفية النجم النجمة "
    "المخرج الممثل الممثلة المطرب المطربة السيناتور المستشار المستشارة الأمين المبعوث "
    "المتحدث الناطق المحامي المدير المديرة الرئيس التنفيذي نائب مستشار المستشار الداعية "
    "الرياضي المهاجم المدافع الحارس الشهيد المعارض الناشط الناشطة البروفيسور القائد"
)
# Reporting and statement verbs before their subject (VSO order: قال أوباما "Obama said").
REPORT_VERBS = folded_words(
    "قال قالت أكد أكدت أوضح أوضحت أضاف أضافت أعلن أعلنت صرح صرحت ذكر ذكرت أشار أشارت دعا دعت "
    "طالب طالبت حذر حذرت شدد شددت اعتبر اعتبرت رأى رأت كشف كشفت نفى نفت أعرب أعربت التقى التقت "
    "استقبل استقبلت زار زارت وصف وصفت هاجم هاجمت انتقد انتقدت يقول تقول يرى ترى"
)
# Place cues: prepositions of place and place heads ("in", "to", "city", "province", "capital", "north").
LOC_CUES = folded_words(
    "في إلى من مدينة محافظة عاصمة العاصمة شمال جنوب شرق غرب شمالي جنوبي شرقي غربي ولاية إقليم "
    "منطقة بلدة قرية مخيم حي بلاد دولة جمهورية سفارة وسط ضواحي أنحاء داخل حدود مطار ميناء جزيرة"
)
# Organisation heads ("party", "movement", "ministry", "company", "university", "council", "front").
ORG_CUES = folded_words(
    "حزب حركة وزارة شركة جامعة منظمة مجلس جبهة هيئة جمعية مؤسسة اتحاد نادي فريق بنك مصرف وكالة "
    "صحيفة قناة مركز تنظيم جماعة تحالف ائتلاف منتدى معهد مجموعة لجنة محكمة رابطة نقابة مستشفى "
    "برنامج مصنع صندوق"
)
# Right neighbours: "son/daughter of" in a person's full name.
SON_OF = folded_words("بن ابن بنت")
CLASSES = ("per", "per2", "verb", "loc", "org", "son", "rverb", "rep")
# A type needs this many occurrences outside the gold lines to get a profile.
MIN_COUNT = 3
# A bigram (two word tokens) counts as a repeated sequence when news has it this often and neither
# word is among the most frequent news words (function words make frequent bigrams of no name).
REP_COUNT = 8
STOP_RANK = 300
# Word types among this many most frequent get no profile (nor do words with the article).
PROFILE_RANK = 1000
# Word bigrams (full names) seen at least this often get a profile too; 0: none (MODEL.md, round 7).
BIGRAM_MIN = 0
# Shares to classes: 1 below 10 %, 2 below 30 %, 3 above; below 3 %: no feature (0).
SHARE_BINS = (0.03, 0.1, 0.3)
# Count classes: 3-9, 10-99, 100-999, 1000+ occurrences.
COUNT_BINS = (10, 100, 1000)
# A type's top cue class is named when its share is at least this.
TOP_SHARE = 0.05
# Feature key per class (the CRF attributes are `z?=bin`); all start with z, which no other
# feature group uses, so the loader can tell a profile-trained CRF by its attributes.
KEYS = {
    "per": "zp",
    "per2": "zq",
    "verb": "zv",
    "loc": "zl",
    "org": "zo",
    "son": "zb",
    "rverb": "zr",
    "rep": "zm",
}


def is_word(tok: str) -> bool:
    """A letter token (not digits or punctuation)."""
    return tok.isalpha()


def is_nisba(tok: str) -> bool:
    """A definite nisba adjective (الأمريكي "the American"), which stands between a title and a name."""
    return len(tok) > 4 and tok.startswith("ال") and (tok.endswith("ي") or tok.endswith("يه"))


def cue(tok: str, cues: frozenset[str]) -> bool:
    """`tok` is a cue word, or one with the conjunction و/ف in front (والرئيس "and the President")."""
    return tok in cues or (len(tok) > 2 and tok[0] in "وف" and tok[1:] in cues)


def count(
    read: Callable[[], Iterable[list[str]]], bigram_min: int = 0, profile_rank: int | None = None
) -> tuple[dict[str, list[int]], dict[str, list[int]], int]:
    """Two passes over `read()`'s paragraphs: bigram counts, then per type its cue counts (CLASSES order).

    With `bigram_min`, word bigrams seen that often (neither word a stop word) get the same
    counts, the cues taken left of the first word and right of the second (full names). The
    `profile_rank` (default PROFILE_RANK) most frequent word types get no profile; 0: every type may.
    """
    words: Counter[str] = Counter()
    bigrams: Counter[str] = Counter()
    for toks in read():
        words.update(toks)
        for a, b in itertools.pairwise(toks):
            if is_word(a) and is_word(b):
                bigrams[a + " " + b] += 1
    stop = {w for w, _ in words.most_common(STOP_RANK)}
    repeated = {bg for bg, n in bigrams.items() if n >= REP_COUNT and not stop.intersection(bg.split(" "))}
    pairs: dict[str, list[int]] = {}
    if bigram_min:
        pairs = {
            bg: [0] * (len(CLASSES) + 1)
            for bg, n in bigrams.items()
            if n >= bigram_min and not stop.intersection(bg.split(" "))
        }
    del bigrams
    # Frequent words and words with the article get no profile: the CRF knows them by their own
    # features, and most are common nouns, whose frames (وزير الخارجية: after a title) mislead.
    rank = PROFILE_RANK if profile_rank is None else profile_rank
    common = {w for w, _ in words.most_common(rank)} if rank else set()
    prof: dict[str, list[int]] = {}
    tokens = 0
    for toks in read():
        n = len(toks)
        tokens += n
        for i, t in enumerate(toks):
            right = toks[i + 1] if i + 1 < n else ""
            if pairs and right:
                pair = pairs.get(t + " " + right)
                if pair is not None:
                    frame(pair, toks, i, i + 1)
            if words[t] < MIN_COUNT or not is_word(t) or t in common or t.startswith("ال"):
                continue
            row = prof.get(t)
            if row is None:
                row = prof[t] = [0] * (len(CLASSES) + 1)
            frame(row, toks, i, i)
            # A title two words back (the family name after a given name), when none frames the word itself.
            prev = toks[i - 1] if i >= 1 else ""
            if is_word(prev) and not prev.startswith("ال") and not titled(toks, i) and titled(toks, i - 1):
                row[2] += 1
            if (i > 0 and toks[i - 1] + " " + t in repeated) or (right and t + " " + right in repeated):
                row[8] += 1
    return prof, pairs, tokens


def titled(toks: list[str], k: int) -> bool:
    """A person title frames position k: just before it, after a nisba adjective, or after a
    title's complement (وزير الخارجية "Minister of Foreign Affairs", الرئيس الأمريكي "the US President")."""
    j = k - 1
    if j >= 0 and is_nisba(toks[j]):
        j -= 1
    if j < 0:
        return False
    if cue(toks[j], PER_TITLES):
        return True
    return j >= 1 and toks[j].startswith("ال") and cue(toks[j - 1], PER_TITLES)


def frame(row: list[int], toks: list[str], first: int, last: int) -> None:
    """Add one occurrence of toks[first:last + 1] (a word, or a bigram's two) and its left and right
    cues to `row` (the classes per, verb, loc, org, son and rverb)."""
    row[0] += 1
    j = first - 1
    if j >= 0 and is_nisba(toks[j]):
        j -= 1
    left = toks[j] if j >= 0 else ""
    if titled(toks, first):
        row[1] += 1
    if cue(left, REPORT_VERBS):
        row[3] += 1
    if cue(left, LOC_CUES):
        row[4] += 1
    if cue(left, ORG_CUES) or (left.startswith("ال") and left[2:] in ORG_CUES):
        row[5] += 1
    right = toks[last + 1] if last + 1 < len(toks) else ""
    if right in SON_OF:
        row[6] += 1
    if right in REPORT_VERBS:
        row[7] += 1


def share_class(k: int, n: int) -> int:
    """0 below the first of SHARE_BINS, else 1-3 by the share k / n."""
    s = k / n
    return sum(s >= b for b in SHARE_BINS)


def features(row: list[int], top_share: float | None = None) -> list[str]:
    """A type's profile as CRF attributes: count class, one class per cue share, the top cue class."""
    n = row[0]
    out = ["zn=" + str(sum(n >= b for b in COUNT_BINS))]
    for cls, k in zip(CLASSES, row[1:], strict=True):
        c = share_class(k, n)
        if c:
            out.append(f"{KEYS[cls]}={c}")
    top = max(range(len(CLASSES) - 1), key=lambda c: (row[1 + c], -c))
    if row[1 + top] >= 2 and row[1 + top] / n >= (TOP_SHARE if top_share is None else top_share):
        out.append("zt=" + CLASSES[top])
    return out


def left_out(mode: str) -> tuple[Skipped, range]:
    """What a `--skip` mode leaves out of ANT, counted per pass: `gold-docnos` the articles of every gold
    set (`train.clusters.gold_files()`, as train.clusters and train.ner_lm), `gold-lines` a line range."""
    if mode == "gold-docnos":
        return Skipped(), range(0)
    return Skipped([]), GOLD_LINES


def main() -> None:
    """Count the profiles over ANT and write profiles.tsv and profiles.json."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    ap.add_argument("--ant-v1", type=int, default=ANT_V1_ON, help="also read ANT v1.1 (1/0)")
    ap.add_argument(
        "--bigrams", type=int, default=BIGRAM_MIN, help="profile word bigrams seen this often (0: none)"
    )
    ap.add_argument(
        "--profile-rank",
        type=int,
        default=PROFILE_RANK,
        help="the most frequent word types left without a profile (0: none left out)",
    )
    ap.add_argument(
        "--top-share", type=float, default=TOP_SHARE, help="least share of a type's top cue for zt= (yt=)"
    )
    ap.add_argument(
        "--skip",
        choices=SKIP_MODES,
        default=SKIP_MODES[0],
        help="ANT lines left out: the gold sets' articles by docno, or the range train.data.GOLD_LINES",
    )
    args = ap.parse_args()
    t0 = time.time()
    path = shared_dir() / ANT
    v1 = shared_dir() / ANT_V1
    skipped, lines_skip = left_out(args.skip)
    per_file, docnos = skipped.per_file, skipped.docnos

    def read() -> Iterator[list[str]]:
        yield from ant_sentences(path, skipped, lines_skip)
        if args.ant_v1:
            # No gold set is drawn from ANT v1.1: all of its lines.
            yield from ant_sentences(v1)

    prof, pairs, tokens = count(read, args.bigrams, args.profile_rank)
    args.out.mkdir(parents=True, exist_ok=True)
    # Bigram keys hold a space; their attributes start with y (the loader gives them B/I positions).
    lines = [w + "\t" + " ".join(features(prof[w], args.top_share)) for w in sorted(prof)]
    lines += [
        bg + "\t" + " ".join("y" + f[1:] for f in features(pairs[bg], args.top_share)) for bg in sorted(pairs)
    ]
    (args.out / "profiles.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.skip == "gold-docnos":
        ant_use = (
            f"all lines but the {skipped.lines} lines of the {len(docnos)} gold articles"
            f" (docnos of {', '.join(per_file)})"
        )
        missing = sorted(docnos - skipped.met)
    else:
        ant_use = f"lines outside {GOLD_LINES.start}-{GOLD_LINES.stop - 1} (train.data.GOLD_LINES)"
        missing = []
    manifest = {
        "files": {
            str(ANT): ant_use,
            **({str(ANT_V1): "all lines (JawharaFM, Apache-2.0)"} if args.ant_v1 else {}),
        },
        "skip": {
            "mode": args.skip,
            "lines": skipped.lines,
            "gold_files": {f: len(d) for f, d in per_file.items()},
            "docnos": len(docnos),
            "docnos_not_in_ant": missing,
        },
        "tokens": tokens,
        "types": len(prof),
        "bigrams": len(pairs),
        "bigram_min": args.bigrams,
        "min_count": MIN_COUNT,
        "rep_count": REP_COUNT,
        "stop_rank": STOP_RANK,
        "profile_rank": args.profile_rank,
        "share_bins": SHARE_BINS,
        "count_bins": COUNT_BINS,
        "top_share": args.top_share,
        "seconds": round(time.time() - t0),
    }
    (args.out / "profiles.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"wrote {len(lines)} profiles from {tokens} tokens in {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
