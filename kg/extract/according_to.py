""""According to X, ...": X is the source, the rest of the clause the content; and "in" a poll or study, which
makes the clause its finding the same way ("In the poll, Clinton led by eight points"), or "in" someone's view
("In Ash's view, ...")."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from kg.cues import Cue, attribution_words
from kg.extract.cue_words import cue_of, issuer_of_document, open_parenthesis, possessor_of_document, speaker_of
from kg.extract.phrases import (
    DASHES, apposition_right_after, clause_parts, clean, issuer_words, phrase_before_clauses, whole_phrase,
    without_possessive_mark,
)
from kg.extract.records import Found


def according_to(sent: Span, quotes: Sequence[tuple[int, int]], taken: set[int]) -> Iterator[Found]:
    for tok in sent:
        pobj = _source_after(tok)
        if pobj is None:
            continue
        phrase = _source_phrase(tok, pobj)
        for pieces in _statements_beside(sent, tok, phrase, taken):
            content = tuple(i for piece in pieces for i in piece)
            if len(content) >= 3 and not _only_a_prepositional_phrase(sent.doc, content):
                yield _found(tok, pobj, content, fragments=tuple(pieces) if len(pieces) > 1 else ())


def quote_reported(doc: Doc, tagged: Found) -> Found | None:
    """'"...," Walker said, according to an AP account': the "according to" that closes the sentence of a quote's
    tag, right after it, reports the quote with its tag, as it reports a "Walker said ..." (the outer report, as
    :func:`kg.extract.records.outermost` keeps); None when there is none."""
    if not tagged.cue_tokens:
        return None
    verb = doc[tagged.cue_tokens[0]]
    closing = _closing_according_to(verb.sent)
    told = {*(tagged.fragments[0] if tagged.fragments else tagged.content), *tagged.cue_tokens, *tagged.source_tokens}
    if closing is None or max(told) >= closing.according.i:
        return None
    according, source, phrase = closing
    tag = {t.i for t in verb.subtree}
    # the quote and its tag are the sentence: nothing before them, nothing but the tag's own words ("said during the
    # closed-door session") before the comma of "according to"
    if any(not (t.is_punct or t.is_space) for t in doc[verb.sent.start:min(told)]) \
            or any(not t.is_punct and t.i not in tag for t in doc[max(told) + 1:according.i - 1]):
        return None
    head = tuple(t.i for t in doc[min(told):according.i - 1] if not t.is_space)
    later = tuple(i for i in tagged.content if i > max(phrase))  # '"...," he said, according to X. "And more."'
    return _found(according, source, head + later, fragments=(head, later) if later else ())


def _found(according: Token, source: Token, content: tuple[int, ...], *,
           fragments: tuple[tuple[int, ...], ...] = ()) -> Found:
    """The statement an "according to X" reports: X's, or its issuer's when X is a document that names one; X
    without its apposition ("Brian Wieser, an analyst at Pivotal Research Group": Wieser), written with it."""
    written, speaker = tuple(t.i for t in whole_phrase(source)), _speaker(source)
    aside = {t.i for a in source.children if a.dep_ == "appos" and a.i > source.i
             for t in source.doc[a.left_edge.i - (source.doc[a.left_edge.i - 1].text == ","):a.right_edge.i + 1]}
    named = speaker or _name_in_marks_after(source) or _author_of_a_title(source) \
        or tuple(i for i in written if i not in aside)
    return Found(Cue("according to", "report", frozenset()), (according.i, according.i + 1), named,
                 content, "according-to", 0.85, fragments=fragments, source_extent=written if named != written else (),
                 rule="according-to")


def _name_in_marks_after(source: Token) -> tuple[int, ...]:
    """'according to the website "Injustice Stories,"': the name in quotation marks right after a common noun, which
    the parser hangs on it as an apposition, is who speaks."""
    name = apposition_right_after(source)
    if name is None or not name.left_edge.is_quote:
        return ()
    return tuple(t.i for t in name.subtree if t.i <= name.i and not t.is_punct)


def _author_of_a_title(source: Token) -> tuple[int, ...]:
    """'according to "The Trumps: Three Generations That Built an Empire," by Gwenda Blair': a title in quotation
    marks speaks through its author, the name after its "by"."""
    if not source.doc[source.left_edge.i].is_quote:
        return ()
    by = next((c for c in source.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    author = None if by is None else next((c for c in by.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
    return () if author is None else tuple(t.i for t in author.subtree if not t.is_punct and t.i <= author.i)


_FINDING_NOUNS = attribution_words("finding-noun")


def finding_in_evidence(sent: Span, taken: set[int]) -> Iterator[Found]:
    """"In exit polls, voters were unhappy ...", "Clinton led Sanders 2-1 in an NBC News poll": a poll or study
    in an "in" phrase on the sentence's main verb is the source of the clause, as "according to" it would be; not
    when the verb reports something itself ("In a poll, voters said ...": the voters speak) or the sentence says
    whom it is according to."""
    def source(prep: Token, evidence: Token) -> Found:
        speaker = _speaker(evidence) or tuple(t.i for t in phrase_before_clauses(evidence))
        return Found(Cue("in", "report", frozenset()), (prep.i,), speaker, (), "according-to", 0.8,
                     source_extent=tuple(t.i for t in whole_phrase(evidence)), rule="clause-found-in-evidence")

    yield from _clauses_of_in_phrases(sent, taken, (source(*pair) for pair in _findings_on(sent.root)))


_VIEW_NOUNS = attribution_words("view-noun")


def view_held(sent: Span, taken: set[int]) -> Iterator[Found]:
    """"In Ash's view, the change would have a profound impact ...", "in the eyes of most voters, they have more
    deficiencies ...": whoever holds the view, the opinion or the words is the clause's source, as in "according to
    X"; not when the verb reports something itself or the sentence says whom it is according to."""
    def source(prep: Token, holder: Token) -> Found:
        speaker = without_possessive_mark(whole_phrase(holder), holder) if holder.dep_ == "poss" \
            else phrase_before_clauses(holder)
        return Found(Cue("in", "believe", frozenset()), (prep.i,), tuple(t.i for t in speaker), (), "according-to",
                     0.8, rule="in-the-view-of")

    yield from _clauses_of_in_phrases(sent, taken, (source(*pair) for pair in _views_on(sent.root)))


