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
from kg.resources import read_lexicon
from kg.types import Contradiction, Proposition, Span, StatementRef

_PRONOUN_SUBJECTS = {"it", "they", "we", "he", "she", "there", "", "i", "me", "us"}
# Pronouns by which a speaker speaks of itself or of what the article makes its subject.
_SPEAKER_PRONOUNS = {"it", "they", "we", "i", "me", "us"}
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
    date: str | None = None
    """The date of the article it stands in (ISO 8601), when known."""
    headline: bool = False
    """It is its article's headline (or the whole of a one-line article): what the article is about."""

    def __hash__(self) -> int:
        # Every rule remembers what it read of a statement by the statement (lru_cache): hashing all of its fields
        # at each lookup cost more than the rules. Where it stands and what it says identify it well enough, and
        # the digest is kept (but not pickled: another process hashes strings otherwise).
        h = self.__dict__.get("_hash")
        if h is None:
            h = hash((self.ref, self.text, self.actor, self.speech_act))
            object.__setattr__(self, "_hash", h)
        return h

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "_hash"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(unicodedata.normalize("NFC", text))]


def plain_words(text: str) -> list[str]:
    """The text's words, lower-cased, whatever its punctuation, quote marks and apostrophes ("aren't" and "aren’t"
    are "aren", "t")."""
    return re.findall(r"\w+", unicodedata.normalize("NFC", text).lower())


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
        subj = side.actor_name.lower() if subj in _SPEAKER_PRONOUNS else ""
    fam = _subject_families()
    out = set()
    for w in subj.split():
        out.add(fam.get(w, w))
    return frozenset(out)


@lru_cache(maxsize=8192)  # bounded: per-statement caches must not grow with the archive
def side_anchors(side: Side) -> frozenset[str]:
    """What the statement is specifically about (:attr:`~kg.types.Proposition.anchors`), and its speaker when the
    speaker speaks of itself ("I will not run", "we have not surrendered")."""
    out = set(side.proposition.anchors)
    if side.proposition.subject in {"i", "we", "me", "us"} and side.actor_name:
        from kg.propositions import anchor_name

        name = anchor_name(side.actor_name)
        if name and " " in name:
            out |= {name, name.split()[-1]}
        elif name:
            out.add(name)
    return frozenset(out)


def name_words(side: Side) -> frozenset[str]:
    """The words of the names the statement mentions (:attr:`~kg.types.Proposition.names`, split at spaces and
    hyphens): a rule that needs more than names in common leaves them out."""
    return frozenset(w for name in side.proposition.names for w in re.split(r"[\s-]+", name) if w)


def anchors_agree(a: Side, b: Side) -> bool:
    """Whether two statements share an anchor that names one thing: "Castro" meets "Fidel Castro", but "Brown"
    does not join "Gordon Brown" and "Michael Brown"."""
    xa, xb = side_anchors(a), side_anchors(b)
    for x in xa & xb:
        if " " in x:
            return True
        fuller_a = {n for n in xa if " " in n and n.split()[-1] == x}
        fuller_b = {n for n in xb if " " in n and n.split()[-1] == x}
        if not (fuller_a and fuller_b) or fuller_a & fuller_b:
            return True
    return False


def document_of(article_id: str) -> str:
    """The document an article id names: the article, or the pair of ``kg compare`` (ids ``PAIR#p``, ``PAIR#h``)."""
    return article_id.rsplit("#", 1)[0] if article_id.endswith(("#p", "#h")) else article_id


def _subject_head(side: Side) -> str:
    """The last word of the subject (the head of most English noun phrases), as :func:`_subject_key` maps it."""
    subj = side.proposition.subject
    if subj in _PRONOUN_SUBJECTS:
        subj = side.actor_name.lower() if subj in _SPEAKER_PRONOUNS else ""
    words = subj.split()
    return _subject_families().get(words[-1], words[-1]) if words else ""


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                          "hundred hundreds thousand thousands million millions dozen dozens".split())


def _counts(subject: str) -> bool:
    """Whether a subject counts what it names ("three isis leader")."""
    return any(w in _NUMBER_WORDS or w.isdigit() for w in subject.split())


