"""Direct quotes, found per paragraph: the quote marks, the speech tag after, before or between the parts of a
quote, a dash before the speaker, speaker labels of transcripts, a paragraph ending "He said:", quotes that run
over several paragraphs, and quote paragraphs with no tag that continue the previous speaker.
"""
from __future__ import annotations

import re
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from kg.cues import Cue, attribution_words, cues, not_speaker_words, noun_cues
from kg.extract.according_to import quote_reported
from kg.extract.cue_words import (
    cue_of, cue_token_ids, inverted_speaker, is_cue_verb, is_document, is_evidence, issuer_through_relative, may_speak,
    owner_by_support_verb, reports_in_relative, speaker_of, stance_on_a_name, subject_of, subject_read_as_compound,
    wished_for,
)
from kg.extract.mentions import mention_of
from kg.extract.phrases import (
    DASHES, SPEAKER_PRONOUNS, SPEAKING_NOUNS, SUBJ, TENSED, noun_phrase, source_extent_of, word_count,
)
from kg.extract.records import Found
from kg.extract.spans import tokens_span
from kg.types import Article, Attribution, Mention
from kg.types import Span as TextSpan


_OPEN_QUOTES = {"\u201c": "\u201d", '"': '"'}


# ---------------------------------------------------------------- quotes

QUOTE_MARK_RE = re.compile("''|[\"\u201c\u201d]")
"""A quotation mark: straight or curly double quotes, or two apostrophes as some wires write one."""
MARKS = {'"', "\u201c", "\u201d", "''"}
_MIN_QUOTE_WORDS = 2
_TAG_GAP_WORDS = 4  # words allowed between a cue verb and the quote it introduces ("said in a statement:")


@dataclass
class QuoteState:
    """What the quote pass carries from one paragraph to the next."""

    speaker: Mention | None = None  # the speaker of the previous paragraph, if it had one
    open_index: int | None = None  # the attribution whose quote the previous paragraph left open
    pending: Announcement | None = None  # the previous paragraph ended "He said:"

    def update(self, *, left_open: bool, attributions: list[Attribution], first_new: int, extended: bool) -> None:
        """Carry a paragraph's speaker and open quote to the next.

        Args:
            left_open: The paragraph's last quote runs to its end without a closing mark.
            attributions: The article's attributions so far.
            first_new: The index of the paragraph's first attribution in ``attributions``.
            extended: The paragraph carried on the previous paragraph's open quote.
        """
        new = [a for a in attributions[first_new:] if a.method != "article-voice"]
        if extended:
            if not left_open:
                self.open_index = None
            if not new:
                return
        # the last in the text, not the last found: a paragraph's quotes are found before its reporting verbs
        sourced = sorted((a for a in new if a.source is not None), key=lambda a: a.content.end)
        if sourced:
            # Only a speaker quoted last goes on speaking in the next paragraph's untagged quote: after "Polls show
            # ..." or "officials said they ...", a quote is someone else's, introduced further on.
            self.speaker = sourced[-1].source if sourced[-1].direct else None
        elif not extended:
            self.speaker = None
        self.open_index = None
        if left_open and new:
            for k in range(len(attributions) - 1, first_new - 1, -1):
                if attributions[k].direct and attributions[k].source is not None:
                    self.open_index = k
                    break


def opens_with_mark(article: Article, index: int) -> bool:
    if index >= len(article.paragraphs):
        return False
    text = article.paragraphs[index].text.lstrip()
    return text[:1] in MARKS or text.startswith("''") or bool(_single_quoted(text)) and text[:1] in "'\u2018"


def quote_tokens_outer(doc: Doc, quote: tuple[int, int]) -> list:
    """The quote's tokens with its marks."""
    s, e = quote
    inner = doc.char_span(s, e, alignment_mode="expand")
    if inner is None:
        return []
    lo, hi = inner.start, inner.end
    marks = _boundary_marks(doc)
    if lo > 0 and doc[lo - 1].text in marks:
        lo -= 1
    if hi < len(doc) and doc[hi].text in marks:
        hi += 1
    return [t for t in doc[lo:hi] if not t.is_space]


def opens_paragraph(doc: Doc, content: tuple[int, ...]) -> bool:
    first = next((t for t in doc if not t.is_space), None)
    return first is not None and content and content[0] == first.i and first.text in _boundary_marks(doc)


def _is_dash(tok: Token) -> bool:
    """A dash, or a closing mark glued to one ("\u201d\u2015")."""
    text = tok.text
    return text in DASHES or (len(text) == 2 and text[0] in MARKS and text[1] in DASHES)


class Tag(NamedTuple):
    """A speech tag found beside a quote."""

    cue_tokens: tuple[int, ...]
    source_tokens: tuple[int, ...]
    cue: Cue | None
    end: int
    """The index of the tag's last token."""
    rule: str = ""
    """The rule's name when the tag is not a speech tag ("quote-after-speaker-colon")."""


def _tag_after(doc: Doc, gap: Span, *, closed_by_comma: bool = False, opens: bool = True,
               names: Container[str] = frozenset()) -> Tag | None:
    """A speech tag right after a quote: ", he said", "said Smith, a spokesman", "— Hillary Clinton". After a quote
    closed by a comma, a speech verb and its speaker opening the gap are the tag whatever else the parser hangs on
    the verb ('"...," Trump said in February of Carrier Corp., whose parent company relocated ...': English has no
    "'...,' he said that ..."); a quote inside a phrase (``opens`` false: 'Citing "...," she told POLITICO that
    ...') has no tag in a verb that reports a "that"-clause of its own."""
    words = [t for t in gap if not t.is_space]
    while words and words[0].is_punct and not _is_dash(words[0]):
        words = words[1:]
    if not words:
        return None
    if _is_dash(words[0]):
        return _dash_tag(doc, words)
    if _new_sentence_after_quote(doc, words, names):
        return None
    return _verb_tag_in(words, {x.i for x in gap}, closed_by_comma=closed_by_comma, opens=opens)


def _verb_tag_in(words: list[Token], gap_ids: set[int], *, closed_by_comma: bool, opens: bool) -> Tag | None:
    """The first speech verb of the gap's opening words with its speaker, unless it reports on its own ("She says
    it underscores ...": a report of its own, not a tag; the gap has none)."""
    for t in words[:_TAG_WORDS]:
        if t.is_punct and t.text not in {",", "(", ")", "-"} or t.text in MARKS:
            break
        tag = _verb_tag(t, words[0], gap_ids, any_verb=closed_by_comma)
        if tag is not None:
            plain = closed_by_comma and "quote" in tag.cue.frames \
                and words[0].i in {*tag.source_tokens, *tag.cue_tokens} and (opens or not _that_clause_of_its_own(t))
            return None if not plain and _reports_on_its_own(t, gap_ids, tag) else tag
    return None


