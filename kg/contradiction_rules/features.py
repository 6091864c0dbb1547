"""What the contradiction rules read off a statement, shared by every rule family.

A :class:`Side` is one statement as the detector sees it. Before any family can say that two statements clash it
must know that they speak of one thing and that each really asserts it, so this module holds: normalised words and
phrases, the stance (the content's polarity flipped by a denial), the subject key and when two subjects agree,
predicate families, hedging modals, name words, and how a rule builds its evidence spans and its
:class:`~kg.types.Contradiction`. It depends on :mod:`~kg.contradiction_rules.lexicons` only, so that every rule
module can import it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kg.contradiction_rules.lexicons import _demonyms, _families, _subject_families, _synonyms
from kg.types import Contradiction, Proposition, Span, StatementRef

_PRONOUN_SUBJECTS = {"it", "they", "we", "he", "she", "there", ""}
_WORD = re.compile(r"[\w'-]+")


@dataclass(frozen=True)
class Side:
    """One statement as the detector sees it."""

    ref: StatementRef
    text: str
    actor: str
    actor_name: str
    speech_act: str
    proposition: Proposition


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(unicodedata.normalize("NFC", text))]


@lru_cache(maxsize=8192)  # bounded: per-statement caches must not grow with the archive
def _phrases(side: Side) -> set[str]:
    """Lemmas and surface words, single and in pairs, to look up in the lexicons."""
    p = side.proposition
    words = _words(side.text)
    out = set(p.lemmas) | set(words) | {p.predicate}
    out |= {f"{a} {b}" for a, b in zip(words, words[1:])}
    out |= {f"{a} {b}" for a, b in zip(p.lemmas, p.lemmas[1:])}
    return out


def stance(side: Side) -> int:
    """+1 when the speaker holds the content true, -1 when negated or denied."""
    s = -1 if side.proposition.negated else 1
    return -s if side.speech_act == "deny" else s


@lru_cache(maxsize=8192)  # bounded: per-statement caches must not grow with the archive
def _subject_key(side: Side) -> frozenset[str]:
    """The subject as a set of normalised words; pronouns stand for the speaker."""
    subj = side.proposition.subject
    if subj in _PRONOUN_SUBJECTS:
        subj = side.actor_name.lower() if subj in {"it", "they", "we"} else ""
    fam = _subject_families()
    out = set()
    for w in subj.split():
        out.add(fam.get(w, w))
    return frozenset(out)


def _subjects_agree(a: Side, b: Side) -> bool:
    ka, kb = _subject_key(a), _subject_key(b)
    if not ka or not kb:
        return False
    # A nationality must not clash ("Ukrainian forces" vs "Russian forces").
    ca = {_demonyms()[w] for w in ka if w in _demonyms()}
    cb = {_demonyms()[w] for w in kb if w in _demonyms()}
    if ca and cb and not ca & cb:
        return False
    if len(ka & kb) / min(len(ka), len(kb)) >= 0.5:
        return True
    # "Seohyun" against "Seo Ju-hyun, known professionally as Seohyun": one subject is all names the other gives.
    aa, ab = set(a.proposition.aliases), set(b.proposition.aliases)
    return bool(aa and kb <= aa | ka) or bool(ab and ka <= ab | kb)


def _patient_agrees(passive: Side, active: Side) -> bool:
    """"Bogart was ranked the greatest star" against "the institute ranked Bogart the worst star": the subject of
    a passive without its agent is among the objects of the other side's active clause, of the same verb."""
    pp, pa = passive.proposition, active.proposition
    if not pp.passive or pa.passive or not _same_predicate(pp, pa):
        return False
    key, objects = _subject_key(passive), set(pa.arguments) | set(pa.places and _words(" ".join(pa.places)))
    return bool(key) and len(key & objects) / len(key) >= 0.5 and not key & _subject_key(active)


def _same_predicate(pa: Proposition, pb: Proposition) -> bool:
    """The same predicate, or two of one line of ``contra_synonyms.tsv`` ("unearthed" and "found")."""
    return bool(pa.predicate) and (pa.predicate == pb.predicate
                                   or pb.predicate in _synonyms().get(pa.predicate, frozenset()))


def _about_same(a: Side, b: Side) -> bool:
    """Whether the two speak of one subject: the subjects agree, or one is the acted-on object of the other."""
    return _subjects_agree(a, b) or _patient_agrees(a, b) or _patient_agrees(b, a)


@lru_cache(maxsize=8192)  # bounded: per-statement caches must not grow with the archive
def _family_hits(side: Side) -> dict[str, tuple[int, str]]:
    """family -> (stance of the word in the family, the word).

    Only the clause's own predicate (or copula complement) counts for the families compared by polarity: a family
    word in a relative clause or an adjunct ("the attacks, which killed 52 people") says nothing about the clause's
    stance. Attack words count anywhere: the exclusive-attack rule looks for events, not predicates.
    """
    p = side.proposition
    core = {p.predicate, *p.predicate.split()[:1], *p.attributes}
    hits = {}
    for phrase in _phrases(side):
        for family, st in _families().get(phrase, ()):
            if family != "attack" and phrase not in core and not (" " in phrase and phrase.split()[0] in core):
                continue
            if family not in hits or " " in phrase:
                hits[family] = (st, phrase)
    return hits