def _clauses_of_in_phrases(sent: Span, taken: set[int], sources: Iterable[Found]) -> Iterator[Found]:
    """What the sentence says beside each "in" phrase on its main verb that names a source (``sources``, each with
    its "in" as cue and no content yet): the source's statements; none when the main verb reports something itself
    or the sentence says whom it is according to."""
    root = sent.root
    if root.pos_ not in {"VERB", "AUX"} or root.i in taken or cue_of(root) is not None \
            or any(t.lower_ == "according" for t in sent):
        return
    for found in sources:
        prep = sent.doc[found.cue_tokens[0]]
        for pieces in _statements_beside(sent, prep, {t.i for t in prep.subtree}, taken):
            content = tuple(i for piece in pieces for i in piece)
            if len(content) >= 3:
                yield replace(found, content=content, fragments=tuple(pieces) if len(pieces) > 1 else ())


def _views_on(verb: Token) -> Iterator[tuple[Token, Token]]:
    """``(in, holder)`` for each "in" phrase on the verb whose object is a view held by someone: its possessor
    ("his view") or the object of its "of" ("the view of many of us"); set off as the sentence's comment, opening it
    or after a comma ("can be summed up in the words of Lincoln" is how it is summed up)."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and _set_off(c)):
        view = next((c for c in prep.children if c.dep_ == "pobj"), None)
        holder = _holder_of(view) if view is not None and view.pos_ == "NOUN" and view.lower_ in _VIEW_NOUNS else None
        if holder is not None:
            yield prep, holder


def _set_off(prep: Token) -> bool:
    """The phrase opens its sentence or follows a comma (or a quote closed after one: '"surprises," in the words')."""
    doc = prep.doc
    before = doc[prep.i - 1] if prep.i else None
    return prep.i == prep.sent.start or before.text == "," \
        or before.is_quote and prep.i > 1 and doc[prep.i - 2].text == ","


def _holder_of(view: Token) -> Token | None:
    """Whose view it is: its possessor or the object of its "of"; not a thing's ("its")."""
    holder = next((c for c in view.children if c.dep_ == "poss"), None) \
        or next((p for c in view.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), None)
    return None if holder is None or holder.lower_ in {"its", "it"} else holder