def _that_clause_of_its_own(verb: Token) -> bool:
    """The verb reports a "that"-clause after it ('Citing "obligations in Tennessee," the spokeswoman told POLITICO
    that Gore plans to skip ...'): what it tells, not the quote before it."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in verb.children)


def _dash_tag(doc: Doc, words: list) -> Tag | None:
    """"'...' — Hillary Clinton": a name after a dash, alone or before the end of the sentence."""
    names = []
    for t in words[1:]:
        if t.pos_ == "PROPN" or names and _INITIAL.fullmatch(t.text) \
                or (names and t.text in {".", "'s"} and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN"):
            names.append(t)  # "― Julie A. Diaz Martinez": an initial is part of the name, whatever its tag
        else:
            break
    rest = [t for t in words[1 + len(names):] if not t.is_punct]
    if names and (not rest or words[1 + len(names)].text in {",", "."}):
        return Tag((words[0].i,), tuple(t.i for t in names), Cue("-", "assert", frozenset()), names[-1].i)
    return None


_INITIAL = re.compile(r"[A-Z]\.")


def _new_sentence_after_quote(doc: Doc, words: list, names: Container[str] = frozenset()) -> bool:
    """A new sentence after a quote that ended with a full stop: not a tag, unless it opens with a speaker (a name, a
    word the article gives in a name elsewhere: '"...?" Hannity pressed.', a pronoun) and does not introduce the next
    quote, or goes on with the one before ('"..." Edwards continued, "..."': both are his)."""
    first = words[0]
    before = doc[first.i - 1] if first.i else None
    return before is not None and before.text in MARKS and first.i >= 2 and doc[first.i - 2].text in {".", "!", "?"} \
        and first.text[:1].isupper() \
        and (not (_a_name(first) or first.pos_ in {"NOUN", "PROPN"} and first.lower_ in names
                  or first.lower_ in SPEAKER_PRONOUNS)
             or _opens_next_quote(doc, words) and not any(t.lemma_.lower() == "continue" for t in words))


def _a_name(word: Token) -> bool:
    """A proper noun, or a name the tagger made a common noun ("Sanders" as the plural of "sander")."""
    return word.pos_ == "PROPN" or word.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} and word.ent_iob_ == "B"


_TAG_WORDS = 40
"""How far after a quote its tag's verb may be: past a speaker's long apposition ('"...," Trump, the 2016 GOP
presidential frontrunner nationally and current polling leader in South Carolina ..., said')."""


def _manner_cue(verb: Token) -> Cue | None:
    """A verb outside the lexicon that ends the sentence right after its subject, after a quote closed by a comma
    ('"France will always be France," an angry Hollande retaliated.'): English puts only a tag there, whatever its
    verb ("retaliated", "laughed", "shot back"); with an object or a clause of its own it is no tag."""
    manner = {x.i for c in verb.children if c.dep_ in {"prt", "advmod", "npadvmod", "prep"} and c.i > verb.i
              for x in c.subtree}  # "shot back with a laugh"
    speaker = _inverted_speaker_of(verb)
    if speaker is not None:
        manner |= {x.i for x in speaker.subtree}
    if verb.pos_ != "VERB" or verb.tag_ not in TENSED \
            or any(c.dep_ in _OWN_COMPLEMENTS and c.i > verb.i and (speaker is None or c.i != speaker.i)
                   for c in verb.children) \
            or not all(x.is_punct or x.i in manner for x in verb.doc[verb.i + 1:verb.sent.end]):
        return None
    return Cue(verb.lemma_.lower(), "assert", frozenset({"quote"}))


def _inverted_speaker_of(verb: Token) -> Token | None:
    """'"...," exhorted Clinton's introducer, actress Jamie Lee Curtis.': right after the quote's closing mark the
    verb comes before its speaker, whom the parser may make its object; a name or a noun for someone (not '"Guardians
    of the Galaxy," posted the clip to YouTube': a thing posted)."""
    if verb.i == 0 or verb.doc[verb.i - 1].text not in MARKS:
        return None
    return next((c for c in verb.children if c.dep_ in {"dobj", "nsubj"} and c.i > verb.i and not is_document(c)
                 and (c.pos_ == "PROPN" or may_speak(c) or any(a.dep_ == "appos" and a.pos_ == "PROPN"
                                                                for a in c.children))), None)


_OWN_COMPLEMENTS = {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "advcl"}


def _verb_tag(t: Token, first: Token, gap_ids: set[int], *, any_verb: bool = False) -> Tag | None:
    """The tag a cue verb of the gap makes with its subject (or, opening the gap, its object: "said Smith"); with
    ``any_verb`` (after a quote closed by a comma) a verb outside the lexicon may make one (:func:`_manner_cue`)."""
    cue = cue_of(t) if is_cue_verb(t) else _manner_cue(t) if any_verb else None
    if cue is None:
        return None
    subject = _tag_speaker(t, first, gap_ids)
    if subject is None or subject.dep_ == "nsubjpass" and subject.head.i == t.i:
        return None  # '"...." Cruz was also endorsed by Carly Fiorina': the one endorsed, no speaker
    phrase = _speaker_phrase(subject, first)
    ids = {x.i for x in phrase}
    if first.i != t.i and first.i not in ids and not (first.dep_ in {"aux", "advmod", "neg"} and first.head.i == t.i) \
            and first.i not in {phrase[0].i, subject.left_edge.i}:  # "the senior editor Steven Ginsberg": the name
        return None
    if not ids <= gap_ids:
        return None
    end = max([t.i, *ids, *(c.i for c in t.children if c.dep_ in {"prt", "npadvmod", "advmod"} and c.i in gap_ids)])
    return Tag(tuple(x.i for x in cue_token_ids(t)), tuple(x.i for x in phrase), cue, end)


def _speaker_phrase(subject: Token, first: Token) -> list[Token]:
    """The speaker's phrase; when the speaker is in the gap, only from the gap's first word: modifiers the parser gave
    it from inside the quote are the quote's."""
    phrase = noun_phrase(subject)
    return phrase if subject.i < first.i else [x for x in phrase if x.i >= first.i]


def _tag_speaker(verb: Token, first: Token, gap_ids: set[int]) -> Token | None:
    """Who a tag's verb gives as speaker: its subject in the gap, a name the parser read as a compound of it, or,
    when the verb opens the gap, its object or the name after it ("said Smith"), past a role ("said Pentagon
    spokesman Navy Capt. Jeff Davis"): :func:`_speaker_after_an_inverted_verb`."""
    subject = _subject_in_gap(verb, gap_ids) or subject_read_as_compound(verb, tag=True) \
        or _quoted_as_saying(verb)
    if subject is not None and verb.dep_ == "conj" and verb.head.i < first.i and subject.i < first.i:
        subject = None  # the parser joined the tag to the quote's verb and gave it the quote's subject
    if verb.i != first.i:
        return subject or _name_opening_the_gap(verb, first) or _speaker_the_verb_describes(verb, first)
    return _speaker_after_an_inverted_verb(verb, subject)


def _speaker_after_an_inverted_verb(verb: Token, subject: Token | None) -> Token | None:
    """The speaker of a verb opening the gap ("said Smith"): its subject, else its object or the name after it. "said
    Smith" inverts a finite verb, never a participle ('"...," recalling summer visits to Lake Winola'); a subject
    inside the quote before it is the parser's misreading ('"... #Cologne," tweeted a German user')."""
    if subject is not None and _inside_the_quote_before(subject, verb):
        subject = next((c for c in verb.children if c.dep_ in {"dobj", "nsubj"} and c.i > verb.i
                        and c.pos_ in {"PROPN", "NOUN"} and not is_document(c)), None)
        if subject is None:
            return None
    found = subject or next((c for c in verb.children if c.dep_ in {"dobj", "attr"} and c.i > verb.i
                             and verb.tag_ not in {"VBG", "VBN"}), None)
    name = _name_right_after(verb)
    if name is not None and (found is None or found.i > verb.i and found.ent_type_ != "PERSON" and name.i > found.i):
        return name  # "said Pentagon spokesman Navy Capt. Jeff Davis": the parser's subject or object is "Capt."
    return found


def _speaker_the_verb_describes(verb: Token, first: Token) -> Token | None:
    """'"...!" the presumptive GOP presidential nominee, Donald Trump, tweeted Sunday': the parser read the tag's verb
    as a modifier of the phrase opening the gap; a phrase for someone there, with the verb ending the sentence, is
    the tag's speaker."""
    head = verb.head
    doc = verb.doc
    if verb.dep_ != "acl" or head.i > verb.i or head.left_edge.i != first.i or head.pos_ not in {"NOUN", "PROPN"} \
            or verb.right_edge.i + 1 < len(doc) and not doc[verb.right_edge.i + 1].is_punct:
        return None
    return head if head.pos_ == "PROPN" or may_speak(head) else None


def _inside_the_quote_before(word: Token, verb: Token) -> bool:
    """The word lies inside the quote that closes right before the verb."""
    marks = [t.i for t in verb.doc[:verb.i] if t.text in MARKS]
    return len(marks) >= 2 and marks[-2] < word.i < marks[-1] == verb.i - 1


def _quoted_as_saying(verb: Token) -> Token | None:
    """'"...," Braynard is quoted as saying': the one quoted, the subject of the passive "quoted"."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() != "quote":
        return None
    return next((c for c in prep.head.children if c.dep_ == "nsubjpass"), None)


def _name_opening_the_gap(verb: Token, first: Token) -> Token | None:
    """The name opening the gap after a quote, right before the subjectless tag verb or set off from it by an
    apposition ('“...,” Gene Sperling, a top outside Clinton adviser, said at ...': the parser hung the name
    inside the quote): nothing else can be the verb's subject there."""
    doc = verb.doc
    if first.ent_iob_ != "B" or not (first.ent_type_ == "PERSON" or first.ent_type_ == "ORG" and first.pos_ == "PROPN"):
        return None  # the tagger may make a surname an organisation ('"...," Ramos, 58, told AFP')
    end = first.i
    while end + 1 < verb.i and doc[end + 1].ent_iob_ == "I":
        end += 1
    between = doc[end + 1:verb.i]
    if len(between) and not (between[0].text == "," and between[-1].text == ","
                             and not any((t.tag_ in TENSED or t.tag_ == "MD") and not _in_a_relative_clause(t, between)
                                         for t in between)):
        return None
    return doc[end]


def _in_a_relative_clause(word: Token, phrase: Span) -> bool:
    """The word belongs to a relative clause inside the phrase ("Nate Silver, the polling guru who founded
    fivethirtyeight.com, tweeted": "founded" describes the guru)."""
    return any(t.dep_ == "relcl" and phrase.start <= t.left_edge.i and t.right_edge.i < phrase.end
               for t in [word, *word.ancestors])


def _name_right_after(verb: Token) -> Token | None:
    """The last word of a name right after an inverted tag's verb, whatever the parser hung it on ("said Robin
    Maynard, half joking": the parser made the name the subject of "joking")."""
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc) and k - verb.i <= _ROLE_WORDS and _word_of_a_role_and_name(doc[k]) \
            and (doc[k].sent.start == doc[k - 1].sent.start or doc[k - 1].text.endswith(".")):
        k += 1
    end = k
    while k > verb.i + 1 and doc[k - 1].ent_type_ != "PERSON":
        k -= 1
    if k == verb.i + 1 and end > verb.i + 2 and _untagged_name_ends(doc[end - 2], doc[end - 1]):
        return doc[end - 1]  # "said Oversight ranking Democrat Elijah Cummings (D-Md.)", no entity tagged
    return doc[k - 1] if k > verb.i + 1 else None


def _untagged_name_ends(first: Token, last: Token) -> bool:
    """Two capitalised names the tagger gave no entity end the phrase (a first name and a surname)."""
    return all(t.pos_ == "PROPN" and t.ent_type_ == "" and t.is_alpha and t.is_title for t in (first, last))


_ROLE_WORDS = 8
"""How many words a speaker's role and name may take after an inverted tag's verb ("said Pentagon spokesman Navy
Capt. Jeff Davis")."""


def _word_of_a_role_and_name(word: Token) -> bool:
    """A word of "Pentagon spokesman Navy Capt. Jeff Davis": a name, a title (its abbreviation with its full stop,
    where the parser may have ended the sentence), a noun of the role or a word that ranks it ("former", "senior",
    "Oversight ranking Democrat Elijah Cummings", whatever the tagger made of "ranking")."""
    if (word.tag_ in {"JJ", "VBG"} or word.tag_ == "VBN" and word.dep_ == "amod") and word.is_alpha and word.is_lower:
        return True  # "said retired neurosurgeon Ben Carson": "retired" tagged a participle
    return word.pos_ in {"PROPN", "NOUN"} and (word.is_alpha or word.text[:-1].isalpha() and word.text[-1] == ".")


