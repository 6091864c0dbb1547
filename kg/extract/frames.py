"""Where a cue's content is: the complement its frame names (a clause, an infinitive, "accused Y of A",
"warned Y to A", "called X 'Y'", an object for verbs of judging or when evidence speaks), and whether a verb has
the complement its frame needs.

A frame is a name in the third column of the cue lexicons (``kg/data/cues.tsv``): :data:`COMPLEMENT_TESTS` says
for each whether a verb has that complement, :data:`CONTENT_READERS` (in the order they are tried) where the content
is. A test checks that every frame the data files use is registered here.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.cues import Cue, attribution_words, cues, evidence_nouns, noun_cues
from kg.extract.cue_words import (
    PARTITIVES, cue_of, joint_before, may_speak, object_quoted_as_saying, reports_in_relative,
    set_against_with_a_speaker, speaker_of_the_report_it_ends,
)
from kg.extract.phrases import (
    CLAUSE_SUBJECTS, SUBJ, TENSED, clean, free_dash, names_a_time, noun_phrase, split_clauses,
)
from kg.extract.quotes import MARKS, nearest_quote, quote_at, quote_tokens


_PERCEPTION = attribution_words("perception-verb")
_GRANTED = attribution_words("granted-thing")
_ADMITTING = attribution_words("admitted-one")
_PEOPLE = attribution_words("people-noun") | attribution_words("person-description")
_OCCASIONS = attribution_words("document-noun") | attribution_words("occasion-noun")
_OCCASION_PREPS = attribution_words("occasion-preposition")
_SETTINGS = attribution_words("setting-noun")
_CIRCUMSTANCE_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "EVENT"})


Content = tuple[tuple[int, ...], list, bool]
"""What a reader finds: the content's token indices, the target's tokens ("accused *Smith* of ..."), whether the
content is a direct quote."""


@dataclass(frozen=True)
class _CueVerb:
    """A cue verb and the complements hanging on it, as the content readers see them."""

    verb: Token
    frames: frozenset[str]
    speech_act: str
    quotes: Sequence[tuple[int, int]]
    taken: set[int]
    children: tuple[Token, ...]
    by_dep: dict[str, Token]
    """The first child of each dependency (a "that"-clause hung on the object counts as the verb's clause)."""
    preps: dict[str, Token]
    """The verb's prepositions by word ("of" also as "about" for a verb whose frame is "of-topic")."""

    def clean(self, tokens: Iterable[Token]) -> tuple[int, ...]:
        return clean(tokens, self.taken, self.verb)

    def subtree_between(self, start: int, end: int | None = None) -> list[Token]:
        """The tokens of the verb's subtree from index ``start`` to ``end`` (inclusive; ``None``: to its end)."""
        return [t for t in self.verb.subtree if start <= t.i and (end is None or t.i <= end)]


def _cue_verb(verb: Token, cue: Cue, quotes: Sequence[tuple[int, int]], taken: set[int]) -> _CueVerb:
    children = tuple(verb.children)
    by_dep: dict[str, Token] = {}
    for c in children:
        by_dep.setdefault(c.dep_, c)
    preps = {c.lower_: c for c in children if c.dep_ == "prep"}
    if "ccomp" in cue.frames and "ccomp" not in by_dep and (clause := _misparsed_that_clause(verb)) is not None:
        by_dep["ccomp"] = clause
    if "obj" in cue.frames and "dobj" not in by_dep and (gerund := _gerund_object(verb, cue)) is not None:
        by_dep["dobj"] = gerund
    if "obj-evidence" in cue.frames and "dobj" not in by_dep and (shown := _shown_doing(verb)) is not None:
        by_dep["dobj"] = shown
    if "of-topic" in cue.frames and "of" in preps and "about" not in preps:
        preps["about"] = preps["of"]
    return _CueVerb(verb, cue.frames, cue.speech_act, quotes, taken, children, by_dep, preps)


def _accused_of(v: _CueVerb) -> list[Content] | None:
    """"accused Smith of lying": the object is the target, the content runs from it."""
    dobj = v.by_dep.get("dobj")
    if dobj is None or not ("of" in v.preps or _of_on_object(dobj)):
        return None
    return [(v.clean(v.subtree_between(dobj.i)), noun_phrase(dobj), False)]


def _of_on_object(dobj: Token) -> bool:
    """"accused Smith of lying", "accused Priebus and his allies of trying to ...": the parser hung "of" on the
    object or on the last of the objects joined by "and"."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for d in (dobj, *dobj.conjuncts) for c in d.children)


def _warned_to(v: _CueVerb) -> list[Content] | None:
    """"warned Smith to stay away": the object is the target, the content runs to the infinitive's end; so when the
    parser made the object the infinitive's subject ("wants voters to recall that ...")."""
    dobj, xcomp = v.by_dep.get("dobj"), v.by_dep.get("xcomp")
    if dobj is None or xcomp is None:
        return _infinitive_with_its_subject(v)
    return [(v.clean(v.subtree_between(dobj.left_edge.i, xcomp.right_edge.i)), noun_phrase(dobj), False)]


def _clause_with_its_subject_read_as_object(v: _CueVerb) -> list[Content] | None:
    """"The hospital says some local reports that the patient has Ebola are false": the parser made the reported
    clause's subject the object of a cue that takes none, and its verb a clause of that noun; or made the whole
    clause a noun phrase, its verb a modifier whose subject still hangs on it ("said Kassasbeh's 'dedication ...'
    represented 'universal human values ...'")."""
    found = _object_read_for_a_clause(v.verb, v.frames)
    if found is None:
        return None
    dobj, clause = found
    return [(v.clean(list(v.verb.doc[dobj.left_edge.i:max(clause.right_edge.i, dobj.right_edge.i) + 1])), [], False)]


def _clause_read_as_object(verb: Token) -> tuple[Token, Token] | None:
    """``(object, verb)`` of an object right after the cue holding a verb with a subject of its own before it."""
    dobj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if dobj is None or dobj.left_edge.i != verb.i + 1 or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    inner = next((t for t in dobj.subtree if t.pos_ == "VERB" and t.dep_ in {"amod", "acl"}
                  and any(c.dep_ == "nsubj" and c.i < t.i for c in t.children)), None)
    return None if inner is None else (dobj, inner)


def _object_read_for_a_clause(verb: Token, frames: frozenset[str]) -> tuple[Token, Token] | None:
    """``(object, verb)`` of the clause a cue that takes no object reports, read as its object."""
    if frames & {"obj", "obj-to", "obj-evidence"}:
        return None
    return _subject_read_as_object(verb) or _clause_read_as_object(verb)


def _subject_read_as_object(verb: Token) -> tuple[Token, Token] | None:
    """``(object, verb)`` of a tensed clause with no subject of its own, opening with "that" right after the noun
    right after the cue (a tensed clause has a subject: the noun with its "that"-clause), the cue with no clause of
    its own."""
    dobj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if dobj is None or dobj.left_edge.i != verb.i + 1 or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    clause = next((c for c in dobj.children if c.dep_ in {"acl", "relcl"} and c.i > dobj.i and c.tag_ in TENSED
                   and c.left_edge.i == dobj.i + 1 and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"
                   and not any(x.dep_ in SUBJ | {"csubj", "expl"} for x in c.children)), None)
    return None if clause is None else (dobj, clause)


def _wh_clause(v: _CueVerb) -> list[Content] | None:
    """"described how he was traveling in a group of helicopters": the clause of "how" after the verb."""
    clause = _wh_clause_after(v.verb)
    return None if clause is None else [(v.clean(list(clause.subtree)), [], False)]


def _wh_clause_after(verb: Token) -> Token | None:
    """A clause right after the verb opened by "how", "what", "why", "when" or "whether" (not a quote further on
    that opens with one: 'describes that callback as "bizarre," ... "How can I help you?"')."""
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == verb.i + 1
                 and (c.left_edge.tag_ in {"WDT", "WP", "WRB"} or c.left_edge.lower_ == "whether")), None)