def _findings_on(verb: Token) -> Iterator[tuple[Token, Token]]:
    """``(in, poll)`` for each "in" phrase on the verb whose object is a survey or study."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        evidence = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if evidence is not None and evidence.pos_ == "NOUN" and evidence.lemma_.lower() in _FINDING_NOUNS:
            yield prep, evidence


def _statements_beside(sent: Span, marker: Token, phrase: set[int], taken: set[int]) -> list[list[tuple[int, ...]]]:
    """What the sentence says beside the source's phrase (its ``marker``: "according", "in"), each statement as its
    pieces: after an opening phrase, one per coordinated main clause ("According to X, ...", "But according to X,
    ...", "(According to X, ...)"); else the words around it."""
    last = max(phrase)
    skip = phrase | taken | _as_tags(sent)
    rest = [t for t in sent if t.i not in skip]
    if marker.i <= sent.start + 1:
        return [[piece] for piece in _clauses_after(sent, rest, last, phrase | taken)]
    if _opens_a_second_clause(marker, last):
        after = clean([t for t in rest if t.i > last], phrase | taken, None)
        if after:
            return [[after]]
    return [_around(rest, marker, last, phrase)]


_CLAUSE_BREAKS = frozenset({"but", "and", "yet", "so", ";"}) | DASHES


def _opens_a_second_clause(marker: Token, last: int) -> bool:
    """"It's hard to believe, but according to the website, a woman boasted ...", "... at the tables \u2014
    according to the report, he had won ...": the phrase, set off by a comma after it, opens the clause after a
    conjunction, a semicolon or a dash; what it reports is that clause, not the one before (unless that one reports
    something itself: "Amazon seems to understand that all too well -- according to ...", read as before)."""
    doc = marker.doc
    if doc[marker.i - 1].lower_ not in _CLAUSE_BREAKS or last + 1 >= len(doc) \
            or "," not in {doc[last].text, doc[last + 1].text}:
        return False
    return not any(t.pos_ == "VERB" and cue_of(t) is not None and speaker_of(t) is not None
                   for t in doc[marker.sent.start:marker.i])


def _as_tags(sent: Span) -> set[int]:
    """The words of the sentence's speech tags of "as" ("As I noted above, ...", "..., as The New York Times reported
    on Tuesday, ..."), which its "according to" does not report."""
    return {t.i for verb in sent if verb.dep_ == "advcl" and cue_of(verb) is not None
            and any(c.dep_ == "mark" and c.lower_ == "as" and c.i == verb.left_edge.i for c in verb.children)
            for t in verb.subtree}


def closing_source_phrase(sent: Span) -> set[int]:
    """The tokens of an "according to X" that closes the sentence after a comma ("..., according to
    RealClearPolitics."): another speaker's source, no part of what a tag in the sentence reports."""
    closing = _closing_according_to(sent)
    return set() if closing is None else closing.phrase


class _Closing(NamedTuple):
    """An "according to X" closing its sentence: "according", X's head, the phrase's tokens."""

    according: Token
    source: Token
    phrase: set[int]


def _closing_according_to(sent: Span) -> _Closing | None:
    for tok in sent:
        pobj = _source_after(tok)
        if pobj is not None and sent.doc[tok.i - 1].text == ",":
            phrase = _source_phrase(tok, pobj)
            if max(phrase) >= sent.end - 2:
                return _Closing(tok, pobj, phrase)
    return None


def _clauses_after(sent: Span, rest: list[Token], last: int, taken: set[int]) -> list[tuple[int, ...]]:
    """What an opening "According to X," says: the rest of the sentence, one statement per coordinated main clause
    with a subject of its own, as the article's own voice is split ("According to one witness, it was a cover-up,
    and the player is serving a suspension": two things the witness says)."""
    root = sent.root
    after = [t for t in rest if t.i > last]
    if root.i <= last or root.i in taken or cue_of(root) is not None or not any(c.dep_ == "cc" for c in root.children):
        # no "and"/"but" joins two clauses (a dash or a misparse), or the clause is a report, whole
        return [clean(after, taken, None)]
    keep = {t.i for t in after}
    parts = [clean([sent.doc[i] for i in ids if i in keep], taken, None) for ids in clause_parts(root, taken)]
    return [part for part in parts if part] or [clean(after, taken, None)]


def _only_a_prepositional_phrase(doc: Doc, content: tuple[int, ...]) -> bool:
    """What is left beside the "according to" is a prepositional phrase of what another report says ('"...,"
    Conason writes in his book, according to the Times': "in his book"), no statement."""
    ids = set(content)
    heads = [doc[i] for i in content if doc[i].head.i not in ids or doc[i].head.i == i]
    return len(heads) == 1 and heads[0].pos_ == "ADP"


def _speaker(source: Token) -> tuple[int, ...]:
    """Who speaks through the source, when it is a document or evidence that names its issuer or maker ("according
    to a statement from the White House", "according to a new poll by the consulting firm Oxford Economics",
    "according to Trump's letter"); empty when the source speaks for itself."""
    issuer = issuer_of_document(source) or possessor_of_document(source)
    if issuer is None or issuer.tag_ in {"WDT", "WP"}:
        return ()
    return tuple(t.i for t in issuer_words(issuer))


def _source_after(tok: Token) -> Token | None:
    """The source an "according to" names when ``tok`` is its "according"."""
    if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "to":
        return None
    kids = list(tok.doc[tok.i + 1].children) + list(tok.children)
    return next((c for c in kids if c.dep_ == "pobj"), None) or next((c for c in kids if c.dep_ == "pcomp"), None)


def _source_phrase(according: Token, source: Token) -> set[int]:
    """The tokens of "according to X ...": all that hangs on "according" ("according to a poll out Thursday",
    "according to X, referring to Y"), but when a misparse makes "According" the sentence's root ("According to a
    study by the Pew Research Center, eligible voters skew ..."), only the source's phrase and what follows it up to
    the next mark. A quotation after the source is never part of it."""
    if according.dep_ != "ROOT":  # nothing before it: a misparse may hang the sentence's subject on it too
        quoted = next((t.i for t in according.doc[source.right_edge.i + 1:according.sent.end] if t.is_quote),
                      according.sent.end)  # 'According to X, "Co-ordination must ...": a misparse hangs "Co-" on it
        return {t.i for t in according.subtree if according.i <= t.i < quoted} | {according.i + 1} \
            | {t.i for t in source.subtree}
    doc, below = according.doc, {t.i for t in according.subtree}
    end = source.right_edge.i
    while end + 1 < according.sent.end and end + 1 in below and not doc[end + 1].is_punct:
        end += 1
    return set(range(according.i, end + 1))


def _around(rest: list[Token], according: Token, last: int, phrase: set[int]) -> list[tuple[int, ...]]:
    """The content of an "according to X" inside its sentence: what comes before it, and when commas set it off
    in the middle of the clause ("Over the long term, according to the budget office, the deficits rise") also
    what comes after."""
    doc = according.doc
    # "(the actual number is closer to 15 percent, according to X)": the parenthesis only
    opening = max((t.i for t in doc[according.sent.start:according.i] if open_parenthesis(t, according)), default=-1)
    before = clean([t for t in rest if opening < t.i < according.i], phrase, None)
    set_off = doc[according.i - 1].text == "," and last + 1 < len(doc) \
        and "," in {doc[last].text, doc[last + 1].text}  # the source's phrase may end with the comma itself
    after = clean([t for t in rest if t.i > last], phrase, None) if set_off else ()
    if not any(doc[i].is_alpha for i in after):
        return [before]
    return [part for part in (before, after) if part]