def _subject_in_gap(verb: Token, gap_ids: set[int]) -> Token | None:
    """The verb's subject, the one in the gap when the parser gave it two ('"... Full panic mode," said Leslie Wimes':
    the quote's last fragment and the name both hang on "said" as subjects)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJ]
    return next((c for c in subjects if c.i in gap_ids), None) if len(subjects) > 1 else subject_of(verb)


def _reports_on_its_own(verb: Token, gap_ids: set[int], tag: Tag) -> bool:
    """The cue verb has its own complement in the gap after the quote: a new report, not the quote's tag (a clause
    whose subject is the tag's speaker is the parser's reading of "said Robin Maynard, half joking")."""
    speaker = set(tag.source_tokens)
    return any(c.dep_ in {"ccomp", "xcomp", "dobj"} and c.i > verb.i and _opens_in(c, gap_ids)
               and not any(x.dep_ in {"nsubj", "nsubjpass"} and x.i in speaker for x in c.children)
               and not _set_off_by_comma(c) and not addressee(c, tag.cue) for c in verb.children)


def addressee(word: Token, cue: Cue) -> bool:
    """The object of a verb of telling ("told Stumpf", "warned him"): whom the quote was said to, not what the verb
    reports ("blasted him" is a report of its own)."""
    return word.dep_ == "dobj" and "obj-to" in cue.frames and (word.pos_ == "PROPN" or word.tag_ == "PRP"
                                                           or word.ent_type_ in {"PERSON", "ORG"}
                                                           or cue.lemma == "tell")  # "told reporters", "a rally"


def _set_off_by_comma(clause: Token) -> bool:
    """A clause after a comma that opens with a clause of time or cause of its own ("Warren told Stumpf, after he
    admitted ... he hadn't been held accountable"): an adjunct the parser read as the verb's complement, not a
    complement ("said, without evidence, that ..." is one)."""
    first = clause.left_edge
    return clause.pos_ in {"VERB", "AUX"} and first.i > 0 and clause.doc[first.i - 1].text == "," \
        and first.dep_ == "mark" and first.head.i != clause.i


def _opens_in(clause: Token, gap_ids: set[int]) -> bool:
    """The clause's head, subject or "that" lies in the gap ("He also said he's 'liked Trump'": the clause opens before
    the next quote does)."""
    return clause.i in gap_ids or any(x.dep_ in {"nsubj", "nsubjpass", "mark"} and x.i in gap_ids
                                      for x in clause.children)


def _opens_next_quote(doc: Doc, words: list[Token]) -> bool:
    """"'... end.' She adds, 'Next ...'", "'...?' Mills then writes back, '...'", "The Shin Bet, Israel's general
    security service, told the Jerusalem Post: '...'": after a full stop, a sentence that runs up to a comma or
    colon right before a quote mark introduces the next quote."""
    last = words[-1]
    return last.text in {",", ":"} and last.i + 1 < len(doc) and doc[last.i + 1].text in MARKS \
        and not any(t.text in {".", "!", "?", ";"} for t in words[1:-1])


def _tag_before(doc: Doc, gap: Span, names: Container[str] = frozenset()) -> Tag | None:
    """A speech tag right before a quote: "He said:", "Clinton added, ", "told reporters on Tuesday:"; ``names`` are
    the words of the names the rest of the article gives (lower case)."""
    words = [t for t in gap if not t.is_space]
    if not words or words[-1].text not in {":", ","} and not (is_cue_verb(words[-1]) and _quotes(words[-1])):
        return None  # 'he is feeling "a lot of emotion"': the quote is what he feels, not his words
    if (named := _named_before_colon(words)) is not None:
        return named
    between = 0
    for t in reversed(words):
        if is_cue_verb(t):
            return _tag_of_cue_before(t, words, between)
        if (cue := _manner_cue_before(t, words, names)) is not None:
            return _tag_of_cue_before(t, words, between, cue)
        if words[-1].text == ":" and (tag := _statement_made(t)) is not None:
            return tag  # "Sanders made the following comment: '...'"
        if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass"} or t.text in {".", "?", "!", ";"}:
            return None
        if not t.is_punct:
            between += 1
    return None


def _quotes(verb: Token) -> bool:
    """The cue verb may give its speaker's words in marks right after it ("said "..."", "admitted "...""); a weak
    verb of feeling or belief takes a quoted phrase as what is felt ("is feeling "a lot of emotion""); a verb that
    only takes its object as something ('identified "Jihadi John" ... as Mohammed Emwazi') quotes no one."""
    cue = cue_of(verb)
    return cue is not None and ("quote" in cue.frames or "weak" not in cue.frames
                                and not cue.frames <= {"obj-as", "obj-like-to"})


def _named_before_colon(words: list[Token]) -> Tag | None:
    """"TOO EARLY - Mark Blumenthal and Jon Cohen: '...'", "More from Jones: '...'", "From the report: '...'": a
    round-up's quote after the colon is said by the people named right before it, when they head the line or follow
    "from" (not "reacted to Trump: '...'", whose quote is someone else's)."""
    colon = words[-1]
    if colon.text != ":" or len(words) < 2:
        return None
    name = _source_after_from(words[-2]) or _people_heading_the_line(words[:-1])
    if not name:
        return None
    verb = colon.doc[name[0].i - 1] if name[0].i > colon.sent.start else None
    if verb is not None and _speech_verb_form(verb):  # "Stated Stone:": the verb is the cue
        return Tag((verb.i,), tuple(t.i for t in name), _speech_verb_cue(verb), colon.i,
                   rule="quote-after-speaker-colon")
    return Tag((colon.i,), tuple(t.i for t in name), Cue(":", "assert", frozenset({"quote"})), colon.i,
               rule="quote-after-speaker-colon")


def _source_after_from(last: Token) -> list[Token] | None:
    """"From the report", "More from Jones" opening the line before the colon: the report, Jones; not "was from
    Mexico"."""
    if last.dep_ != "pobj" or last.head.lower_ != "from" or last.pos_ not in {"NOUN", "PROPN"} \
            or not _heads_the_line(last.head):
        return None
    return [t for t in noun_phrase(last) if t.i <= last.i]


def _people_heading_the_line(words: list[Token]) -> list[Token] | None:
    """The people named at the end of ``words`` when they head the line ("TOO EARLY - Mark Blumenthal and Jon Cohen",
    "Stated Stone"), not a label the tagger made a name ("Video Transcript")."""
    name = _people_named_before(words)
    if not name:
        return None
    first = name[0].i - 1 if name[0].i > name[0].sent.start and _speech_verb_form(name[0].doc[name[0].i - 1]) \
        else name[0].i
    if not _heads_the_line(name[0].doc[first]) or any(t.lower_ in not_speaker_words("label") for t in name):
        return None
    return name


def _heads_the_line(word: Token) -> bool:
    """The word opens its sentence or follows a dash, "More" at most before it ("More from Jones:")."""
    k = word.i - 1 if word.i > word.sent.start and word.doc[word.i - 1].lower_ == "more" else word.i
    return k == word.sent.start or word.doc[k - 1].text in DASHES


def _people_named_before(words: list[Token]) -> list[Token]:
    """The people's names (one, or two joined by "and") that end ``words``."""
    k = len(words)
    while k > 0 and (words[k - 1].ent_type_ == "PERSON" and words[k - 1].pos_ == "PROPN"
                     or words[k - 1].lower_ == "and" and k > 1 and words[k - 2].ent_type_ == "PERSON"
                     and k < len(words)):
        k -= 1
    name = words[k:]
    if len(name) > 1 and _speech_verb_form(name[0]):
        name = name[1:]  # "Stated Stone:": the tagger's name holds the inverted verb
    return name if name and name[0].lower_ != "and" else []


def _speech_verb_form(word: Token) -> bool:
    """A capitalised word that is a lexicon speech verb in the past or present ("Stated", "Said", "Adds")."""
    return _speech_verb_cue(word) is not None


def _speech_verb_cue(word: Token) -> Cue | None:
    """The lexicon cue of a speech verb's past or present form, read from its letters (a tagger that made the word
    part of a name gives it no lemma)."""
    lower = word.lower_
    irregular = {"said": "say", "says": "say", "wrote": "write", "told": "tell"}
    stems = [irregular.get(lower, lower), lower[:-1], lower[:-2]] if lower.endswith(("ed", "s")) or lower in irregular \
        else [lower]
    return next((cues()[stem] for stem in stems if stem in cues()), None)


def _statement_made(noun: Token) -> Tag | None:
    """"made the following comment:", "issued this statement:": a cue noun a support verb's subject makes, right
    before a colon and its quote."""
    cue = noun_cues().get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
    owner = owner_by_support_verb(noun) if cue is not None else None
    if owner is None:
        return None
    return Tag((noun.i,), tuple(x.i for x in noun_phrase(owner)), cue, noun.i)


def _manner_cue_before(verb: Token, words: list[Token], names: Container[str] = frozenset()) -> Cue | None:
    """A verb outside the lexicon right before the comma or colon that opens a quote, with a person for subject and
    nothing else after it but its particle or adverbs ('Hillary Clinton cracked, "..."', 'she boomed: "..."', 'Rubio
    fired back forcefully: "..."'): English puts only a tag there, whatever its verb. A person is one the tagger
    says is, or a name the article gives elsewhere ("Kasich resisted:", the tagger's place)."""
    if verb.pos_ != "VERB" or verb.tag_ not in TENSED or words[-1].text not in {",", ":"} \
            or verb.dep_ not in {"ROOT", "conj"} and verb.head.i < words[-1].i \
            or verb.lemma_.lower() in attribution_words("not-a-cue-verb"):  # "and I quote, '...'": another's words
        return None
    manner = [t for t in words if verb.i < t.i < words[-1].i]
    if len(manner) > 2 or not all(t.dep_ in {"prt", "advmod"} and (t.head.i == verb.i or t.head.dep_ == "advmod"
                                                                   and t.head.head.i == verb.i) for t in manner):
        return None  # not "hits them where they live:"; "went even further:" is a manner
    subject = speaker_of(verb)  # a person ("the band played: 'Hail to the Chief'" names a tune)
    if subject is None or not (subject.ent_type_ == "PERSON" or subject.lower_ in SPEAKER_PRONOUNS
                               or subject.text[:1].isupper() and subject.lower_ in names):
        return None
    return Cue(verb.lemma_.lower(), "assert", frozenset({"quote"}))


def _antecedent_that_speaks(relative: Token) -> Token | None:
    """"replaced by a message that said, '...'": the noun a relative pronoun stands for, when it can say something
    (a document with no issuer named speaks for itself)."""
    if relative.tag_ != "WDT" or relative.dep_ != "nsubj" or relative.head.dep_ != "relcl":
        return None  # "who" stands for a name the resolver finds; "the stories that people talk about": not theirs
    antecedent = relative.head.head
    return antecedent if may_speak(antecedent) else None


def _speaker_of_tag_verb(verb: Token) -> Token | None:
    """The speaker of a tag's verb; for a relative pronoun, the issuer of the document it stands for, or the thing
    itself when it can speak ("a message that said, '...'")."""
    subject = speaker_of(verb)
    if subject is None:
        return None
    return issuer_through_relative(subject) or _antecedent_that_speaks(subject) or subject


def _tag_of_cue_before(t: Token, words: list[Token], between: int, cue: Cue | None = None) -> Tag | None:
    """The tag the cue verb ``t`` makes, ``between`` words before the quote: with its subject, or "Said Ellis:";
    ``cue`` for a verb the lexicon does not list."""
    if between > _TAG_GAP_WORDS:
        # "said in a phone interview with CNN:": a longer gap only when it all hangs on the verb
        tree = {x.i for x in t.subtree}
        gap_words = [x for x in words if x.i > t.i and not x.is_punct]
        if between > 2 * _TAG_GAP_WORDS or not all(x.i in tree for x in gap_words):
            return None
    subject = _speaker_of_tag_verb(t)
    if subject is None:
        name = inverted_speaker(t, words)
        return None if not name else Tag((t.i,), tuple(x.i for x in name), cue or cue_of(t), t.i)
    phrase = noun_phrase(subject)
    if any(x.i > t.i for x in phrase):
        return None
    return Tag(tuple(x.i for x in cue_token_ids(t)), tuple(x.i for x in phrase), cue or cue_of(t), t.i)


def _transcript(doc: Doc, *, headline: bool, names: Container[str] = frozenset()) -> Found | None:
    """"WALLACE: Let's start ..." in a transcript, "Pence: Flowers won't be at debate" in a headline; ``names`` are
    the words of the names the rest of the article gives (lower case)."""
    found = _label_and_colon(doc)
    if found is None:
        return None
    label, colon = found
    rest = [t for t in doc[colon.i + 1:] if not t.is_space]
    speaker = _label_speaker(label, rest, colon, headline=headline, names=names) if word_count(rest) >= 3 else None
    if speaker is None:
        return None
    name, extent = speaker
    if _about_the_one_named(name, rest) or headline and (_reports_with_a_speaker_of_its_own(rest)
                                                         or _a_question_about(rest) or _tells_who_it_is(rest)) \
            or not headline and _a_title_under_a_label(name, rest):
        return None  # "Marco Rubio: Retirement accounts Two years ago, Senator Marco Rubio of Florida proposed ..."
    return Found(Cue(":", "assert", frozenset()), (colon.i,), tuple(t.i for t in name), tuple(t.i for t in rest),
                 "transcript", 0.75, direct=not headline, source_extent=tuple(t.i for t in extent),
                 rule="speaker-colon-line")


def _a_title_under_a_label(name: list[Token], rest: list[Token]) -> bool:
    """"Digital Feature: What Is ISIS?": a line in title case after a label that names no person is a page's
    heading (a feature, a video), not a transcript's speech, which is written in sentences."""
    words = [t for t in rest if t.is_alpha]
    return len(words) >= 3 and not any(t.ent_type_ == "PERSON" for t in name) \
        and all(t.text[:1].isupper() or t.lower_ in _HEADLINE_FUNCTION_WORDS for t in words)


_HEADLINE_FUNCTION_WORDS = attribution_words("headline-function-word")
"""Words a title in title case may keep in lower case (the list headline_case reads)."""


def _tells_who_it_is(rest: list[Token]) -> bool:
    """A headline whose line after the label says who someone was found to be ("Jihadi John: Islamic State killer
    is identified as Londoner Mohammed Emwazi", "Abdel-Majed Abdel Bary: London Rapper Identified As ISIS
    Militant"): the label names the one identified, not a speaker."""
    return any(t.lemma_.lower() in _IDENTIFYING and t.tag_ == "VBN" and t.i + 1 < len(t.doc)
               and t.doc[t.i + 1].lower_ == "as" for t in rest)


_IDENTIFYING = attribution_words("identifying-participle")


def _a_question_about(rest: list[Token]) -> bool:
    """A headline's question after a name that speaks of no "I", "we" or "you" ("Anna Wintour: Is Rat Infestation
    At NYC Vogue Office Kim Kardashian's Fault?"): the name is its topic, not one who asks ("Trump: Why would I
    apologize?" asks)."""
    words = [t for t in rest if not t.is_space]
    return bool(words) and words[-1].text == "?" and not any(t.lower_ in _FIRST_AND_SECOND for t in words)


_FIRST_AND_SECOND = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})


