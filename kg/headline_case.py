"""A headline written in title case ("Trump Calls On Obama To Resign", "Glenn Beck Says Trump Poses A Threat"),
parsed with its common words in lower case.

The tagger reads a capitalised word as a name, so such a headline has no verb: "Says" and "Calls" become names and
nobody says anything. What the parser is given is the headline with the words that are not names lowered; the
article's text keeps the headline as written (the case changes no offset, so every span still points into it).

A word is kept as a name when the article's body writes it (or its plural or singular) capitalised inside its
sentences more often than in lower case ("Trump", "Will" of George Will, "Muslim"); every other word of the headline
but the first is lowered, also one the body never writes ("Goes", "Retch"): half-lowered, the headline makes the
tagger join a capitalised verb to the name before it ("Hillary Clinton Goes" read as a name).
"""
from __future__ import annotations

import re
from collections import Counter

from kg.cues import attribution_words
from kg.types import Article

_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][a-z]+)?")
_MOST_WORDS = 25
_SENTENCE_END = frozenset('.!?:"\u201c\u2018\'(')


def parse_text(article: Article, index: int) -> str:
    """The text to parse for ``article.paragraphs[index]``: the paragraph, or the headline in parsing case.

    Returns:
        A string of the paragraph's length.
    """
    text = article.paragraphs[index].text
    alone = len(article.paragraphs) < 2
    if index != 0 or not _title_case(text, lower_function_words=alone):
        return text
    if alone:
        return _WORD.sub(_verb_lowered, text)
    forms = {form for word in _WORD.findall(text) for form in _forms(word.lower())}
    lower, capital = _body_cases(article.text[article.paragraphs[1].start:], forms)
    return _WORD.sub(lambda m: _parsing_case(m, lower, capital), text)


def _title_case(text: str, *, lower_function_words: bool = False) -> bool:
    """A short line whose words after the first all open with a capital, three of them at least; with
    ``lower_function_words`` (a headline with no body) but the function words some styles keep in lower case
    ("Experts Say Steel Apple Watch Will Start at 500")."""
    words = _WORD.findall(text)[1:]
    if not 3 <= len(words) < _MOST_WORDS:
        return False
    allowed = _FUNCTION_WORDS if lower_function_words else frozenset()
    return sum(w[0].isupper() for w in words) >= 3 and not any(w[0].islower() and w not in allowed for w in words)


def _forms(folded: str) -> set[str]:
    """The word, its plural and its singular: the body may write "Muslims" for the headline's "Muslim"."""
    return {folded, folded + "s", folded[:-1] if folded.endswith("s") else folded}


def _body_cases(body: str, forms: set[str]) -> tuple[Counter, Counter]:
    """How often the body writes each of ``forms`` in lower case, and capitalised inside a sentence (not first in
    it)."""
    lower: Counter = Counter()
    capital: Counter = Counter()
    for match in _WORD.finditer(body):
        word = match.group()
        folded = word.lower()
        if folded not in forms:
            continue
        if word == folded:
            lower[folded] += 1
        elif not _opens_sentence(body, match.start()):
            capital[folded] += 1
    return lower, capital


def _opens_sentence(text: str, at: int) -> bool:
    """The word at ``at`` is first in its line or after a sentence's end or an opening mark."""
    i = at - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n" or text[i] in _SENTENCE_END


def _parsing_case(match: re.Match, lower: Counter, capital: Counter) -> str:
    word = match.group()
    folded = word.lower()
    if match.start() == 0 or not word[0].isupper() or len(folded) != len(word) \
            or not (word[1:].islower() or word == "A"):
        return word  # the first word, a word in capitals ("FBI", "HATE"), "I"
    forms = _forms(folded)
    return word if sum(capital[f] for f in forms) > sum(lower[f] for f in forms) else folded


def _verb_lowered(match: re.Match) -> str:
    """A headline with no body to tell names from words: only a reporting verb that English uses as nothing else,
    in its third person or plain form ("Denies", "Says", "Experts Say"; not "Claims" or "Reports"), is lowered, so
    the tagger reads it as a verb ("Boko Haram Denies Ceasefire, Says ..." had "Boko Haram Denies Ceasefire" for a
    name)."""
    word = match.group()
    return word.lower() if match.start() and word[1:].islower() and word.lower() in _ONLY_VERBS else word


_FUNCTION_WORDS = attribution_words("headline-function-word")
_ONLY_VERBS = attribution_words("only-a-verb")
