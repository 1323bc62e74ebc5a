"""Where words were posted: an على that names a platform, not a reporting verb's complement.

أكد، شدد and حث take their content after على (أكد على ضرورة الحوار "stressed the need for dialogue"), but على
also says where a statement was posted (أكد الوزير … على تويتر أن …، "on Twitter"). Read as the
complement, the platform became the content (an indirect quote "تويتر") and the marked words or the أن-clause
after it were lost (session 30, found on ANT news). `platform_on` tells the two apart: على right after a noun
of posting (في تغريدة على، عبر حسابه على) or right before a platform or an account (على تويتر، على صفحته).
"""

from __future__ import annotations

from marsad.arabic import fold, folded_words
from marsad.quotes_view import View

_ON = fold("على")
# Nouns of a post or an account, with their pronoun forms (folded; ة before a pronoun is ت): "a tweet",
# "a post", "a blog post", "his account", "his page" (تغريدة، تغريدات، تدوينة، منشور، حساب، صفحة).
POSTS = folded_words(
    "تغريدة تغريدات تغريدته تغريدتها تغريداته تغريداتها تدوينة تدوينته تدوينتها منشور منشورا منشورات "
    "منشوره منشورها حساب حسابه حسابها حسابهم صفحة صفحته صفحتها صفحتهم",
    article=True,
)
# Platforms and accounts after على (folded): Twitter, Facebook, Instagram, YouTube, Telegram, the internet,
# his/her account, page or site (تويتر، فيسبوك، إنستغرام، يوتيوب، تلغرام، الإنترنت، حسابه، صفحته، موقعه).
PLATFORM_NAMES = folded_words("تويتر تويتير فيسبوك فايسبوك إنستغرام إنستجرام يوتيوب تلغرام تيليغرام")
PLATFORMS = PLATFORM_NAMES | folded_words(
    "الإنترنت حسابه حسابها حسابهم صفحته صفحتها صفحتهم موقعه موقعها موقعهم"
)


def platform_on(view: View, j: int) -> bool:
    """Token j is على naming where words were posted: after a noun of posting (في تغريدة على) or before a
    platform or an account (على تويتر، على حسابه)."""
    if view.tokens[j].folded.lstrip("و") != _ON or j in view.covered:
        return False  # (علي inside a tagged name is the name Ali)
    after = j + 1 < view.n and view.tokens[j + 1].folded in PLATFORMS
    return after or (j > 0 and view.tokens[j - 1].folded in POSTS)