def _reports_with_a_speaker_of_its_own(rest: list[Token]) -> bool:
    """The headline after the label opens with a speaker it names and a verb of saying ("Bergdahl: Senator Says
    Jihadists Swapped For U.S. Troop ..."): the label is its topic; a belief or a decision after a label stays the
    label's ("Bill Clinton: Hillary thinks feds require too many tests", "Gingrich: Trump Must Decide ...")."""
    verb = rest[0].sent.root
    cue = cue_of(verb) if verb.i > rest[0].i and rest[0].text not in MARKS else None
    return cue is not None and "quote" in cue.frames and not cue.weak \
        and any(c.dep_ in SUBJ and c.left_edge.i == rest[0].i and c.pos_ != "PRON" for c in verb.children)


def capitals_label_words(doc: Doc) -> frozenset[str]:
    """The words (lower case) of a label in capitals before the paragraph's colon ("WALLACE:" of a transcript): in
    an article where several lines carry such labels, each names a speaker for the others."""
    found = _label_and_colon(doc)
    if found is None:
        return frozenset()
    words = [t for t in found[0] if not t.is_punct]
    return frozenset(t.lower_ for t in words) if words and all(t.text.isupper() for t in words) else frozenset()


def _label_and_colon(doc: Doc) -> tuple[list[Token], Token] | None:
    """The words before a colon among the line's first words, and the colon; a party-and-state bracket before the
    colon is no part of the label ("Rep. Trey Gowdy (R-S.C.):")."""
    words = [t for t in doc[:14] if not t.is_space]
    if words and words[0].text in MARKS:
        if _quoted_title_opens(doc, words[0]):
            return None
        words = words[1:]
    bracket = _party_bracket(words)
    words = [t for t in words if t.i not in bracket]
    colon = next((t for t in words[:6] if t.text in {":", "):"}), None)
    if colon is None or colon.i == words[0].i:
        return None
    return [t for t in words if t.i < colon.i], colon


def _quoted_title_opens(doc: Doc, mark: Token) -> bool:
    """The line opens with a short quotation that closes before the line goes on ('"Star Wars: The Force Awakens" is
    one of ...'): a title the sentence is about, whose colon is no label's (a transcript's line in marks runs on:
    '"PENCE: Well, look, ... an episode of “Shark Tank.” ...')."""
    closing = next((t for t in doc[mark.i + 1:mark.i + 12] if t.text in MARKS), None)
    return closing is not None and closing.text not in _OPEN_QUOTES \
        and any(not t.is_punct and not t.is_space for t in doc[closing.i + 1:])


_PARTY_BRACKET = re.compile(r"\([DRI](?:-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?\)")


def _party_bracket(words: list[Token]) -> set[int]:
    """The tokens of a party-and-state bracket right before the line's colon ("(R-S.C.)", "(D)")."""
    opening = next((k for k, t in enumerate(words[:6]) if t.text == "("), None)
    if opening is None:
        return set()
    closing = next((k for k in range(opening + 1, min(len(words), opening + 8))
                    if words[k].text.endswith((")", "):"))), None)  # ")", "):", or "S.C.)" the tokenizer kept whole
    closed = closing is not None and words[closing].text.endswith(")")
    if closing is None or closed and (closing + 1 >= len(words) or words[closing + 1].text != ":"):
        return set()
    doc = words[0].doc
    written = doc[words[opening].i:words[closing].i + 1].text.rstrip(":")
    last = closing + 1 if closed else closing  # "):" is one token: the colon stays
    return {t.i for t in words[opening:last]} if _PARTY_BRACKET.fullmatch(written) else set()


def _about_the_one_named(name: list[Token], rest: list[Token]) -> bool:
    """The line after the label names the label's person outside quotes in its first sentence: a heading over a
    passage about them, not their words."""
    surname = name[-1].text
    first = rest[0].sent
    quotes = quote_spans(first.doc.text)
    return name[-1].pos_ == "PROPN" and any(t.text == surname and t.i >= rest[0].i
                                            and not any(s <= t.idx < e for s, e in quotes) for t in first)


def _label_speaker(label: list[Token], rest: list[Token], colon: Token, *, headline: bool,
                   names: Container[str] = frozenset()) -> tuple[list[Token], list[Token]] | None:
    """The speaker's name in a line's label before its colon, and the label as written when it says more than the
    name; ``None`` when the label names no one."""
    only_a_quote = _only_a_quote(rest)
    quoted = only_a_quote or rest[0].text in {"'", "\u2018"} and any(t.text in {"'", "\u2019"} for t in rest[-2:])
    label = _after_a_section_label(label)
    if not quoted and (len(label) == 1 and len(label[0].text) == 1 or _label_names_no_one(label, names, headline)):
        return None  # "Q:", "A:" of an interview; "Delegate Update:", "Stat of the week:": no one's name
    if only_a_quote and (name := _name_and_outlet(label)) is not None:
        # "Maureen Dowd, New York Times: “...”": the person speaks, for the outlet (the label is the source as written
        # when its parenthesis is closed before the colon)
        return name, (label if colon.text == ":" else [])
    if headline and (name := _speaker_on_topic(label)) is not None:
        return name, []  # "Obama on Climate Change: ...", "Clinton to Planned Parenthood: ...": Obama, Clinton
    if (owner := _owner_of_a_response(label)) is not None:
        return owner, label  # "Republicans' reaction: '...'": the Republicans, the label as written
    if not headline and not quoted and len(label) == 1 and label[0].lower_ not in names \
            and label[0].ent_type_ not in {"PERSON", "ORG"}:
        return None  # a caption's one-word label in a body ("Heroic: Sergeant-at-Arms Kevin Vickers, pictured, ...")
    return (label, []) if _speaker_label(label, headline=headline) else None


_RESPONSE_NOUNS = attribution_words("response-noun")


def _owner_of_a_response(label: list[Token]) -> list[Token] | None:
    """The names whose reaction, response or answer a label is ("Republicans' reaction", "Trump's response")."""
    mark = next((k for k, t in enumerate(label) if t.tag_ == "POS"), None)
    if mark is None or mark == 0 or label[-1].lemma_.lower() not in _RESPONSE_NOUNS or mark != len(label) - 2:
        return None
    owner = label[:mark]
    return owner if all(t.pos_ == "PROPN" or t.ent_type_ == "NORP" for t in owner) else None


def _only_a_quote(words: list[Token]) -> bool:
    """The words are one quotation and nothing after it (no speech tag of their own)."""
    while words and words[-1].is_punct and words[-1].text not in MARKS:
        words = words[:-1]
    return len(words) > 2 and words[0].text in MARKS and words[-1].text in MARKS and not any(
        t.text in MARKS for t in words[1:-1])