def unasserted(text: str, word: str) -> bool:
    """Whether every occurrence of ``word`` (by its stem) in ``text`` stands where the text does not assert it: in
    a question, after "whether" or "if", or in a claim it reports ("claims of a ceasefire", "fears that ...")."""
    stem = re.escape(word if len(word) <= 4 else word[:-1])
    found = list(re.finditer(r"\b" + stem + r"\w*", text, re.IGNORECASE))
    if not found:
        return False
    if text.rstrip().rstrip('"”\'').endswith("?"):
        return True
    return all(_REPORTED.search(text[max(0, m.start() - 80):m.start()]) for m in found)


_REPORTED = re.compile(r"\b(?:whether|if|(?:claims?|reports?|rumou?rs?|allegations?|speculation|fears?|suggestions?|"
                       r"hopes?|talk)\b[^.;:!?]{0,60}?\b(?:of|that|about)|(?:said|says|claimed|claims|announced|reported|told)\s+"
                       r"(?:\w+\s+){0,3}?that|(?:said|says|claimed|announced)(?=\s+(?:it|he|she|they)\b))\b[^.;:!?]*$",
                       re.IGNORECASE)


def _subjects_agree(a: Side, b: Side) -> bool:
    """Whether two statements have one subject: the shorter subject's words all stand in the other and the two end
    in the same word ("Christian Bale" and "Oscar winner Christian Bale", not "Clinton" and "voters' views of
    Clinton's preparedness"), or they share more than half the words of the longer one, or one names the other's
    aliases."""
    ka, kb = _subject_key(a), _subject_key(b)
    if not ka or not kb:
        return False
    # A nationality must not clash ("Ukrainian forces" vs "Russian forces").
    ca = {_demonyms()[w] for w in ka if w in _demonyms()}
    cb = {_demonyms()[w] for w in kb if w in _demonyms()}
    if ca and cb and not ca & cb:
        return False
    # "Three ISIS leaders were killed" is not said of "the ISIS leader".
    if _counts(a.proposition.subject) != _counts(b.proposition.subject):
        return False
    shared = len(ka & kb)
    # "independent voters" and "black voters" share half their words, and are two groups.
    if shared / max(len(ka), len(kb)) > 0.5 or (
            shared == min(len(ka), len(kb)) and _subject_head(a) == _subject_head(b)):
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


_PREPOSITIONAL_PARTICLES = {"on", "in", "at", "to", "with", "about", "for", "into", "upon"}


def same_predicate(x: str, y: str) -> bool:
    """Whether two predicates are one: equal, or one verb with a prepositional particle on one side only ("pooped
    on" by a bird, a bird "pooped" on him)."""
    if x == y:
        return bool(x)
    wx, wy = x.split(), y.split()
    longer, shorter = (wx, wy) if len(wx) > len(wy) else (wy, wx)
    return bool(shorter) and longer[:len(shorter)] == shorter and all(
        w in _PREPOSITIONAL_PARTICLES for w in longer[len(shorter):])


def _same_predicate(pa: Proposition, pb: Proposition) -> bool:
    """The same predicate (:func:`same_predicate`), or two of one line of ``contra_synonyms.tsv`` ("unearthed" and
    "found")."""
    return bool(pa.predicate) and (same_predicate(pa.predicate, pb.predicate)
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
    # "dropped out" is no "drop": a predicate with its particle counts only whole.
    core = {p.predicate, *(p.predicate.split()[:1] if " " not in p.predicate else ()), *p.attributes}
    hits = {}
    for phrase in _phrases(side):
        for family, st in _families().get(phrase, ()):
            if family != "attack" and phrase not in core and not (" " in phrase and phrase.split()[0] in core):
                continue
            if family not in hits or " " in phrase:
                hits[family] = (st, phrase)
    return hits


@lru_cache(maxsize=1)
def _hyponyms() -> dict[str, frozenset[str]]:
    """General word -> words for kinds of it (``hypernyms.tsv``)."""
    out = {}
    for line in read_lexicon("hypernyms.tsv"):
        general, words = line.split("\t")
        out[general.strip()] = frozenset(w.strip() for w in words.split(","))
    return out


def _covers(word: str, have: set[str]) -> bool:
    """Whether a clause with the lemmas ``have`` says ``word`` (the word, a derivation of it, a kind of it, or a word
    of its line in ``contra_synonyms.tsv``)."""
    if word in have or have & _hyponyms().get(word, frozenset()) or have & _synonyms().get(word, frozenset()):
        return True
    return any(_same_stem(word, h) for h in have)


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