def _infinitive_with_its_subject(v: _CueVerb) -> list[Content] | None:
    found = _infinitive_clause_with_subject(v.verb)
    if found is None:
        return None
    clause, subject = found
    return [(v.clean(list(clause.subtree)), noun_phrase(subject), False)]


def _infinitive_clause_with_subject(verb: Token) -> tuple[Token, Token] | None:
    """"wants voters to recall that ...": a clause of "to" whose subject opens right after the cue; with that
    subject."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    subject = next((c for c in clause.children if c.dep_ in SUBJ and c.i < clause.i), None)
    return (clause, subject) if subject is not None and subject.left_edge.i == verb.i + 1 else None


def _that_clause(v: _CueVerb) -> list[Content] | None:
    """"said (that) ...": the clause, the quote it is, or its parts when it is "that A and that B"."""
    clause = v.by_dep.get("ccomp")
    if clause is None or _past_a_dash_after_the_infinitive(v, clause):
        return None
    verb, dobj = v.verb, v.by_dep.get("dobj")
    target = noun_phrase(dobj) if dobj is not None else []
    if _perceived(verb, clause):
        return []  # "have seen their jobless rate fall", "heard him leave": something perceived or lived, no claim
    clause = _the_reported_clause(v, clause)
    if v.speech_act == "demand" and clause.i < verb.i:
        return []  # "There's an investigation ..., courts are still ordering the release": what is ordered follows
    if "obj" in v.frames and dobj is not None and _object_clause(dobj, clause):
        # "mentioned remarks Trump had made about her": the clause describes the object, which is the content
        return [(v.clean(list(verb.doc[dobj.left_edge.i:clause.right_edge.i + 1])), target, False)]
    quote = quote_at(list(clause.subtree), v.quotes, share=0.85)
    if quote is not None and (quote[0] > verb.idx or clause.i < verb.i):
        return [(quote_tokens(verb.doc, quote), target, True)]
    relative = _fronted_relative(verb, clause)
    if relative is not None:
        return [(content, target, False) for content in _relative_and_rest(v, clause, relative)]
    parts = _with_reason(v, clause, _with_stray_object(v, clause, list(split_clauses(clause, v.taken,
                                                                                      v.verb, marked_only=True))))
    parts = _with_subject_read_as_object(v, clause, _with_subject_read_as_time(v, clause, parts))
    parts = _with_subject_of_a_tensed_clause(v, clause, parts)
    parts = _with_predicate_hung_on_the_cue(v, clause, parts)
    parts += _second_that_clauses(v, clause)
    return [(_without_a_report_of_its_own(verb.doc, _without_tag_before(v, clause, part)), target, False)
            for part in parts]


def _past_a_dash_after_the_infinitive(v: _CueVerb, clause: Token) -> bool:
    """"promising to lift environmental regulations ... ― probably not exactly what Graham had in mind": a clause the
    parser hung on the cue past a dash after the infinitive it reports is the writer's aside, not what was said."""
    infinitive = v.by_dep.get("xcomp")
    if infinitive is None or not v.verb.i < infinitive.i < clause.left_edge.i:
        return False
    return any(free_dash(t) for t in v.verb.doc[infinitive.i:clause.left_edge.i])


def _without_tag_before(v: _CueVerb, clause: Token, part: tuple[int, ...]) -> tuple[int, ...]:
    """'He sincerely believes, he said, that "..."': a speech tag set off between the cue and its clause, which the
    parser hangs on the clause, is no part of what is believed."""
    tag = next((c for c in clause.children if c.dep_ == "parataxis" and c.i < clause.i and cue_of(c) is not None
                and any(x.dep_ in SUBJ for x in c.children)), None)
    if tag is None or not part or not tag.left_edge.i <= part[0] <= tag.right_edge.i:
        return part
    return v.clean(clause.doc[i] for i in part if i > tag.right_edge.i)


def _the_reported_clause(v: _CueVerb, clause: Token) -> Token:
    """Of the cue's clauses, the one it reports: after the cue ("We have been here before: the group declared that
    ..."), and past a noun the parser read as a clause ('asked the Cleveland crowd "If ..., why should we ...?"':
    the addressee)."""
    verb = v.verb
    clause = next((c for c in v.children if c.dep_ == "ccomp" and c.i > verb.i and clause.i < verb.i), clause)
    if clause.pos_ in {"NOUN", "PROPN"}:
        clause = next((c for c in v.children if c.dep_ == "ccomp" and c.left_edge.i == clause.right_edge.i + 1
                       and c.pos_ in {"VERB", "AUX"} and not _is_dash_or_comma(c.left_edge)), clause)
    return clause


def _is_dash_or_comma(tok: Token) -> bool:
    return tok.text == "," or free_dash(tok)


def _perceived(verb: Token, clause: Token) -> bool:
    """A verb of perception with a bare infinitive, maybe tagged a present ("saw Kaine speak", "would see their
    incomes go up"), or in the past with a past participle after its object ("An initial visit to a doctor saw him
    diagnosed with ...", "watched him arrested"): what was perceived or lived ("our experts see other candidates
    best positioned to gain" is their view)."""
    bare = clause.tag_ == "VB" or clause.tag_ == "VBP" and verb.tag_ in {"VBD", "VB", "VBN"}
    done_to = verb.tag_ == "VBD" and clause.tag_ == "VBN" \
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < clause.i for c in clause.children)
    return verb.lemma_ in _PERCEPTION and (bare or done_to) \
        and not any(c.dep_ in {"mark", "aux", "auxpass"} for c in clause.children)


def _relative_and_rest(v: _CueVerb, clause: Token, relative: Token) -> list[tuple[int, ...]]:
    """"independents, which Democrats say could be aiding Sanders": "which" and the clause after the cue; nothing
    for a lone verb the parser left it ("what he believes are the president's beliefs": "are")."""
    rest = v.clean(t for t in clause.subtree if t.i > v.verb.i)
    return [(relative.i, *rest)] if any(v.verb.doc[i].pos_ != "AUX" for i in rest) else []