def _speaker_on_topic(label: list[Token]) -> list[Token] | None:
    """The name before "on", "to" or "at" of a headline's label ("Obama on Climate Change", "Clinton to Planned
    Parenthood"): proper nouns only, so "Big Win For Bernie" names no one."""
    cut = next((k for k, t in enumerate(label) if t.lower_ in {"on", "to", "at"} and t.pos_ == "ADP"), None)
    if not cut:
        return None
    name = label[:cut]
    return name if _speaker_label(name, headline=False) else None


def _name_and_outlet(label: list[Token]) -> list[Token] | None:
    """The name of a round-up line's label "Name, Outlet" or "Name (Outlet)": both capitalised names, no verb."""
    cut = next((k for k, t in enumerate(label) if t.text in {",", "("}), None)
    if cut is None or cut == 0:
        return None
    name, outlet = label[:cut], [t for t in label[cut + 1:] if t.text not in {")", "."}]
    if not outlet or not _speaker_label(name, headline=False):
        return None
    capitalised = all(t.text[:1].isupper() and t.pos_ in {"PROPN", "NOUN", "DET", "ADJ"} for t in outlet)
    return name if capitalised else None


_NOT_IN_NAMES = {"INTJ", "ADV", "PRON", "NUM"}


def _speaker_label(name: list[Token], *, headline: bool) -> bool:
    """The words before a transcript's colon name a speaker: capitalised, no verb, names or capitals (in a headline
    any capitalised words), no article ("The Latest: ..." is a title)."""
    if any(t.pos_ in {"VERB", "AUX"} or not t.text.isupper() and (
            t.pos_ in _NOT_IN_NAMES or t.pos_ == "ADP" and t.lower_ != "of") for t in name) \
            or not name[0].text[:1].isupper():
        # "Big Win For Bernie: ...", "Wow: ...": a headline's words, no name ("Bank of America" is one; the tags of
        # words in capitals are unreliable: "FALLIN:" is tagged a number)
        return False
    if not headline and _heading_in_the_body(name):
        return False
    return name[0].dep_ != "det"


def _heading_in_the_body(name: list[Token]) -> bool:
    """Words before a colon in an article's body that head what follows rather than name its speaker: not all names
    or capitals, a title of four words or more ("Veto Power Impedes Peace Efforts:"), a place heading a list ("Iowa:
    Tim Albrecht, Brad Anderson, ...")."""
    if not all(t.pos_ == "PROPN" or t.text.isupper() or t.text == "." for t in name):
        return True
    if word_count(name) >= 4 and not any(t.text.isupper() for t in name) \
            and not any(t.ent_type_ == "PERSON" for t in name):
        return True
    return all(t.ent_type_ in {"GPE", "LOC"} for t in name if not t.is_punct)


def _label_names_no_one(label: list[Token], names: Container[str], headline: bool) -> bool:
    """A line's label before its colon that names no speaker: a page's section or media label at either end
    ("Delegate Update", "Watch Video", "Hoax Alert": in a headline's capitals, a tag for a name proves nothing unless
    the word is a body's); a place, a dateline ("New Delhi:", "India:"), unless the article names someone so; words
    in capitals the rest of the article never gives as a name ("MORE:", "URGENT:", "GRAPHIC CONTENT:"; a transcript's
    "WALLACE:" goes with "Chris Wallace", and a short acronym is a name as it is: "AP:"); a topic that ends in a
    common noun for no one ("Nicaragua meteorite:", "Editors' note:"), or is one adjective the article gives as no
    name ("Thankful:")."""
    words = [t for t in label if not t.is_punct]
    if not words:
        return False
    last = words[-1]
    if _an_epithet_or_a_topic(label, words, names):
        return True
    written = "".join(t.text_with_ws for t in label).strip().lower()
    if written in not_speaker_words("label") or _label_word(words[0], any_tag=True) \
            or _label_word(last, any_tag=headline and last.ent_type_ != "ORG"):
        return True
    if _a_place(words) and last.lower_ not in names:
        return True
    if all(t.text.isupper() for t in words) and any(len(t.text) > 3 for t in words) and last.lower_ not in names:
        return True
    return _a_common_noun_for_no_one(words, headline=headline)


def _a_common_noun_for_no_one(words: list[Token], *, headline: bool) -> bool:
    """The label ends in a common noun for no one who can speak ("Nicaragua meteorite:", "Editors' note:"); in a
    headline, whose capitals prove nothing, one the tagger reads as common ("Rare Case:"; one word alone may be a name
    it misreads: "Trump:")."""
    last = words[-1]
    common = last.text.islower() or headline and last.tag_ in {"NN", "NNS"} and len(words) > 1 \
        and last.ent_type_ == ""
    return common and last.pos_ == "NOUN" and not may_speak(last) and not is_evidence(last)


def _an_epithet_or_a_topic(label: list[Token], words: list[Token], names: Container[str]) -> bool:
    """One adjective ("Thankful:"; a name the tagger misreads is one the article gives: "Issa:"), or someone's thing
    ("Vogue's Rat Infestation:")."""
    return len(words) == 1 and words[0].pos_ == "ADJ" and words[0].lower_ not in names or _owned_thing(label)


def _owned_thing(label: list[Token]) -> bool:
    """The label is someone's thing ("Vogue's Rat Infestation"), not a person of theirs ("Obama's spokesman",
    "Judicial Watch's Farrell"), what speaks for them ("Clinton's campaign") nor their response ("Trump's
    response")."""
    mark = next((k for k, t in enumerate(label) if t.tag_ == "POS"), None)
    if mark is None or mark == 0 or mark == len(label) - 1:
        return False
    last = label[-1]
    return last.ent_type_ != "PERSON" and not {last.lower_, last.lemma_.lower()} & _FOR_THE_OWNER


_FOR_THE_OWNER = SPEAKING_NOUNS | _RESPONSE_NOUNS | attribution_words("owner-voice")
"""Who or what speaks for the one a label's possessive names: a person, a body or a document, their response,
their campaign or office."""


def _after_a_section_label(label: list[Token]) -> list[Token]:
    """The label past a page's section label and the dash after it ("EXCLUSIVE – Roger Stone": Roger Stone)."""
    dash = next((k for k, t in enumerate(label) if t.text in DASHES), None)
    if not dash or dash == len(label) - 1 or not all(_label_word(t, any_tag=True) for t in label[:dash]):
        return label
    return label[dash + 1:]


def _a_place(words: list[Token]) -> bool:
    """The words name a place: tagged one, or a country, demonym or city of the gazetteer."""
    if all(t.ent_type_ in {"GPE", "LOC"} for t in words):
        return True
    from kg.contradiction_rules.geography import place_country  # the gazetteer, read once it is needed

    return not any(t.ent_type_ in {"PERSON", "ORG", "NORP"} for t in words) \
        and place_country(" ".join(t.text for t in words)) is not None


def _label_word(word: Token, *, any_tag: bool = False) -> bool:
    """A label's last word is a page's section or media label ("Delegate Update"), a time ("Stat of the week") or
    what the line is ("Rumor", "Hoax") whatever its tag, the others as a common noun (a name may end in one: "Human
    Rights Watch"); with ``any_tag``, whatever its tag (an opening word: "Watch Video", "EXCLUSIVE")."""
    lower = word.lower_
    if lower in not_speaker_words("line-label"):
        return True  # "Purdon Ebola Hoax:", whatever the tagger makes of a title-case line
    labelled = lower in not_speaker_words("label") or lower in not_speaker_words("head")
    return labelled and (word.pos_ != "PROPN" or any_tag)


def _without_reports(doc: Doc, extent: tuple[int, ...]) -> set[int]:
    """The source as written, without a relative clause that reports on its own ("said Mr. Kamin, who emphasized
    that ...") or tells the stance of the one named ("said Elmendorf, who supports Clinton"): the sentence rules may
    still find that statement."""
    reporting = {t.i for i in extent for c in doc[i].children if c.dep_ == "relcl" and c.i in extent
                 and (reports_in_relative(c) or _stance_in_relative(c)) for t in c.subtree}
    return set(extent) - reporting


def _stance_in_relative(clause: Token) -> bool:
    """A "who" clause whose verb is a cue right after a person's name and its comma ("said Elmendorf, who supports
    Clinton"): a stance of the one named (:func:`kg.extract.cue_words.stance_on_a_name`); not one after a place or
    an apposition ("King of New York, who", "Westin, director of ..., which": whose it is, the parse cannot tell)."""
    cue = cue_of(clause)
    relative = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "who"), None)
    return cue is not None and relative is not None and clause.head.i == relative.i - 2 \
        and stance_on_a_name(clause, cue, relative)


def paragraph_quotes(doc: Doc, quotes: list[tuple[int, int]], state: QuoteState, *, headline: bool,
                     first: bool = False, names: Container[str] = frozenset()) -> tuple[list[Found], set[int]]:
    """Attributions of the paragraph's quotations, and the tokens they use (the sentence rules leave those alone);
    ``names`` are the words of the names the rest of the article gives (lower case)."""
    transcript = _transcript(doc, headline=headline or first, names=names)
    if transcript is not None:
        return [transcript], {t.i for t in doc}
    announced = _announced_quote(doc, quotes, state.pending)
    if announced is not None:
        return [announced], set(announced.content)
    found: list[Found] = []
    used: set[int] = set()
    spans = [toks for toks in (quote_tokens_outer(doc, q) for q in quotes) if toks]
    k = 0
    while k < len(spans):
        toks = spans[k]
        if word_count(toks) < _MIN_QUOTE_WORDS:
            k += 1
            continue
        tagged, taken = _tagged_quote(doc, spans, k, names)
        if tagged is not None:
            found.append(tagged)
            used |= {*_without_reports(doc, tagged.source_extent), *tagged.content, *tagged.cue_tokens,
                     *tagged.source_tokens}
            k += taken
            continue
        if k == 0 and opens_paragraph(doc, (toks[0].i,)) and (state.speaker is not None or state.open_index is not None) \
                and not _ends_with_comma(doc, toks) and _ends_its_sentence(doc, toks):
            found.extend(_continuation_quote(doc, toks, state.speaker))
            used.update(t.i for t in toks)
        elif (orphan := _orphan(toks)) is not None:
            found.append(orphan)
        k += 1
    return found, used