def _evidence(side: Side, phrase: str) -> Span:
    """The span of ``phrase`` (or a word starting with its stem) in the statement, with a negation just before it."""
    text = side.text
    literal = text.lower().find(phrase.strip().lower()) if " " in phrase.strip() else -1
    # Word stems loose enough for irregular forms ("lay down" finds "laid down").
    stems = [re.escape(w[:2] if len(w) <= 3 else w[:-1] if len(w) > 4 else w[:3]) for w in phrase.split()]
    m = re.search(r"\b" + r"[\w-]*\s+".join(stems) + r"[\w-]*", text, re.IGNORECASE) if literal < 0 else None
    if literal >= 0:
        # A phrase quoted from the statement itself ("Abbas's predecessor, the late Yasser Arafat").
        start, end = literal, literal + len(phrase.strip())
    elif m is None:
        return Span(side.ref.start, side.ref.end, text)
    else:
        start, end = m.start(), m.end()
    before = text[max(0, start - 30):start]
    neg = re.search(r"\b(not|n't|no|never)\b[^,.;]*$", before, re.IGNORECASE) if literal < 0 else None
    if neg:
        start = start - len(before) + neg.start()
    return Span(side.ref.start + start, side.ref.start + end, text[start:end])


def _make(a: Side, b: Side, kind: str, conf: float, why: str, ev_a: Span, ev_b: Span) -> Contradiction:
    return Contradiction(a.ref, b.ref, kind, conf, why, ev_a, ev_b)


def _who(side: Side) -> str:
    return side.actor_name or "the article"


# Modals that hedge: a clause under them asserts nothing ("may have left", "can interfere"); "will" and "must" do
# not hedge.
_HEDGING_MODALS = {"may", "might", "could", "would", "should", "can"}


def _hedged(p: Proposition) -> bool:
    return p.modality in _HEDGING_MODALS


_NEGATION_WORDS = {"not", "never", "no", "n't", "yet", "only", "refuse", "fail", "decline", "unable", "incapable",
                   "any", "ever", "none", "nothing"}
_LIGHT_PREDICATES = {"be", "have", "do", "get", "make", "take", "go", "come", "give", "say", "know", "become"}
_CAREER_CHANGE = {"former", "retired", "later", "ex", "turned", "formerly", "subsequently", "eventually"}
_ONLY = {"only", "solely", "exclusively", "purely", "entirely"}


_DERIVING = ("ing", "er", "ers", "or", "ors", "ion", "ions")


def _same_stem(x: str, y: str) -> bool:
    """A crude test that joins a word and its derivations ("appear"/"appearance", "drum"/"drummer",
    "write"/"writing")."""
    short, long_ = sorted((x, y), key=len)
    if short == long_ or (len(short) >= 4 and long_.startswith(short)) or (len(short) > 6 and long_[:6] == short[:6]):
        return True
    stem = short[:-1]
    return len(short) >= 4 and short.endswith("e") and long_.startswith(stem) and long_[len(stem):] in _DERIVING


_INDEFINITE = re.compile(r"^\W*(?:a|an|some|another)\s", re.IGNORECASE)


def _indefinite(side: Side) -> bool:
    """Whether the statement opens with an indefinite subject ("An earthquake occurred ..."): it says that some
    such event happened, which another one at another time or place does not gainsay."""
    return bool(_INDEFINITE.match(side.text))


# Names as written: words that are no part of one, and patterns of a proper name, a person's name and an
# organisation's name.
_TITLE_STOP = {"the", "a", "an", "it", "he", "she", "his", "her", "in", "on", "at", "of", "by", "and", "i"}
_NOT_NAMES = {"mr", "mrs", "ms", "dr", "however", "meanwhile", "today", "yesterday", "also", "but", "and", "then",
              "now", "still", "in", "on", "at", "as", "after", "before", "when", "while", "earlier", "later", "this",
              "that", "his", "her", "their", "its", "our", "new", "former"}
_PROPER = r"((?:[A-Z][\w.&'-]*\s?){1,6})"
_NAME_RE = r"((?:[A-Z][\w.'-]*\s?){1,5})"
_ORG_RE = r"((?:(?:[A-Z][\w.&'-]*|of|and|the|for|de)\s?){1,8})"


def _name_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _words(text) if w not in _TITLE_STOP and w not in {"s", "'s"})


def _same_party(x: frozenset[str], y: frozenset[str]) -> bool:
    return len(x & y) / min(len(x), len(y)) >= 0.5