def _fronted_relative(verb: Token, clause: Token) -> Token | None:
    """The relative pronoun of the reported clause that stands before the report's own words ("which" of "which
    Democrats say could be aiding Sanders", "what he said were the failures of ..."): the subject or object of what
    was said, written ahead of the speaker."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if clause.i < verb.i or subject is None:
        return None
    return next((t for t in clause.subtree if t.i < subject.left_edge.i and _relative_pronoun(t)), None)


def _relative_pronoun(word: Token) -> bool:
    """"which", "what", and "that" when the parser gives it a part in the clause rather than marking the clause ("a
    charity that prosecutors said was suspected of ...": "that" tagged a conjunction, but the clause's subject)."""
    return word.tag_ in {"WDT", "WP"} or word.lower_ == "that" and word.dep_ in {"nsubj", "nsubjpass", "dobj"}


def _with_stray_object(v: _CueVerb, clause: Token, parts: list[tuple[int, ...]]) -> list[tuple[int, ...]]:
    """The last part of a reported clause with the rest of it the parser hung on the cue as a second clause right
    after it: a noun ("signaled he might back Trump": "Trump" read as a clause of its own), a verb with no subject
    ("insisting that the state had enough pledged delegates to ...": "pledged" read as a clause), the clause an
    adjective or participle ending the first takes ("that she was disheartened there haven't been ..."), or after
    a comma the clause itself when the first was a phrase misread ("reported that, based on the current delegates
    count, if ..., the nominee will be decided ...": "count" read as a verb)."""
    stray = next((c for c in v.children if c.dep_ == "ccomp" and c.i != clause.i and _goes_on(clause, c)), None)
    if stray is None or not parts or not parts[-1] or parts[-1][-1] != _last_word(clause).i \
            or _in_a_contact_relative(v.verb):
        return parts
    return parts[:-1] + [v.clean([v.verb.doc[i] for i in range(parts[-1][0], stray.right_edge.i + 1)])]


def _with_subject_read_as_object(v: _CueVerb, clause: Token, parts: list[tuple[int, ...]]) -> list[tuple[int, ...]]:
    """"said his focus groups and other research show that ...": the tagger read the clause's verb as a noun, and
    the parser made its subject the object of a cue that takes none; a noun phrase right after such a cue, running
    up to the "that" of the cue's clause, is the start of what was said."""
    verb, dobj = v.verb, v.by_dep.get("dobj")
    if v.frames & {"obj", "obj-to"} or dobj is None or dobj.pos_ not in {"NOUN", "PROPN"} or len(parts) != 1 \
            or not parts[0] or dobj.left_edge.i != verb.i + 1 or clause.left_edge.i != dobj.right_edge.i + 1 \
            or clause.left_edge.lower_ != "that":
        return parts
    last = dobj.doc[dobj.right_edge.i]  # the verb read as a noun: a verb of the lexicon, with no determiner
    if last.pos_ != "NOUN" or last.lemma_.lower() not in cues() or last.lemma_.lower() in noun_cues() \
            or any(c.dep_ in {"det", "poss"} for c in last.children):
        return parts
    return [v.clean([verb.doc[i] for i in range(dobj.left_edge.i, parts[0][-1] + 1)])]


def _with_subject_of_a_tensed_clause(v: _CueVerb, clause: Token, parts: list[tuple[int, ...]]) -> list[tuple[int, ...]]:
    """"Reports Say King Abdullah II Could Personally Lead Airstrikes", "New Audio Shows Michael Brown Was Shot":
    the parser made the reported clause's subject the cue's object; a clause with a tense and no subject of its own,
    opening with its auxiliary right after a noun phrase that starts right after the cue, begins with that phrase
    (a tensed clause has a subject)."""
    verb, dobj = v.verb, v.by_dep.get("dobj")
    if dobj is None or dobj.pos_ not in {"NOUN", "PROPN"} or len(parts) != 1 or not parts[0] \
            or dobj.left_edge.i != verb.i + 1 or clause.left_edge.i != dobj.right_edge.i + 1 \
            or any(c.dep_ in CLAUSE_SUBJECTS for c in clause.children):
        return parts
    opening = clause.doc[clause.left_edge.i]
    if opening.dep_ not in {"aux", "auxpass"} or opening.head.i != clause.i \
            or opening.tag_ not in TENSED | {"MD"}:
        return parts
    return [v.clean([verb.doc[i] for i in range(dobj.left_edge.i, parts[0][-1] + 1)])]


def _with_subject_read_as_time(v: _CueVerb, clause: Token, parts: list[tuple[int, ...]]) -> list[tuple[int, ...]]:
    """"said the days when the nation had one story are gone": the parser read the clause's subject as a time phrase
    of the cue ("the days"); a clause with no subject of its own whose words right before it are such a phrase,
    starting right after the cue, begins with it."""
    verb = v.verb
    phrase = next((c for c in v.children if c.dep_ == "npadvmod" and c.left_edge.i == verb.i + 1
                   and c.right_edge.i + 1 == clause.left_edge.i), None)
    if phrase is None or len(parts) != 1 or not parts[0] or clause.left_edge.lower_ == "that" \
            or any(c.dep_ in CLAUSE_SUBJECTS for c in clause.children):
        return parts  # "said Saturday that ...", "said Friday there are ...": the time the cue's
    return [v.clean([verb.doc[i] for i in range(phrase.left_edge.i, parts[0][-1] + 1)])]


_BE_CONTRACTIONS = {"'s", "\u2019s", "'re", "\u2019re", "'m", "\u2019m"}


def _with_predicate_hung_on_the_cue(v: _CueVerb, clause: Token, parts: list[tuple[int, ...]]) -> list[tuple[int, ...]]:
    """"poised to argue he's in this race for the long haul": a clause of a subject and a form of "be" alone has lost
    its predicate to the cue; the phrase the parser hung on the cue right after it is that predicate."""
    if not (clause.lemma_ == "be" or clause.lower_ in _BE_CONTRACTIONS) or not parts or not parts[-1] or parts[-1][-1] != clause.right_edge.i \
            or any(c.dep_ not in SUBJ | {"aux", "neg", "advmod", "mark"} for c in clause.children):
        return parts
    after = next((c for c in v.children if c.left_edge.i == clause.right_edge.i + 1
                  and c.dep_ in {"prep", "acomp", "attr", "advmod"}), None)
    if after is None:
        return parts
    return parts[:-1] + [v.clean([v.verb.doc[i] for i in range(parts[-1][0], after.right_edge.i + 1)])]


def _second_that_clauses(v: _CueVerb, clause: Token) -> list[tuple[int, ...]]:
    """"announced that A, but that B": a clause with a "that" of its own that the parser joined to the cue verb
    (no main clause opens with "that") is a second clause the cue reports."""
    seconds = [c for c in v.children if c.dep_ == "conj" and c.i > clause.i and c.pos_ in {"VERB", "AUX"}
               and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return [part for c in seconds for part in [v.clean(list(c.subtree))] if part]


def _goes_on(clause: Token, other: Token) -> bool:
    """A second clause of the cue is the first one going on (:func:`_with_stray_object`)."""
    doc, after = clause.doc, _last_word(clause).i + 1
    marked = any(c.dep_ in {"mark", "cc"} and c.i < other.i for c in other.children)  # not its own conjuncts' "and"
    if other.left_edge.i == after:
        # not after a noun the parser joined to the clause with "and": that noun is the subject of a clause of its
        # own ("... mishandled the investigation and Democrats accused the GOP ...")
        return other.pos_ in {"PROPN", "NOUN"} or other.pos_ in {"VERB", "AUX"} and not marked \
            and not any(c.dep_ in SUBJ for c in other.children) and doc[after - 1].dep_ != "conj" \
            or other.pos_ in {"VERB", "AUX"} and not marked and _takes_a_clause(doc[after - 1], clause)
    return other.left_edge.i == after + 1 and doc[after].text == "," and not marked \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
        and doc[clause.left_edge.i + 1].text == ","


def _in_a_contact_relative(verb: Token) -> bool:
    """"One reason Democrats say they came to the table was the fear ...": a noun right before the cue's subject
    makes the cue a relative clause with no "that"; what follows its clause is the main clause's, not said."""
    subject = next((c for c in verb.children if c.dep_ in SUBJ and c.i < verb.i), None)
    if subject is None or subject.left_edge.i == verb.sent.start:
        return False
    before = verb.doc[subject.left_edge.i - 1]
    return before.pos_ == "NOUN" and before.ent_type_ not in {"DATE", "TIME"}


def _takes_a_clause(word: Token, clause: Token) -> bool:
    """The clause ends with its predicate adjective or participle, which takes a clause with no "that" ("she was
    disheartened there haven't been more winners", "he is confident it will pass")."""
    return word.tag_ in {"JJ", "VBN"} and (word.i == clause.i or word.dep_ == "acomp" and word.head.i == clause.i)


def _last_word(clause: Token) -> Token:
    """The clause's last token before the punctuation or conjunction that ends it."""
    end = clause.right_edge.i
    while end > clause.i and (clause.doc[end].is_punct or clause.doc[end].dep_ == "cc"):
        end -= 1
    return clause.doc[end]


def _with_reason(v: _CueVerb, clause: Token, parts: list[tuple[int, ...]]) -> list[tuple[int, ...]]:
    """The parts of a reported clause, the last one with the ", because ..." the parser hung on the cue right after
    the clause ("said that claim smacked of hypocrisy, because Democrats ..."): the reason is part of what was
    said."""
    reason = next((c for c in v.children if c.dep_ == "advcl" and c.i > clause.right_edge.i
                   and any(m.dep_ == "mark" and m.lower_ == "because" for m in c.children)
                   and c.left_edge.i <= clause.right_edge.i + 2), None)
    if reason is None or not parts or not parts[-1]:
        return parts
    return parts[:-1] + [v.clean([v.verb.doc[i] for i in range(parts[-1][0], reason.right_edge.i + 1)])]


def _without_a_report_of_its_own(doc: Doc, part: tuple[int, ...]) -> tuple[int, ...]:
    """A reported clause without the report of its own that ends it: the reporting speaker's statement of its own
    ("he would release them on Friday, calling them 'boring tax returns'", "geopolitical factors matter, citing ...":
    :func:`kg.extract.cue_words.speaker_of_the_report_it_ends`) or another speaker's set against it ("the bill would
    pass, although many analysts believe it will fail")."""
    inside = set(part)
    last = max((j for j in part if not doc[j].is_punct), default=part[-1] if part else 0)  # past a closing mark
    for i in part:
        c = doc[i]
        if c.head.i not in inside or c.pos_ != "VERB" or c.left_edge.i <= part[0] or c.right_edge.i < last - 1:
            continue
        cue = cue_of(c)
        if cue is None or not has_complement(c, cue):
            continue
        if speaker_of_the_report_it_ends(c) is not None:
            joint = joint_before(c)
            cut = joint.i - 1 if joint.dep_ == "cc" and doc[joint.i - 1].text == "," else joint.i
            return tuple(j for j in part if j < cut)
        if set_against_with_a_speaker(c):
            return tuple(j for j in part if j < c.left_edge.i - 1)
    return part


def _infinitive(v: _CueVerb) -> list[Content] | None:
    """"promised to cut taxes": the infinitive, without the dash and the adverbs of an aside the parser began in it
    and hung elsewhere ("... to drilling ― probably not exactly what Graham had in mind"), and without the relative
    adverb before the cue the parser hung on it ("Amsterdam, where he claimed to have been accused ...")."""
    xcomp = v.by_dep.get("xcomp")
    if xcomp is None:
        return None
    words = [t for t in xcomp.subtree if t.i > v.verb.i or t.tag_ != "WRB"]
    dash = max((t.i for t in words if free_dash(t) and t.i > xcomp.i), default=None)
    if dash is not None and not all(t.pos_ in {"ADV", "PUNCT", "PART"} for t in words if t.i > dash):
        dash = None
    if dash is not None:
        return [(v.clean([t for t in words if t.i < dash]), [], False)]
    return [(v.clean(words + _next_infinitive_of_a_list(v, xcomp)), [], False)]


def _next_infinitive_of_a_list(v: _CueVerb, xcomp: Token) -> list[Token]:
    """"pledged to enact judicial reform, fix the campaign finance system and ...": a bare verb after the comma
    that ends the infinitive, which the parser hung on the cue, is the list's next infinitive (a cue takes no bare
    verb of its own); with the comma, without a clause of its own joined to it ("and he pledged ...")."""
    doc, end = v.verb.doc, xcomp.right_edge.i
    following = next((c for c in v.children if c.dep_ in {"advcl", "conj"} and c.tag_ == "VB"
                      and c.left_edge.i == end + 2 and doc[end + 1].text == ","
                      and not any(x.dep_ in SUBJ or x.dep_ == "aux" for x in c.children)), None)
    if following is None:
        return []
    own = {t.i for c in following.children if c.dep_ == "conj" and any(x.dep_ in SUBJ for x in c.children)
           for t in c.subtree}
    return [doc[end + 1]] + [t for t in following.subtree if t.i not in own]


def _called_on(v: _CueVerb) -> list[Content] | None:
    """"called on Trump to stop ...": the addressee and what they are to do."""
    xcomp, on = v.by_dep.get("xcomp"), _on_addressee(v.verb)
    if xcomp is None or on is None:
        return None
    return [(v.clean(v.subtree_between(on.i + 1, xcomp.right_edge.i)), [], False)]


def _called_quoted(v: _CueVerb) -> list[Content] | None:
    """"calls the plan 'a crazy system'", parsed as an apposition or a second object."""
    named = None if "oprd" in v.by_dep else _named_as(v.verb)
    if named is None:
        return None
    obj, predicate = named
    return [(v.clean(list(v.verb.doc[obj.left_edge.i:predicate.right_edge.i + 1])), [], False)]


def _called_two_predicates(v: _CueVerb) -> list[Content] | None:
    """"called Trump a 'pathological liar'", parsed as two predicates after the verb, or as one that holds the
    object before its quote ("called the Republican frontrunner 'ISIS' best recruiter'")."""
    predicates = [c for c in v.children if c.dep_ == "oprd"]
    if "dobj" in v.by_dep or not predicates or predicates[0].i <= v.verb.i:
        return None
    if len(predicates) == 1 and not _object_before_its_quote(v.verb, predicates[0]):
        return None
    return [(v.clean(v.subtree_between(predicates[0].left_edge.i, predicates[-1].right_edge.i)), [], False)]


def _object_before_its_quote(verb: Token, predicate: Token) -> bool:
    """The predicate opens right after the verb with a noun phrase, and a quote opens inside it after that."""
    doc = verb.doc
    opening = next((t for t in doc[predicate.left_edge.i + 1:predicate.right_edge.i] if t.text in _QUOTE_MARKS), None)
    return predicate.left_edge.i == verb.i + 1 and opening is not None \
        and any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in doc[verb.i + 1:opening.i])


def _preposition_object(v: _CueVerb, prep: Token) -> list[Content]:
    """The object of the preposition (nothing when it has none: the frame still answers)."""
    pobj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    if pobj is None or pobj.pos_ == "ADV":  # "the jobs Perez talks about most": the preposition's object is before
        return []
    return [(v.clean(list(pobj.subtree)), [], False)]


def _likened_to(v: _CueVerb) -> list[Content] | None:
    """"likened the rules to 'burning the Constitution'", "compared Trump to a coach ...": the object and what it
    is likened to."""
    dobj, to = v.by_dep.get("dobj"), v.preps.get("to")
    if dobj is None or to is None or to.i < dobj.i:
        return None
    tokens = v.subtree_between(dobj.left_edge.i, to.right_edge.i)
    dash = next((t.i for t in tokens if free_dash(t)), None)  # '"..." - a charge that ...'
    return [(v.clean(t for t in tokens if dash is None or t.i < dash), [], False)]


def _seen_as(v: _CueVerb) -> list[Content] | None:
    """"see him as a potentially invaluable asset", "view Trump as most likely to deliver it": the object and what
    it is taken as."""
    found = _object_as(v.verb)
    if found is None:
        return None
    dobj, end = found
    tokens = v.verb.doc[dobj.left_edge.i:end + 1]
    dash = next((t.i for t in tokens if free_dash(t)), end + 1)  # "as vastly more prepared - with 50 percent ..."
    return [(v.clean(t for t in tokens if t.i < dash), [], False)]


def _object_as(verb: Token) -> tuple[Token, int] | None:
    """The verb's object and the index where the "as" phrase right after it ends: a preposition on the verb or the
    object ("as a potentially invaluable asset", "as sharing this characteristic"), or an adverb before the
    predicate it marks ("as most likely to ...")."""
    dobj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if dobj is None or dobj.right_edge.i + 1 >= len(verb.doc):
        return None
    word = verb.doc[dobj.right_edge.i + 1]
    if word.lower_ != "as":
        return None
    if word.dep_ == "prep" and word.head.i in {verb.i, dobj.i} and word.right_edge.i > word.i \
            and not _what_the_subject_was(dobj, word):
        return dobj, word.right_edge.i
    if word.dep_ == "advmod" and word.head.pos_ == "ADJ" and word.head.head.i == verb.i and word.head.i > word.i:
        return dobj, word.head.right_edge.i
    return None


def _what_the_subject_was(dobj: Token, as_word: Token) -> bool:
    """"saw the game as a child": a stage of life after "as", or a person when the object is no person, says what
    the subject was then."""
    noun = next((c for c in as_word.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN":
        return False
    return noun.lemma_.lower() in attribution_words("stage-of-life") or may_speak(noun) and not (
        dobj.pos_ in {"PRON", "PROPN"} or may_speak(dobj))


def _about(v: _CueVerb) -> list[Content] | None:
    """"warned about X", "spoke of X" (frame of-topic)."""
    prep = v.preps.get("about")
    return None if prep is None else _preposition_object(v, prep)


def _object_and_predicate(v: _CueVerb) -> list[Content] | None:
    """"called the plan a disaster": the object and its predicate."""
    dobj, oprd = v.by_dep.get("dobj"), v.by_dep.get("oprd")
    if dobj is None or oprd is None:
        return None
    start = dobj.left_edge.i if dobj.i > v.verb.i else oprd.left_edge.i
    return [(v.clean(v.subtree_between(start, oprd.right_edge.i)), [], False)]


def _against_or_on(v: _CueVerb) -> list[Content] | None:
    """"warned against X", "commented on X": the object of the preposition right after the verb."""
    for p in _TOPIC_PREPS:
        if p in v.frames and p in v.preps and _right_after_verb(v.verb, p):
            if names_a_time(v.preps[p]) or _names_a_setting(v.preps[p]):
                return []  # "spoke on Monday", "spoke against the majestic backdrop": when or where, not what
            return _preposition_object(v, v.preps[p])
    return None


def _names_a_setting(prep: Token) -> bool:
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and pobj.lemma_.lower() in _SETTINGS


def _to(v: _CueVerb) -> list[Content] | None:
    """"pointed to X", "referring to X"."""
    prep = v.preps.get("to")
    return None if prep is None or not _right_after(v.verb, prep) else _preposition_object(v, prep)


def _for(v: _CueVerb) -> list[Content] | None:
    """"pushed for X", "called for X", "called for the United States to step up ..." (a clause the parser marks with
    "for")."""
    prep = v.preps.get("for")
    if prep is not None:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        clause = None if pobj is None else next(
            (c for c in v.children if c.dep_ in {"xcomp", "advcl"} and _infinitive_right_after(c, pobj)), None)
        if clause is not None:  # "called for a special prosecutor to oversee ...": who is to do what
            return [(v.clean(v.subtree_between(pobj.left_edge.i, clause.right_edge.i)), [], False)]
        return _preposition_object(v, prep)
    clause = _for_to_clause(v.verb)
    if clause is None:
        return None
    return [(v.clean(v.verb.doc[clause.left_edge.i + 1:clause.right_edge.i + 1]), [], False)]


def _for_to_clause(verb: Token) -> Token | None:
    """"called for the United States to step up ...": the infinitive clause right after the verb that the parser
    marks with "for"."""
    return next((c for c in verb.children if c.dep_ == "advcl" and _right_after(verb, c.left_edge)
                 and c.left_edge.lower_ == "for" and c.left_edge.dep_ == "mark"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _object(v: _CueVerb) -> list[Content] | None:
    """A verb of judging and its object ("criticized the law as a 'crazy system'"), or evidence showing something
    ("polls show a close race", frame obj-evidence)."""
    evidence = "obj" not in v.frames and _evidence_subject(v.verb)
    dobj = v.by_dep.get("dobj")
    if dobj is None or not ("obj" in v.frames or evidence):
        return None
    if v.speech_act == "deny" and (dobj.lemma_.lower() in _GRANTED or "dative" in v.by_dep):
        return []  # "denied a request", "denied him entry": a thing refused, not a statement denied
    if v.verb.lemma_.lower() in _ADMITTING and _people(dobj):
        return []  # "a plan to admit Syrian refugees": let in, nothing admitted
    if object_quoted_as_saying(dobj):
        return []  # "the Times cited St. John Paul II as saying ...": the one quoted, whose words "saying" reports
    return [(v.clean(_object_tokens(v, dobj, evidence)), [], False)]


def _people(noun: Token) -> bool:
    """A noun for some people or a person ("refugees", "Syrians", "Smith")."""
    return noun.ent_type_ in {"PERSON", "NORP"} or noun.lower_ in _PEOPLE or noun.lemma_.lower() in _PEOPLE


def _object_tokens(v: _CueVerb, dobj: Token, evidence: bool) -> list[Token]:
    """The object with the role it is given ("as ...", "for ..."; for evidence also "with ..."), without adjuncts of
    time and place after it ("during a campaign stop"); an adjunct before the role stays ("attacked rivals on stage
    for taking ...")."""
    tokens = v.subtree_between(dobj.left_edge.i)
    if v.verb.dep_ == "relcl":  # "Saudi Arabia, which has denied any involvement, lobbied ...": to the clause's comma
        comma = next((t.i for t in tokens if t.text == "," and t.i > dobj.i), None)
        tokens = [t for t in tokens if comma is None or t.i < comma]
    ends = [i for i in (_aside_after(dobj), _adjunct_after(v, dobj, evidence), _joined_predicate_after(v, dobj))
            if i is not None]
    return [t for t in tokens if t.i < min(ends)] if ends else tokens


def _joined_predicate_after(v: _CueVerb, dobj: Token) -> int | None:
    """Where a predicate joined to the cue verb after its object starts ("supports Clinton but is not working for
    her": what the speaker does besides, not what they support)."""
    joined = next((c for c in v.verb.children if c.dep_ == "conj" and c.i > dobj.right_edge.i), None)
    if joined is None or not _finite_predicate_of_the_same_subject(joined):
        return None  # "questioned Trump's values and his readiness", "mentioned refinancing loans and forcing ...":
        # a second object the parser joined to the verb
    return min((c.i for c in v.verb.children if c.dep_ == "cc" and dobj.right_edge.i < c.i < joined.i),
               default=joined.left_edge.i)


def _finite_predicate_of_the_same_subject(verb: Token) -> bool:
    """A tensed verb, or one with its auxiliary, with no subject, "that" or wh-word of its own ("but is not working
    for her", "but are reportedly working to ...")."""
    own = list(verb.children)
    tensed = verb.tag_ in TENSED or any(c.dep_ in {"aux", "auxpass"} and c.i < verb.i for c in own)
    return verb.pos_ in {"VERB", "AUX"} and tensed and not any(
        c.dep_ in CLAUSE_SUBJECTS or c.dep_ in {"mark", "advmod"} and c.tag_ in {"WRB", "IN"}
        and c.i < verb.i for c in own)


def _adjunct_after(v: _CueVerb, dobj: Token, evidence: bool) -> int | None:
    """Where the first adjunct of the verb after its object and the object's role starts, if any."""
    roles = {"as", "for", "with"} if evidence else {"as", "for"}
    last_role = max((c.i for c in v.children if _role_of_object(c, dobj, roles)), default=0)
    last_object = max((c.i for c in v.children if _second_object(v.verb, dobj, c)), default=0)
    for c in v.children:
        if c.dep_ == "advcl" and (_infinitive_right_after(c, dobj) or _role_as_clause(c, dobj)):
            continue  # "praised his call to raise the wage": the noun's infinitive, hung on the verb
        if c.i <= last_object and c.dep_ in {"punct", "cc", "conj"}:
            continue
        if c.i > max(dobj.i, last_role) and (c.dep_ in {"npadvmod", "advcl", "advmod"} and c.lower_ not in roles
                                             or c.dep_ == "prep" and _circumstance(c)
                                             or c.dep_ in {"punct", "cc", "conj"}):
            return c.left_edge.i
    return None


def _role_of_object(word: Token, dobj: Token, roles: set[str]) -> bool:
    """A child of the verb that gives its object a role: "as ...", "for ..." after it, or a role clause."""
    return word.dep_ == "prep" and word.lower_ in roles and word.i > dobj.i or _role_as_clause(word, dobj)


def _role_as_clause(clause: Token, dobj: Token) -> bool:
    """"described the country as beset by illegal immigrants": the role the object is given, which the parser read
    as a clause of the verb opened by "as" right after the object."""
    return clause.dep_ == "advcl" and clause.left_edge.i == dobj.right_edge.i + 1 \
        and clause.left_edge.lower_ == "as" and clause.left_edge.dep_ == "mark" \
        and not any(c.dep_ in SUBJ | {"expl"} for c in clause.children)  # "as Trump consolidates": when


def _second_object(verb: Token, dobj: Token, conj: Token) -> bool:
    """A noun or gerund the parser joined to the verb after its object ("emphasizing economic fairness, and a need to
    raise the wage", "mentioned refinancing loans and forcing universities to spend more"): a second object. A
    gerund joined to a gerund is a second verb ("praising X and calling Y"), and a word with a subject of its own
    heads a clause."""
    if conj.dep_ != "conj" or conj.i < dobj.i or any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children):
        return False
    return conj.pos_ in {"NOUN", "PROPN"} or conj.tag_ == "VBG" and verb.tag_ != "VBG"


def _circumstance(prep: Token) -> bool:
    """A phrase of time, place, occasion or addressee ("during the debate", "on Thursday", "in a statement", "to
    me"): the verb's adjunct. Other phrases the parser hangs on the verb after its object mostly belong to the object
    ("cited her work after the Sept. 11 attacks", "described crass behavior by Trump")."""
    if prep.lower_ in _OCCASION_PREPS:
        return True
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return False
    addressee = prep.lower_ == "to" and pobj.tag_ == "PRP"  # "mentioned it to me", not "his loss to Obama"
    return addressee or pobj.ent_type_ in _CIRCUMSTANCE_ENTITIES or pobj.lemma_.lower() in _OCCASIONS


def _aside_after(noun: Token) -> int | None:
    """The comma opening a relative clause after ``noun`` that reports a speech act of its own ("Trump, who says he
    is honored", "Clinton's email use, which an FBI investigation said was ..."): a statement of its own, not part of
    the object. One whose subject is a personal pronoun ("which he said runs the risk ...") may be the speaker
    going on, and stays."""
    for c in noun.children:
        if c.i > noun.i and c.dep_ == "relcl" and c.left_edge.i > 0 and noun.doc[c.left_edge.i - 1].text == ",":
            subject = next((s for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}), None)
            if reports_in_relative(c) and not (subject is not None and subject.tag_ == "PRP"):
                return c.left_edge.i - 1
    return None


def _infinitive_right_after(clause: Token, noun: Token) -> bool:
    """``clause`` is a "to"-infinitive starting right after ``noun``'s phrase."""
    return (clause.left_edge.i == noun.right_edge.i + 1 and clause.left_edge.lower_ == "to"
            and clause.left_edge.dep_ == "aux")


def _quote(v: _CueVerb) -> list[Content] | None:
    """A cue with a quote near it ("stressed 'the need to act'"): the quote, or the complement it is part of."""
    quote = nearest_quote(v.verb, v.quotes)
    if quote is None:
        return None
    tokens = quote_tokens(v.verb.doc, quote)
    if tokens and _in_the_first_conjunct(v.verb, tokens):
        return None  # 'denounced the remarks as "hurtful" and warned that ...': the quote is what he denounced
    if tokens and _governed_by_another_cue(v.verb, v.verb.doc[tokens[0]]):
        return []  # "said as much, arguing that Trump 'lashed out ...'": the quote is what he argued
    return [(_quoted_complement(v.verb, tokens, v.taken), [], True)]


def _in_the_first_conjunct(verb: Token, tokens: Sequence[int]) -> bool:
    """A quote before a coordinated verb, inside the verb it is coordinated with: that verb's complement."""
    first = verb.head
    return verb.dep_ == "conj" and tokens[-1] < verb.i and first.left_edge.i <= tokens[0] \
        and all(verb.doc[i].is_punct or first.i in {a.i for a in verb.doc[i].ancestors} for i in tokens)


def _governed_by_another_cue(verb: Token, word: Token) -> bool:
    """A second report hung on ``verb`` (", arguing that ...", "and argued that ...", not a clause of time such as
    "before he spoke") governs ``word`` with its clause: the word is that report's content, not ``verb``'s."""
    for head in word.ancestors:
        if head.i == verb.i:
            return False
        if head.head.i == verb.i and head.dep_ in {"advcl", "conj"} and head.pos_ == "VERB" \
                and (cue := cue_of(head)) is not None and not cue.weak \
                and any(c.dep_ == "ccomp" for c in head.children) and not any(c.dep_ == "mark" for c in head.children):
            return True
    return False


@dataclass(frozen=True)
class ContentReader:
    """Where the content of a cue with one of ``frames`` is, when ``read`` finds that complement (``None``: the next
    reader is tried; a list, even empty: the answer)."""

    name: str
    frames: frozenset[str]
    read: Callable[[_CueVerb], list[Content] | None]


def _reader(name: str, frames: str, read: Callable[[_CueVerb], list[Content] | None]) -> ContentReader:
    return ContentReader(name, frozenset(frames.split()), read)


CONTENT_READERS = (
    _reader("accused-x-of", "of", _accused_of),
    _reader("warned-x-to", "obj-to", _warned_to),
    _reader("clause-with-its-subject-read-as-object", "ccomp", _clause_with_its_subject_read_as_object),
    _reader("that-clause", "ccomp", _that_clause),
    _reader("wh-clause", "wh", _wh_clause),
    _reader("infinitive", "xcomp", _infinitive),
    _reader("called-on-x-to", "on-to", _called_on),
    _reader("called-x-quoted", "oprd", _called_quoted),
    _reader("called-x-two-predicates", "oprd", _called_two_predicates),
    _reader("likened-x-to", "obj-like-to", _likened_to),
    _reader("saw-x-as", "obj-as", _seen_as),
    _reader("about", "about of-topic", _about),
    _reader("object-and-predicate", "oprd", _object_and_predicate),
    _reader("against-or-on", "against on", _against_or_on),
    _reader("to", "to", _to),
    _reader("for", "for", _for),
    _reader("object", "obj obj-evidence", _object),
    _reader("quote", "quote", _quote),
)
"""The content readers, in the order they are tried: the first whose frames the cue has and that finds its
complement answers."""


def find_contents(verb: Token, cue: Cue, quotes: Sequence[tuple[int, int]], taken: set[int]) -> Iterator[Content]:
    """Yield ``(content token indices, target tokens, direct)`` for one cue verb."""
    v = _cue_verb(verb, cue, quotes, taken)
    for reader in CONTENT_READERS:
        if reader.frames & cue.frames and (found := reader.read(v)) is not None:
            yield from found
            return


def _deps(verb: Token) -> set[str]:
    return {c.dep_ for c in verb.children}


def _preps(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ == "prep"}


def _has_of_target(verb: Token) -> bool:
    return "dobj" in _deps(verb) and ("of" in _preps(verb) or any(
        _of_on_object(d) for d in verb.children if d.dep_ == "dobj"))


def _has_predicate(verb: Token) -> bool:
    predicates = [c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i]
    return ({"dobj", "oprd"} <= _deps(verb) or len(predicates) >= 2 or _named_as(verb) is not None
            or len(predicates) == 1 and "dobj" not in _deps(verb) and _object_before_its_quote(verb, predicates[0]))


COMPLEMENT_TESTS: dict[str, Callable[[Token], bool]] = {
    "ccomp": lambda verb: "ccomp" in _deps(verb) or _misparsed_that_clause(verb) is not None
    or _object_read_for_a_clause(verb, cue.frames if (cue := cue_of(verb)) is not None else frozenset()) is not None,
    "xcomp": lambda verb: "xcomp" in _deps(verb),
    "wh": lambda verb: _wh_clause_after(verb) is not None,
    "of": _has_of_target,
    "about": lambda verb: "about" in _preps(verb),
    "against": lambda verb: "against" in _preps(verb) and _right_after_verb(verb, "against"),
    "on": lambda verb: "on" in _preps(verb) and _right_after_verb(verb, "on"),
    "of-topic": lambda verb: "of" in _preps(verb),
    "obj-to": lambda verb: {"dobj", "xcomp"} <= _deps(verb) or _infinitive_clause_with_subject(verb) is not None,
    "obj": lambda verb: "dobj" in _deps(verb) or _gerund_object(verb, cue_of(verb)) is not None,
    "obj-evidence": lambda verb: ("dobj" in _deps(verb) or _shown_doing(verb) is not None) and _evidence_subject(verb),
    "obj-as": lambda verb: _object_as(verb) is not None,
    "obj-like-to": lambda verb: "dobj" in _deps(verb) and "to" in _preps(verb),
    "oprd": _has_predicate,
    "on-to": lambda verb: "xcomp" in _deps(verb) and _on_addressee(verb) is not None,
    "to": lambda verb: any(c.dep_ == "prep" and c.lower_ == "to" and _right_after(verb, c) for c in verb.children),
    "for": lambda verb: _for_after_verb(verb) or _for_to_clause(verb) is not None,
    "quote": lambda verb: _quote_near(verb),
}
"""For each frame, whether a verb has the complement it names."""

FLAGS = frozenset({"weak"})
"""Frame-column words that name no complement: "weak", a belief or opinion verb (it needs a clause, never a bare
object, and inside another report's content it is part of that content)."""


def _gerund_object(verb: Token, cue: Cue | None) -> Token | None:
    """A gerund right after the verb, the parser's complement, that is its object ("supports keeping troops there",
    "has supported increasing the number of visas"); not for a denial ("Israel denies causing Gaza floods": the
    contradiction rules read the denial whole, the gerund has no subject to set against another statement's)."""
    return None if cue is None or cue.speech_act == "deny" else _gerund_right_after(verb)


def _gerund_right_after(verb: Token) -> Token | None:
    """The gerund the parser made the verb's complement, right after it or past its adverbs ("said having ...",
    "has long supported increasing ...")."""
    nxt = next((t for t in verb.doc[verb.i + 1:verb.sent.end] if t.dep_ not in {"advmod", "neg"}), None)
    return nxt if nxt is not None and nxt.head.i == verb.i and nxt.dep_ == "xcomp" and nxt.tag_ == "VBG" else None


def _for_after_verb(verb: Token) -> bool:
    """A "for" right after the verb ("called for X"), or after the ones it is addressed to ("apologized to his
    supporters for X")."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    if prep is None:
        return False
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == verb.i + 1), None)
    return _right_after(verb, prep) or to is not None and prep.i == to.right_edge.i + 1


def has_complement(verb: Token, cue: Cue) -> bool:
    """Whether the verb has a complement one of the cue's frames names (its content can be found)."""
    return any(COMPLEMENT_TESTS[frame](verb) for frame in sorted(cue.frames - FLAGS))


def _evidence_subject(verb: Token) -> bool:
    """The verb's own subject is a piece of evidence ("polls show ...", "the video shows ...") or a batch of them ("a
    new batch of emails showed ...")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lemma_.lower() in PARTITIVES:
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        subject = None if of is None else next((c for c in of.children if c.dep_ == "pobj"), None)
    return subject is not None and subject.lemma_.lower() in evidence_nouns()


def _shown_doing(verb: Token) -> Token | None:
    """"has shown him trailing Trump": the one shown, right after the verb, with what it is shown doing (the parser
    reads the one shown as a dative and the gerund as a complement of the verb)."""
    shown = next((c for c in verb.children if c.dep_ == "dative" and c.i == verb.i + 1), None)
    doing = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
    return shown if shown is not None and doing is not None and doing.i == shown.right_edge.i + 1 else None


def _quote_near(verb: Token) -> bool:
    sent = verb.sent
    return any(t.text in {'"', "\u201c", "\u201d"} for t in sent) and verb.dep_ in {"ROOT", "parataxis", "conj"}


_COMPLEMENTS = {"dobj", "prep", "xcomp", "ccomp", "oprd", "attr", "dative", "acomp"}


def _quoted_complement(verb: Token, quote: tuple[int, ...], taken: set[int]) -> tuple[int, ...]:
    """The content of a cue with a quote: the quote itself, or the verb's complement when the quote is only a phrase
    inside it ("stressed the need to protect forests from 'constant threats'": the whole need is what was said)."""
    if not quote:
        return quote
    tree = {t.i for t in verb.subtree}
    if quote[0] - verb.i > 3 and sum(i in tree for i in quote) * 2 < len(quote):
        return ()  # a quote elsewhere in the sentence ("leads 'America Tonight' on Fusion"), not this cue's
    comps = [c for c in verb.children if c.dep_ in _COMPLEMENTS and c.i > verb.i]
    if not comps:
        return quote
    start, end = comps[0].left_edge.i, max(c.right_edge.i for c in comps)
    if not (start <= quote[0] and quote[-1] <= end):
        return quote
    tokens = [t for t in verb.doc[start:end + 1]]
    outside = [t for t in tokens if not t.is_punct and not quote[0] <= t.i <= quote[-1]]
    if len(outside) < 2:
        return quote
    return clean(tokens, taken, verb) or quote


_TOPIC_PREPS = ("against", "on")


def _right_after_verb(verb: Token, prep: str) -> bool:
    """The verb's preposition ``prep`` follows it, with at most a particle between ("spoke out against")."""
    return any(c.dep_ == "prep" and c.lower_ == prep and _right_after(verb, c) for c in verb.children)


def _named_as(verb: Token) -> tuple[Token, Token] | None:
    """``(object, predicate)`` of "called X 'Y'" when the parser made Y a second object or X's quoted apposition."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) >= 2:
        return objects[0], objects[-1]
    if len(objects) == 1:
        for t in objects[0].subtree:
            edge = t.left_edge.i
            if t.dep_ == "appos" and edge > 0 and {verb.doc[edge].text, verb.doc[edge - 1].text} & (MARKS | {"\u2018"}):
                return objects[0], t
        quoted = _quoted_end_of(objects[0]) or _quoted_after(verb, objects[0]) or _quote_inside(objects[0]) \
            or _short_quote_after(objects[0]) or _adjective_after_its_noun(objects[0])
        if quoted is not None:
            return objects[0], quoted
    return None


_NAMING_QUOTE_WORDS = 12
"""How long a quote right after "called X" may be to be what X is called (a name or a phrase, not a speech)."""


def _short_quote_after(obj: Token) -> Token | None:
    """The closing mark of "called the situation 'overclassification run amok'", "calling Pence 'my partner in this
    campaign'": a short quote opened right after the object, wherever the parser hung it, is what the object is
    called."""
    doc = obj.doc
    opening = obj.right_edge.i + 1
    if opening + 1 >= len(doc) or doc[opening].text not in _QUOTE_MARKS or doc[opening + 1].pos_ in {"ADP", "SCONJ"}:
        return None  # "describing her own christening 'at the Methodist church'": where, not what it is called
    end = min(doc[opening].sent.end, opening + _NAMING_QUOTE_WORDS + 2)
    closing = next((t for t in doc[opening + 1:end] if t.text in _QUOTE_MARKS), None)
    return closing if closing is not None and closing.i > opening + 1 else None


def _adjective_after_its_noun(obj: Token) -> Token | None:
    """"he called Clinton's public squabble with the intelligence community unusual": an adjective ending the
    object after its noun, which the parser made the noun's modifier, is what the object is called (English puts
    a modifying adjective before its noun)."""
    last = obj.doc[obj.right_edge.i]
    return last if last.dep_ == "amod" and last.tag_ == "JJ" and last.head.i == last.i - 1 \
        and last.head.pos_ == "NOUN" and last.i > obj.i else None


def _quoted_after(verb: Token, obj: Token) -> Token | None:
    """"called that 'beyond preposterous'": a quote right after the object that the parser made a phrase of the
    verb (a preposition, an adverb) is what the object is called."""
    doc = verb.doc
    opening = obj.right_edge.i + 1
    if opening + 1 >= len(doc) or doc[opening].text not in _QUOTE_MARKS:
        return None
    phrase = next((c for c in verb.children if c.i > obj.i and c.left_edge.i in {opening, opening + 1}), None)
    if phrase is None or phrase.dep_ not in {"prep", "advmod", "npadvmod", "acomp"}:
        return None
    return phrase if _quote_closes_after(phrase.right_edge) else None


_QUOTE_MARKS = MARKS | {"\u2018", "\u2019"}


def _quote_closes_after(word: Token) -> bool:
    """A closing quotation mark follows ``word``, maybe after its comma or full stop ('"quite dangerous."')."""
    closing = next((t for t in word.doc[word.i + 1:word.i + 3] if not t.is_punct or t.text in _QUOTE_MARKS), None)
    return closing is not None and closing.text in _QUOTE_MARKS


def _quoted_end_of(obj: Token) -> Token | None:
    """The last word of "called the use of executive orders 'quite dangerous'", "has called the TPP pact 'insanity'":
    the object's phrase ends with a quote opened right after one of its nouns, which the parser hung inside the
    phrase; the quote is what the object is called. After a preposition or an article ("a claim of 'right'", "the
    'Never Trump' movement") the quote is part of the phrase."""
    doc = obj.doc
    words = [t for t in obj.subtree if not t.is_space]
    last = words[-1]
    while last.is_punct and last.i > obj.i:
        last = doc[last.i - 1]
    opening = next((t for t in reversed(words) if t.i < last.i and t.text in _QUOTE_MARKS), None)
    if not _quote_closes_after(last) or opening is None or opening.i <= obj.left_edge.i:
        return None
    before = doc[opening.i - 1]
    return last if before.pos_ in {"NOUN", "PROPN", "PRON"} and before.i >= obj.left_edge.i else None


def _quote_inside(obj: Token) -> Token | None:
    """The closing mark of "called the system 'rigged' on Tuesday", "called Mexican border-crossers 'rapists' and
    criminals": a quote opened right after one of the object's nouns and closed before its phrase goes on, which
    the parser hung inside the phrase, is what the object is called, unless it modifies a noun after it."""
    doc, ids = obj.doc, {t.i for t in obj.subtree}
    opening = next((t for t in obj.subtree if t.text in _QUOTE_MARKS and t.i - 1 in ids and t.i > obj.left_edge.i),
                   None)
    if opening is None or doc[opening.i - 1].pos_ not in {"NOUN", "PROPN", "PRON"} or doc[opening.i - 1].dep_ == "poss":
        return None
    closing = next((t for t in doc[opening.i + 1:obj.right_edge.i + 1] if t.text in _QUOTE_MARKS), None)
    if closing is None or not opening.i + 1 < closing.i < obj.right_edge.i:
        return None
    # "what her team calls her 'breaking barriers' agenda": a quote modifying the noun after it names no predicate
    return closing if all(t.head.i < closing.i for t in doc[opening.i + 1:closing.i]) else None


def _misparsed_that_clause(verb: Token) -> Token | None:
    """A "that"-clause the parser hung elsewhere: on the object ("told a meeting of leaders that ...") or as an
    adverbial clause ("tweeted in the early morning hours that Machado was ...", "that" read as an adverb); for a
    question, an "if" or "whether" clause read as a condition ("Asked if she believed ...")."""
    clause = _object_that_clause(verb) or _gerund_subject_read_as_complement(verb) \
        or _that_clause_read_as_relative(verb)
    if clause is not None:
        return clause
    question = (cue := cue_of(verb)) is not None and cue.speech_act == "question"
    marks = {"that", "if", "whether"} if question else {"that"}
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                 and (lead := _clause_lead(c)).lower_ in marks and lead.dep_ in {"advmod", "mark"}), None)


_CIRCUMSTANCE_PREPOSITIONS = frozenset({"at", "in", "on", "during", "for", "with", "before", "after", "over"})


def _that_clause_read_as_relative(verb: Token) -> Token | None:
    """"predicted at the most recent GOP debate that Republicans will take every state": the parser reads the
    clause as a relative one on the noun of the verb's circumstance, "that" as the object of a verb that has an object
    (or a complement) of its own, or as a noun's clause on the last of two ("warning followers on social media and
    in interviews that the Islamic State could ..."); the clause is the verb's."""
    preps = [p for p in verb.children if p.dep_ == "prep" and p.i > verb.i]
    preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP"]
    nouns = [n for prep in preps if prep.lower_ in _CIRCUMSTANCE_PREPOSITIONS
             for n in prep.children if n.dep_ == "pobj"]
    # a word for what is said takes its own clause ("apologized for his campaign's suggestion that ...")
    return next((c for n in nouns for c in n.children if _a_that_clause(c) and (
        c.dep_ == "relcl" or c.dep_ == "acl" and n.lemma_.lower() not in noun_cues())), None)


def _a_that_clause(clause: Token) -> bool:
    """The relative clause opens with a "that" that cannot be its relative pronoun: not its subject, and the clause
    has a subject and, unless "that" is read as its mark, an object or complement of its own."""
    lead = clause.left_edge
    if lead.lower_ != "that" or lead.dep_ in {"nsubj", "nsubjpass"}:
        return False
    own = [c for c in clause.children if c.i != lead.i]
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in own) and (lead.dep_ == "mark" or any(
        c.dep_ in {"dobj", "attr", "ccomp", "xcomp", "acomp", "oprd"} for c in own))