def _orphan(toks: list[Token]) -> Found | None:
    """A quote with no tag of its own that goes on with the report before it, if there is one: opening its sentence
    ('"...," Smith said. "And more."'), or after the colon that ends a report ("Smith said Trump was a candidate of
    the valley: 'He's a start-up kind of guy.'")."""
    content = tuple(t.i for t in toks)
    if word_count(toks) < 3:
        return None
    if _opens_sentence(toks):
        return Found(None, (), (), content, "quote-orphan", 0.7, direct=True, rule="second-quote-of-speaker")
    if _after_a_colon(toks):
        return Found(None, (), (), content, "quote-orphan", 0.7, direct=True, rule="quote-after-report-colon")
    return None


def _announced_quote(doc: Doc, quotes: list[tuple[int, int]], pending: Announcement | None) -> Found | None:
    """The paragraph after one that ended "He said:" is what was announced (when it opens with a quote mark or has
    none), unless it ends with a colon itself: a page that lost its embedded post announces the next one ("CBC
    says:" / "Josh Wingrove ... tweets:")."""
    if pending is None:
        return None
    cue, cue_span, speaker = pending.cue, pending.cue_span, pending.speaker
    words = [t for t in doc if not t.is_space]
    if not words or quotes and words[0].text not in MARKS or words[-1].text == ":":
        return None
    return Found(cue, (), (), tuple(t.i for t in words), "direct-quote", 0.8, direct=words[0].text in MARKS,
                 source_mention=speaker, cue_span=cue_span, rule="quote-after-announcing-cue")


def _tagged_quote(doc: Doc, spans: list[list], k: int, names: Container[str] = frozenset()) -> tuple[Found | None, int]:
    """The ``k``-th quote of the paragraph with its speech tag (after it, else before it), and how many quotes the
    statement takes: two when the tag splits one quote ("'...,' he said, 'and ...'")."""
    toks = spans[k]
    prev_end = spans[k - 1][-1].i + 1 if k else 0
    next_start = spans[k + 1][0].i if k + 1 < len(spans) else len(doc)
    after = _tag_after_own_quote(doc, spans, k, names)
    parts = [toks]
    if after is not None:
        if k + 1 < len(spans) and _split_by_tag(doc, after, next_start) and not _own_tag(doc, spans, k + 1):
            parts.append(spans[k + 1])
        tag = after
    else:
        tag = _tag_before_quote(doc, doc[prev_end:toks[0].i], names)
        if tag is not None and _left_to_the_clause(doc, tag, spans, k):
            return None, 1
        tag = tag or _announcing_sentence(doc, toks, prev_end)
    if tag is None or tag.cue_tokens and wished_for(doc[tag.cue_tokens[0]]):
        return None, 1  # "I hope America says, '...'": said by no one yet
    content = tuple(t.i for part in parts for t in part)
    extent = _written_source(doc, tag, content, next_start)
    found = Found(tag.cue, tag.cue_tokens, tag.source_tokens, content, "direct-quote", 0.85, direct=True,
                 fragments=tuple(tuple(t.i for t in part) for part in parts) if len(parts) > 1 else (),
                 source_extent=extent, rule="quote-with-speech-tag")
    found = replace(found, rule=tag.rule) if tag.rule else found
    return quote_reported(doc, found) or found, len(parts)


_TAG_ONLY_DEPS = frozenset({"nsubj", "advmod", "npadvmod", "prt", "punct", "aux", "cc"})


def _announcing_sentence(doc: Doc, toks: list[Token], prev_end: int) -> Tag | None:
    """'Iowa State University's Dianne Bystrom agreed. "Mainstream Republicans are ..."', 'Trump continued. "..."':
    a sentence of a speaker and a speech verb alone (with its adverbs), right before a quoted sentence with no tag
    of its own, announces it; the quote is the speaker's. Not the tag of a quote before it ('"...!" LeVell declared,
    a point he makes .... "..."': the second quote goes on with the first)."""
    before = _plain_sentence_before(doc, toks, prev_end)
    verb = before.root if before is not None else None
    if verb is None or not _speech_verb_alone(verb):
        return None
    subject = _speaker_opening(before, verb)
    if subject is None:
        return None
    cue = cue_of(verb) if is_cue_verb(verb) else None
    if cue is None or "quote" not in cue.frames:  # "agreed" announcing a quote asserts it, promises nothing
        cue = Cue(verb.lemma_.lower(), "assert", frozenset({"quote"}))
    return Tag(tuple(t.i for t in cue_token_ids(verb)), tuple(t.i for t in noun_phrase(subject)), cue, verb.i,
               rule="quote-after-announcing-cue")


def _plain_sentence_before(doc: Doc, toks: list[Token], prev_end: int) -> Span | None:
    """The sentence right before a quoted sentence that ends its own sentence, when it closes with a full stop,
    has no quotation marks and follows none (past the quote before, ``prev_end``)."""
    first = toks[0]
    if not _opens_sentence(toks) or not _ends_its_sentence(doc, toks) or first.sent.start == 0:
        return None
    before = doc[first.sent.start - 1].sent
    if before.start < prev_end or doc[before.end - 1].text != "." or any(t.text in MARKS for t in before) \
            or before.start and doc[before.start - 1].text in MARKS:
        return None
    return before


def _speech_verb_alone(verb: Token) -> bool:
    """A tensed verb of the cue lexicon ("explained", "continued", "agreed") with nothing but its subject and adverbs."""
    return verb.tag_ in TENSED and is_cue_verb(verb) \
        and all(c.dep_ in _TAG_ONLY_DEPS for c in verb.children)


def _speaker_opening(sentence: Span, verb: Token) -> Token | None:
    """The verb's subject when it opens the sentence (after an "and" or "but") and may speak; not "Or maybe Jeb
    Bush, digital consultant Phil Musser says.", a sentence that says something."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > verb.i or not (subject.ent_type_ == "PERSON" or subject.pos_ == "PROPN"
                                                     or subject.lower_ in SPEAKER_PRONOUNS or may_speak(subject)):
        return None
    return subject if all(t.dep_ == "cc" for t in sentence.doc[sentence.start:subject.left_edge.i]) else None


def _written_source(doc: Doc, tag: Tag, content: tuple[int, ...], next_start: int) -> tuple[int, ...]:
    """The tag's source as written, with its apposition, unless that runs into the quote or the next one ('X, who
    thinks his staff "need to ..."'); a label is no phrase."""
    extent = source_extent_of([doc[i] for i in tag.source_tokens]) if not tag.rule else ()
    if set(extent) & set(content) or any(i >= next_start for i in extent):
        return ()
    return extent


def _tag_after_own_quote(doc: Doc, spans: list[list], k: int, names: Container[str] = frozenset()) -> Tag | None:
    """The tag after the ``k``-th quote, unless the quote is a name or the clause of a cue before it ("even as Trump
    claimed that '...,' one of the prosecutors said ...": Trump's, not theirs)."""
    toks = spans[k]
    if _quoted_name(toks) or _clause_a_cue_before_reports(toks):
        return None
    return _tag_after_quote(doc, spans, k, names)


def _clause_a_cue_before_reports(toks: list[Token]) -> bool:
    """The quote is the "that"-clause of a speech verb before it ('claimed on Tuesday that "General Petraeus got in
    trouble for far less,"'), or ends a clause of one begun before the marks ('said he would "protect our LGBTQ
    citizens," the crowd applauded'): the words after it are no tag of its own, for English has no '"...," he said
    that'."""
    ids = {t.i for t in toks}
    roots = [t for t in toks if not t.is_punct and t.head.i not in ids]
    if len(roots) != 1 or roots[0].dep_ != "ccomp":
        return False
    clause, cue = roots[0], roots[0].head
    begun_before = any(c.dep_ == "mark" and c.lower_ == "that" and c.i < toks[0].i for c in clause.children) \
        or any(c.dep_ in SUBJ and c.i < toks[0].i for c in clause.children)
    return cue.i < toks[0].i and cue.pos_ == "VERB" and is_cue_verb(cue) and begun_before


def _own_tag(doc: Doc, spans: list[list], k: int) -> bool:
    """The ``k``-th quote has a speech tag of its own after it ('"...," Jones said.'), so it is its own statement,
    never the second part of the quote before it; a tag that announces the next quote ('Mr. Franco added: "..."')
    is that one's."""
    next_start = spans[k + 1][0].i if k + 1 < len(spans) else len(doc)
    gap = [t for t in doc[spans[k][-1].i + 1:next_start] if not t.is_space]
    if gap and gap[-1].text == ":" and k + 1 < len(spans):
        return False
    return _tag_after_quote(doc, spans, k) is not None


def _tag_after_quote(doc: Doc, spans: list[list], k: int, names: Container[str] = frozenset()) -> Tag | None:
    """The speech tag right after the ``k``-th quote, before the next one; ``names`` as for :func:`_tag_before`."""
    toks = spans[k]
    next_start = spans[k + 1][0].i if k + 1 < len(spans) else len(doc)
    closed = _ends_with_comma(doc, toks) or _ends_with_mark(doc, toks, {"?", "!"})
    return _tag_after(doc, doc[toks[-1].i + 1:next_start], closed_by_comma=closed, opens=_opens_sentence(toks),
                      names=names)


def _left_to_the_clause(doc: Doc, tag: Tag, spans: list[list], k: int) -> bool:
    """The ``k``-th quote, after its tag, belongs to a report's clause, for the reporting verb's rule: a phrase of the
    clause the tag's cue reports, or a quote inside another speaker's report ('he said that only the Kochs wanted
    "open borders."'; unless another quote of the sentence needs the inner tag: 'She said she was thinking,
    "...," adding, "..."')."""
    toks = spans[k]
    if _phrase_of_reported_clause(doc, tag, toks):
        return True
    next_in_sentence = k + 1 < len(spans) and spans[k + 1][0].sent.start == toks[0].sent.start
    return _inside_a_report(doc[tag.end]) and not next_in_sentence


def _phrase_of_reported_clause(doc: Doc, tag: Tag, toks: list[Token]) -> bool:
    """The quote after a tag is only a phrase (no verb of its own) of the clause the cue reports, which goes on
    after it ('He said "budget reforms" and the collection of taxes would pay for them'): the clause is the
    content, for the reporting verb's rule to take."""
    clauses = [c for c in doc[tag.end].children if c.dep_ == "ccomp" and c.i > tag.end]
    if not clauses or _ends_its_sentence(doc, toks):
        return False
    tree = {t.i for t in clauses[0].subtree}
    after = [t for t in doc[toks[-1].i + 1:toks[-1].sent.end] if not t.is_punct and not t.is_space]
    if any(t.pos_ in {"VERB", "AUX"} for t in toks) and (_ends_with_comma(doc, toks) or not after
                                                        or after[0].dep_ == "cc" or after[0].lower_ in {"when", "while"}):
        return False  # '"It's time," and shared a link', '"We'll see," when asked': the quoted sentence is whole
    return all(t.i in tree for t in toks if not t.is_punct) and any(t.i in tree for t in after)