def _clause_lead(clause: Token) -> Token:
    """The clause's first word past the adverbs that focus it ("only that he was ...", "simply that ...")."""
    return next(t for t in clause.subtree
                if not (t.dep_ == "advmod" and t.head.i == clause.i and t.i < clause.i and t.lower_ != "that"))


def _gerund_subject_read_as_complement(verb: Token) -> Token | None:
    """"said having Trump at the top of the ticket puts ...": a gerund right after the verb whose phrase is the
    subject of a finite verb the parser hung on it (that verb has no subject of its own, or only the gerund's object
    read as one: "said seeing so many police officers at Pride was a welcome sight"); the gerund's phrase, with that
    verb, is the clause reported."""
    gerund = _gerund_right_after(verb)
    if gerund is None:
        return None
    finite = next((c for c in gerund.children if c.dep_ == "ccomp" and c.i > gerund.i and _finite(c)
                   and not any(x.dep_ in {"nsubj", "nsubjpass", "csubj"} and not gerund.i < x.i < c.i
                               for x in c.children)), None)
    return gerund if finite is not None else None


def _finite(verb: Token) -> bool:
    """A verb with tense: "puts", "was", or a bare verb after a modal ("would be")."""
    return verb.tag_ in TENSED or verb.tag_ == "VB" and any(c.tag_ == "MD" for c in verb.children)