def _split_by_tag(doc: Doc, tag: Tag, next_start: int) -> bool:
    """The tag after a quote is short and ends in a comma, full stop, colon, "but" or "and" before the next quote:
    one quote split by its tag."""
    end = max([tag.end, *source_extent_of([doc[i] for i in tag.source_tokens])])
    if end >= next_start:
        return False  # '"...," said Ervin, who thinks his staff "need to ...": the quote is the relative clause's
    rest = doc[end + 1:next_start]
    verb_tree = {t.i for i in tag.cue_tokens for t in doc[i].subtree} if tag.cue_tokens else set()
    short = word_count(rest) <= 3 or (word_count(rest) <= 30 and all(
        t.i in verb_tree for t in rest if not t.is_punct and not t.is_space))
    new_sentence = len(rest) > 0 and rest[-1].text == "."
    if any(_report_without_content(t, next_start) or new_sentence and _report_with_a_clause(t) for t in rest) \
            or _tagged_again(rest):
        return False  # '"...," Trump said, adding later, "..."', '"...," Trump said. He added, "..."': a second
        # report, its own statement; '"...," he said, adding that he hasn't spoken to them. "..."': what he added
    return short and (not len(rest) or rest[-1].text in {",", ".", ":"} or rest[-1].lower_ in {"but", "and"})


def _tagged_again(rest: Span) -> bool:
    """'"...," Trump said. He added, "..."': after the tag's full stop, a speech verb with a subject of its own tags
    the next quote."""
    stop = next((t.i for t in rest if t.text == "."), None)
    return stop is not None and any(t.i > stop and t.pos_ == "VERB" and is_cue_verb(t)
                                    and any(c.dep_ == "nsubj" for c in t.children) for t in rest)


def _report_with_a_clause(word: Token) -> bool:
    """A speech verb in a tag that reports a clause of its own ("adding that he hasn't spoken to them")."""
    return word.pos_ == "VERB" and is_cue_verb(word) and any(c.dep_ == "ccomp" for c in word.children)


def _report_without_content(word: Token, quote_start: int) -> bool:
    """A speech verb in a tag with nothing it reports before the next quote ("adding later,", "asking her,"): the
    quote is what it reports. One with a complement of its own ("referring to the country's name") is an aside."""
    return word.pos_ == "VERB" and is_cue_verb(word) and all(
        c.dep_ in {"advmod", "npadvmod", "punct", "neg", "aux", "dative", "dobj"} and (c.dep_ not in {"dative", "dobj"}
                                                                                      or c.tag_ == "PRP")
        for c in word.children if c.i < quote_start)


def _tag_before_quote(doc: Doc, gap: Span, names: Container[str] = frozenset()) -> Tag | None:
    """A speech tag before a quote, but "called it '...'" and "described as '...'", which name, not quote."""
    before = _tag_before(doc, gap, names)
    if before is not None and is_cue_verb(doc[before.end]) and doc[before.end].lemma_.lower() in {"call", "describe"}:
        return None
    return before


def _inside_a_report(verb: Token) -> bool:
    """The verb is in the clause another speech verb reports ("he said that only people such as the Kochs wanted
    ..."): what it says is known only through that report."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.i < clause.i and is_cue_verb(clause.head) \
        and clause.head.pos_ == "VERB"


def _ends_its_sentence(doc: Doc, toks: list[Token]) -> bool:
    """Nothing but punctuation follows the quote in its last sentence: a quoted sentence, not a quoted phrase
    inside a sentence of the writer's ('"All that Glitters is Not Gold" was the title ...') or a quote whose tag
    comes later ('"..." if she loses, said Wasserman')."""
    last = toks[-1]
    return all(t.is_punct or t.is_space for t in doc[last.i + 1:last.sent.end])


def _after_a_colon(toks: list[Token]) -> bool:
    """The quote opens after a colon inside its sentence."""
    first = toks[0]
    return first.i > first.sent.start + 1 and first.doc[first.i - 1].text == ":"


def _opens_sentence(toks: list[Token]) -> bool:
    """The quote's opening mark is the first word of its sentence."""
    first = toks[0]
    return first.text in _boundary_marks(first.doc) and all(t.is_space for t in first.doc[first.sent.start:first.i])


def previous_report(attributions: list[Attribution], before: int, sentence: TextSpan | None,
                    quote_start: int) -> int | None:
    """The paragraph's last report that ends in the sentence before a quote, by index into ``attributions``; of
    them, the last direct quote ('"He has been very aggressive," which Mozloom thinks will lead to ... "He too
    frequently ..."': the quote goes on, not the report on it), unless its own speaker reports on after it ('"...,"
    he said, adding that he hasn't spoken to them. "..."': what he added goes on)."""
    if sentence is None:
        return None
    best = best_quote = None
    for k in range(before, len(attributions)):
        att = attributions[k]
        if att.method == "article-voice" or att.source is None or att.content.end > quote_start:
            continue
        tagged_there = att.cue is not None and sentence.start <= att.cue.start <= sentence.end
        if sentence.start <= att.content.end <= sentence.end or att.sentence.start == sentence.start or tagged_there:
            best = k
            best_quote = k if att.direct else best_quote
    if best_quote is None or best != best_quote and _same_source(attributions[best], attributions[best_quote]):
        return best
    return best_quote


def _same_source(a: Attribution, b: Attribution) -> bool:
    """Two reports with the one source as written (a tag and the participle that borrows its subject)."""
    return a.source is not None and b.source is not None and a.source.span == b.source.span


_NAMING_PARTICIPLES = attribution_words("naming-participle")


def _quoted_name(toks: list[Token]) -> bool:
    """A quote that a preposition, an article or a possessive takes as its object ("in an interview with 'Fox and
    Friends,'", "said on ABC's 'This Week,'", "Despite his 'admittedly brash on-line personality,' Quill wrote,
    ..."), or that a participle names a thing by ("the 1969 book titled 'The
    Tragedy of Lyndon Johnson'"): a title or a name, which no speech tag after it can claim. The parser may start a
    sentence at the mark; the word before still takes it, for none of these ends a sentence."""
    first = toks[0]
    if first.i == 0:
        return False
    before = first.doc[first.i - 1]
    return (before.pos_ in {"ADP", "DET"} or before.tag_ in {"POS", "PRP$"} or before.lower_ in _NAMING_PARTICIPLES) \
        and not before.is_punct


class Announcement(NamedTuple):
    """A paragraph ending "He said:": the next paragraph is what was said."""

    cue: Cue | None
    cue_span: TextSpan | None
    speaker: Mention
    start: int
    """The index of the first token of the announcing sentence (what follows it is no statement of its own)."""


def pending_tag(article: Article, offset: int, doc: Doc, quotes: Sequence[tuple[int, int]]) -> Announcement | None:
    """A paragraph that ends with "He said:" introduces the next paragraph."""
    last = len(doc) - 1
    while last >= 0 and doc[last].is_space:
        last -= 1
    if last < 1 or doc[last].text != ":" or (quotes and quotes[-1][1] >= doc[last].idx):
        return None
    words = [t for t in doc if not t.is_space]
    start = quotes[-1][1] + 1 if quotes else 0
    tag = _tag_before(doc, [t for t in words if t.idx >= start])
    if tag is None or not is_cue_verb(doc[tag.end]) and doc[tag.end].pos_ == "VERB":
        return None  # "This time, Scarborough engaged:" before an embed the page lost: a speech verb only
    first = min((*tag.cue_tokens, *tag.source_tokens))
    return Announcement(tag.cue, tokens_span(article, offset, doc, tag.cue_tokens),
                        mention_of(article, offset, doc, tag.source_tokens), doc[first].sent.start)


def _ends_with_comma(doc: Doc, toks: list[Token]) -> bool:
    """A quote closed by a comma ('"...it," ') has a speech tag of its own after it, read or not: in English the
    comma stands for the full stop before a tag, so the quote is no continuation of the speaker before."""
    return _ends_with_mark(doc, toks, {","})


def _ends_with_mark(doc: Doc, toks: list[Token], marks: set[str]) -> bool:
    """The quote's last word before its closing quotation mark is one of ``marks`` ("?" of '"Why?" he asked')."""
    last = toks[-1].i
    after = doc[last + 1] if last + 1 < len(doc) else None
    closing = after if after is not None and after.text in _boundary_marks(doc) else None
    before_mark = doc[last] if closing is not None else (doc[last - 1] if last > 0 else None)
    return before_mark is not None and before_mark.text in marks or toks[-1].text[-1:] in marks


def _cue_before_colon(toks: list[Token], colon: Token | None) -> Token | None:
    """The cue verb of a quoted paragraph's first sentence before its colon ("I should like to emphasise: ...")."""
    if colon is None:
        return None
    return next((t for t in toks if t.i < colon.i and t.pos_ == "VERB" and cue_of(t) is not None), None)


def _continuation_quote(doc: Doc, toks: list[Token], speaker: Mention | None) -> Iterator[Found]:
    """A paragraph that opens with a quote and has no speech tag continues the previous speaker.

    "I should like to emphasise: A. B." gives A (cue "emphasise") and B as statements of their own.
    """
    first_sent = toks[0].sent
    colon = next((t for t in toks if t.text == ":" and t.sent == first_sent), None)
    cue_tok = _cue_before_colon(toks, colon)
    if cue_tok is None:
        yield Found(None, (), (), tuple(t.i for t in toks), "quote-continuation", 0.7, direct=True,
                     source_mention=speaker, rule="quote-paragraph-continues-speaker")
        return
    ids = {t.i for t in toks}
    for sent in doc.sents:
        content = tuple(t.i for t in sent if t.i in ids and not t.is_space and t.text not in MARKS
                        and (sent != first_sent or t.i > colon.i))
        if len(content) < 3:
            continue
        if sent == first_sent:
            yield Found(cue_of(cue_tok), (cue_tok.i,), (), content, "quote-continuation", 0.75,
                         direct=True, source_mention=speaker, rule="quote-paragraph-with-cue-and-colon")
        else:
            yield Found(None, (), (), content, "quote-continuation", 0.7, direct=True, source_mention=speaker,
                         rule="quote-paragraph-continues-speaker")


_SINGLE_OPENED = re.compile(r"\s*['\u2018](?=[A-Z])")
_SINGLE_OPENED_INSIDE = re.compile(r"(?<=[.!?:]\s)['\u2018](?=[A-Z])")
_PHRASE_CLOSED = re.compile(r"\w['\u2019](?=[\s;:])")
_SINGLE_CLOSED = re.compile(r"[,.!?](?P<inner>[\"\u201d])?['\u2019](?=\s|$)")
_BOUNDARY_MARKS = MARKS | {"'", "\u2018", "\u2019"}


def _boundary_marks(doc: Doc) -> set[str]:
    """Marks that may open or close the paragraph's quotations: single quotes too (a paragraph may open with one),
    but not on a page that writes double marks as two apostrophes (its single ones stand inside those); read once
    per paragraph."""
    if "boundary_marks" not in doc.user_data:
        doc.user_data["boundary_marks"] = MARKS if "''" in doc.text else _BOUNDARY_MARKS
    return doc.user_data["boundary_marks"]


def _single_quoted(text: str) -> list[tuple[int, int]]:
    """The quotations in single marks of a paragraph, as British pages write them: one opening the paragraph before
    a capital ("'I wish I had more time, ...,' says Foley"), or opening a sentence or following a colon inside it
    ("Tan said: 'I was walking around ...", "... told CBC. 'He would give anything.'"); each runs to the first mark
    closing a sentence's punctuation, or to the paragraph's end when none closes it (the next paragraph goes on
    with it, opening with a mark of its own). Not a line that is only a phrase in single marks (a heading: "'All
    Bets Are Off.'"), nor a quote with double marks inside (but for a quote of its own closing right before it:
    '... they said "You've just eaten him."'') or one inside a paragraph that has double marks (the single marks are
    a quote within a quote), nor on a page that writes double marks as two apostrophes."""
    if "''" in text:
        return []
    spans: list[tuple[int, int]] = []
    inside = QUOTE_MARK_RE.search(text) is None  # with double marks, single ones inside are quotes within quotes
    opened = _SINGLE_OPENED.match(text) or (_SINGLE_OPENED_INSIDE.search(text) if inside else None)
    while opened is not None:
        closed = _SINGLE_CLOSED.search(text, opened.end())
        end = closed.end() - 1 if closed is not None else len(text.rstrip())
        nested = closed is not None and closed.group("inner") is not None  # a double mark closing before it
        if QUOTE_MARK_RE.search(text, opened.end(), end) and not nested or _a_heading(text, opened.end(), end) \
                or opened.start() > 0 and _PHRASE_CLOSED.search(text, opened.end(), end):
            break  # inside the paragraph, "'Donald Trump Leads' simply generates ...": a phrase in marks
        spans.append((opened.end(), end))
        opened = _SINGLE_OPENED_INSIDE.search(text, closed.end()) if closed is not None and inside else None
    return spans


def _a_heading(text: str, start: int, end: int) -> bool:
    """The whole line is a short phrase in single marks, its words capitalised ("'All Bets Are Off.'")."""
    if text[:start].strip(" '\u2018") or text[end:].strip(" .,!?'\u2019"):
        return False
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", text[start:end])
    return len(words) < 5 or sum(w[0].isupper() for w in words) * 2 > len(words)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Inner character spans of the quotations in ``text`` (without the marks).

    A quote left open runs to the end of the text, as news paragraphs that continue a quote do.

    >>> quote_spans('He said "no" and \\u201cyes\\u201d')
    [(9, 11), (18, 21)]
    >>> quote_spans('"Open and never closed')
    [(1, 22)]
    >>> quote_spans('\\u201cClosed with the wrong mark.\\u201c')
    [(1, 28)]
    >>> quote_spans('\\u201cOpened curly, closed straight." he said')
    [(1, 31)]
    >>> quote_spans('"No,\u201d said Ben. "Yes."')
    [(1, 4), (17, 21)]
    >>> quote_spans('<tweet tweet-date="March 10">Aide "Jeff" told me')
    [(35, 39)]
    >>> quote_spans("'We will not stop,' the man said.")
    [(1, 18)]
    """
    spans, i = _single_quoted(text), 0
    if spans:
        i = spans[-1][1] + 1
    markup = [m.span() for m in _MARKUP_TAG.finditer(text)]
    while i < len(text):
        found = QUOTE_MARK_RE.search(text, i)
        if found is None:
            break
        i = found.start()
        tag_end = next((e for s, e in markup if s < i < e), None)
        if tag_end is not None:  # an attribute's value ('<tweet tweet-date="March 10, 2016">'), no quotation
            i = tag_end
            continue
        ch = text[i]
        if text.startswith("''", i):  # two apostrophes as a quotation mark, as some wires write it
            width, j = 2, text.find("''", i + 2)
        elif ch in _OPEN_QUOTES or (ch == "\u201d" and not text[:i].strip()):  # a paragraph opened with a wrong mark
            close = _OPEN_QUOTES.get(ch, "\u201d")
            width, j = 1, _closing_curly(text, i + 1) if ch == "\u201c" else text.find(close, i + 1)
            j = _closed_by_the_other_mark(text, i, j)
        else:
            i += 1
            continue
        if j == -1:  # left open: it runs to the end
            spans.append((i + width, len(text)))
            break
        spans.append((i + width, j))
        i = j + width
    return [(s, e) for s, e in spans if e > s]


_MARKUP_TAG = re.compile(r"<[A-Za-z][\w:-]*(?:\s+[\w:-]+=(?:\"[^\"<>]*\"|'[^'<>]*'))*\s*/?>")
"""A markup tag a scraper left in the text, with its attributes ('<tweet tweet-id="676489052539912192">')."""


def _closed_by_the_other_mark(text: str, i: int, j: int) -> int:
    """Where the quote opened at ``i`` ends, ``j`` being its own closing mark's place (-1 if none), when a page mixed
    straight and curly marks: '\u201c...,"', '"...,\u201d said Ben', or a quote closed only by the other mark."""
    ch = text[i]
    if ch == "\u201c" and j != -1:
        j = _closed_straight(text, i + 1, j)
    elif ch == '"':
        j = _closed_curly(text, i + 1, j)
    if j == -1 and ch in {'"', "\u201c"}:  # a scraper's mixed marks: '"...\u201d', '\u201c..."'
        j = text.find("\u201d" if ch == '"' else '"', i + 1)
    return j


def _closed_straight(text: str, start: int, end: int) -> int:
    """Where a curly quote a page closed with a straight mark ends: at a straight mark right after the punctuation
    closing a quote ('\u201cI heard parts of the speech," Trump said. "He wants ...\u201d'), the first one of the
    quote; else at its curly close ``end``."""
    k = text.find('"', start, end)
    return k if k > start and text[k - 1] in ",.?!" else end


def _closed_curly(text: str, start: int, end: int) -> int:
    """Where a straight quote a page closed with a curly mark ends: at a curly closing mark right after the
    punctuation closing a quote, before the next straight mark ``end`` ('"It doesn't work,” said Benjamin. "He
    is ..."'), with no curly quote opened inside it; else at ``end``."""
    k = text.find("\u201d", start, end if end != -1 else len(text))
    if k > start and text[k - 1] in ",.?!" and "\u201c" not in text[start:k]:
        return k
    return end


def _closing_curly(text: str, start: int) -> int:
    """Where a curly quote opened before ``start`` closes, past quotes nested in it with the same marks
    ("\u201cI'd rather live in what he calls \u201chell\u201d than ...\u201d"); -1 when it stays open."""
    depth = 1
    for m in re.finditer("[\u201c\u201d]", text[start:]):
        depth += 1 if m.group() == "\u201c" and not _misprinted_close(text, start + m.start()) else -1
        if depth == 0:
            return start + m.start()
    if depth > 1:  # an inner mark never closed: the first closing mark ends the quote
        return text.find("\u201d", start)
    return -1


def _misprinted_close(text: str, at: int) -> bool:
    """An opening curly mark that closes a quote: after the quote's last punctuation and before a space
    ('“It's unusual,“ said Larry Noble'); an opening mark stands before a word."""
    return text[at - 1:at] in {",", ".", "!", "?"} and (at + 1 == len(text) or text[at + 1].isspace())


def inside_quote(sent: Span, quotes: Sequence[tuple[int, int]]) -> bool:
    """Most of the sentence's words lie inside quotation marks."""
    words = [t for t in sent if not t.is_punct]
    if not words or not quotes:
        return False
    inside = sum(any(s <= t.idx < e for s, e in quotes) for t in words)
    return inside / len(words) > 0.6


def quote_at(tokens: Iterable[Token], quotes: Sequence[tuple[int, int]], share: float = 0.5) -> tuple[int, int] | None:
    """The quote that covers most of ``tokens``, if it covers at least ``share`` of them."""
    best, best_n = None, 0
    words = [t for t in tokens if not t.is_punct]
    for s, e in quotes:
        n = sum(s <= t.idx < e for t in words)
        if n > best_n:
            best, best_n = (s, e), n
    return best if words and best_n / len(words) >= share else None


def nearest_quote(verb: Token, quotes: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    sent = verb.sent
    inside = [(s, e) for s, e in quotes if sent.start_char <= s and e <= sent.end_char + 1]
    if not inside:
        return None
    return min(inside, key=lambda q: min(abs(q[0] - verb.idx), abs(q[1] - verb.idx)))


def quote_tokens(doc: Doc, quote: tuple[int, int]) -> tuple[int, ...]:
    span = doc.char_span(quote[0], quote[1], alignment_mode="contract")
    return tuple(range(span.start, span.end)) if span is not None else ()


def through_open_quote(doc: Doc, f: Found, quotes: Sequence[tuple[int, int]]) -> Found:
    """A statement that opens a quotation runs at least to its closing mark: 'He said he was "gravely concerned
    about the country, and it is very important to stand up."' or 'he would "carpet-bomb them. I don't know if
    sand can glow in the dark."' The quoted words are the speaker's all through, whatever clause or sentence ends
    first.
    """
    if not f.content:
        return f
    first, last = doc[f.content[0]], doc[f.content[-1]]
    quote = next((q for q in quotes if first.idx < q[0] <= last.idx < q[1]), None)
    if quote is None:
        return f
    outer = quote_tokens_outer(doc, quote)
    if not outer or outer[-1].i <= last.i:
        return f
    return replace(f, content=(*f.content, *range(last.i + 1, outer[-1].i + 1)))