def _object_that_clause(verb: Token) -> Token | None:
    """"told a meeting of leaders that few people understood ...": a "that"-clause the parser hung on the object as
    a relative clause (a relative clause has no "that" as its mark)."""
    for obj in verb.children:
        if obj.dep_ in {"dobj", "dative"} and obj.i > verb.i:
            for c in obj.subtree:
                if c.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                    return c
    return _that_clause_on_setting(verb)


_TIME_NOUNS = attribution_words("time-noun")


def _that_clause_on_setting(verb: Token) -> Token | None:
    """"said in a statement that the team would work with ...", "said for the first time that ...": a "that"-clause
    the parser hung on the document, occasion or time of the report (a clause whose "that" is its mark, not the
    relative pronoun of "the statement that was released")."""
    for prep in verb.children:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
        if pobj is None or prep.i < verb.i or prep.lower_ not in {"in", "during", "at", "on", "for"} \
                or prep.lower_ == "for" and pobj.lemma_.lower() not in _TIME_NOUNS:
            continue  # "for the first time", not "apologized for his campaign's suggestion that ..."
        for c in pobj.subtree:  # also deeper: "said in one of a series of Twitter messages that ..."
            if c.dep_ in {"acl", "relcl"} and c.i > pobj.i and c.left_edge.dep_ == "mark" \
                    and c.left_edge.lower_ == "that" and c.left_edge.head.i == c.i:
                return c
    return None


def _object_clause(dobj: Token, clause: Token) -> bool:
    """A clause with no "that" right after the verb's object: a relative clause of the object, misattached."""
    return dobj.i < clause.left_edge.i == dobj.right_edge.i + 1 and not any(
        c.dep_ == "mark" for c in clause.children)


def _right_after(verb: Token, word: Token) -> bool:
    """``word`` follows the verb, with at most its particle or an adverb of it between ("pointed out to", "referring
    to", "called again for")."""
    between = verb.doc[verb.i + 1:word.i]
    return word.i > verb.i and len(between) <= 2 and all(
        t.head.i == verb.i and (t.dep_ == "prt" or t.dep_ == "advmod" and t.pos_ == "ADV") for t in between)


def _on_addressee(verb: Token) -> Token | None:
    """The "on" or "upon" of "called on X to ...", as a particle or a preposition right after the verb (or its
    adverb: "called again on")."""
    return next((c for c in verb.children if c.lower_ in {"on", "upon"} and _right_after(verb, c)), None)
