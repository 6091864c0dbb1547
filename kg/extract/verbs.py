"""The rules of one sentence: reporting verbs with a subject of their own, parentheticals ("..., Smith said,
..."), passives with their agent, expectations and questions with nobody named, and the calls into the other
families (evidentials, attitudes, cue nouns, "according to").
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from kg.cues import Cue, attribution_words, evidence_nouns
from kg.extract.according_to import according_to, closing_source_phrase, finding_in_evidence, view_held
from kg.extract.attitudes import attitude, evidential_attribution, hearsay
from kg.extract.cue_words import (
    SUPPORT_VERBS, cue_of, cue_token_ids, has_read_as_passive, is_cue_verb, is_document, is_evidence, issuer_by_agent,
    issuer_named_with, issuer_of_document, may_say, may_speak, named_antecedent, possessor_of_document,
    reports_in_relative, set_against_with_a_speaker, speaker_of, speaker_of_the_report_it_ends, stance_on_a_name,
    subject_of, wished_for,
)
from kg.extract.documents import DOCUMENT_NOUNS
from kg.extract.frames import find_contents, has_complement
from kg.extract.noun_cues import noun_cue_attributions
from kg.extract.phrases import (
    CLAUSE_SUBJECTS, PERSON_DESC, SPEAKER_PRONOUNS, SUBJ, TENSED, TIME_MARKS, clean, free_dash, issuer_words,
    noun_phrase, source_extent_of, whole_phrase, word_count,
)
from kg.extract.quotes import MARKS, addressee, quote_tokens_outer
from kg.extract.records import Found


_NOT_CUES = attribution_words("not-a-cue-verb")
_SUPPOSING = attribution_words("supposition-verb")
_BLOWS = attribution_words("blow-verb")
_NOMINAL_FRAMES = frozenset({"obj", "oprd", "for", "about", "of-topic", "weak", "obj-evidence"})
_OBJECT = frozenset({"obj", "obj-evidence"})
_POSSIBLE = attribution_words("possibility-modal")
_GUESSES = attribution_words("possibility-adverb")


def sentence_attributions(sent: Span, quotes: Sequence[tuple[int, int]], *, headline: bool,
                          used: set[int] = frozenset()) -> Iterator[Found]:
    doc = sent.doc
    for f in _sentence_rules(sent, quotes, headline=headline, used=used):
        if used and _reads_a_quotes_words(f, sent, used):
            f = _before_a_tagged_quote(doc, f, used)
            if f is None:
                continue
        if len(f.content) == 1 and _says_nothing(doc[f.content[0]], f.direct):
            continue
        # A cue inside quotation marks is the speaker's own words, not the article's report.
        if f.cue_tokens and any(s <= doc[f.cue_tokens[0]].idx < e for s, e in quotes):
            continue
        yield f


def _says_nothing(word: Token, direct: bool) -> bool:
    """A content of one word that alone says nothing: a pronoun, wh-word, determiner, "to", preposition or
    conjunction ("what he called ...", "he reiterated them", "where she promised ..."), an auxiliary ("In what
    Cumbria Police admit is 'very unusual behaviour'": "is"), or an adverb not quoted ("saying exactly what people
    want to hear"; a quoted '"Absolutely," he said' is an answer)."""
    return word.lower_ in _WH_WORDS or word.tag_ in _EMPTY_TAGS or not direct and word.pos_ in {"ADV", "AUX"}


def _reads_a_quotes_words(found: Found, sent: Span, used: set[int]) -> bool:
    """Whether a sentence rule's find reads words a quote took; a report that holds a tagged quote of its sentence
    whole is no such find ("Flynn said Trump was right when he said that 'the generals ...'": a report of a report)."""
    if set(found.cue_tokens) & used:
        return True
    content = set(found.content)
    taken = content & used
    if not taken:
        return False
    quoted = {t.i for t in sent} & used
    return not (taken <= quoted <= content and min(content) < min(quoted))


def _before_a_tagged_quote(doc: Doc, found: Found, used: set[int]) -> Found | None:
    """A report whose content ends in a quote another tag took, and that tag ('Starr said Clinton's situation reminds
    him of a book, explaining, "because ..."': the quote is what he explained): the content is what comes before."""
    if set(found.cue_tokens) & used or found.fragments:
        return None
    first = min(set(found.content) & used)
    before = first - 1
    while before > 0 and doc[before].text in MARKS:
        before -= 1
    if doc[first].pos_ != "VERB" or doc[before].text != "," \
            or not all(i in used or doc[i].is_punct for i in found.content if i >= first):
        return None  # only a participle tag set off by a comma: ", explaining, '...'"
    content = tuple(i for i in found.content if i < first)
    while content and doc[content[-1]].is_punct and doc[content[-1]].text not in MARKS:
        content = content[:-1]
    return replace(found, content=content) if word_count([doc[i] for i in content]) >= 3 else None


@dataclass(frozen=True)
class _Report:
    """A reporting verb with a subject of its own, waiting for its content."""

    verb: Token
    cue: Cue
    subject: Token
    relative: Token | None = None
    """The relative pronoun the verb's subject is ("an architect who said ..."): the antecedent speaks."""
    possible: bool = False
    """Said only as a possibility or a duty ("Trump may want to ..."): see :attr:`kg.types.Attribution.possible`."""


def _sentence_rules(sent: Span, quotes: Sequence[tuple[int, int]], *, headline: bool,
                    used: set[int]) -> Iterator[Found]:
    """Every attribution of one sentence: the rules of each token (evidentials, attitudes, parentheticals,
    passives, expectations, questions), then the reporting verbs with their contents, then cue nouns and
    "according to"."""
    method = "headline" if headline else "reporting-verb"
    reports: list[_Report] = []
    for tok in sent:
        found = _token_rules(sent, tok, quotes, method, used)
        if isinstance(found, _Report):
            reports.append(found)
        else:
            yield from found
    reports = _outside_other_reports(reports)
    own = {r.verb.i: _speaker_words(r.subject) | {t.i for t in cue_token_ids(r.verb)} for r in reports}
    taken = set().union(*own.values())
    # "Trump said ..., according to the Times": the Times reports all that precedes, the report itself included
    closing = closing_source_phrase(sent)
    # the speakers and cues of the reports that found a content, with a subject of their own: no part of a cue
    # noun's statement, nor of an "according to"'s but for the reports it reports too
    reported: set[int] = set()
    apart: set[int] = set()
    for report in reports:
        outside = taken if report.verb.i in closing else taken | closing
        found = list(_report_attributions(sent, report, _inner_reports(report, reports, own), quotes, outside,
                                          method))
        if found and not any(f.content for f in found):
            # "May said that the country would declare A and suggested B": a report below this one took the first
            # word of its content; rather than say nothing, the content holds that report
            found = list(_report_attributions(sent, report, _reports_below(report, reports, own), quotes, outside,
                                              method))
        if any(f.content for f in found) and _own_subject(report):
            reported |= own[report.verb.i]
            if not _reported_by_according_to(sent, found):
                apart |= own[report.verb.i]
        yield from found
    yield from noun_cue_attributions(sent, reported | set(used))
    yield from according_to(sent, quotes, apart | set(used))
    yield from finding_in_evidence(sent, reported | set(used))
    yield from view_held(sent, reported | set(used))


def _speaker_words(subject: Token | None) -> set[int]:
    """The words of the speaker's phrase, with the role a name is the apposition of ("the head of the town's
    council, Shaker Mahmoud, said": the parser hung both on the reported clause's last noun)."""
    if subject is None:
        return set()
    ids = {t.i for t in noun_phrase(subject)}
    if subject.dep_ != "appos":
        return ids
    word = subject
    while word.dep_ == "appos" and word.head.dep_ == "appos" and word.head.i < word.i:
        word = word.head
    role = next((a for a in word.head.children if a.dep_ == "appos" and a.pos_ == "NOUN"
                 and a.right_edge.i + 2 == word.left_edge.i and a.doc[a.right_edge.i + 1].text == ","), None)
    start = role.left_edge.i if role is not None else word.left_edge.i  # the role, a sibling apposition before it
    return ids | set(range(start, max(ids) + 1))


def _reported_by_according_to(sent: Span, found: list[Found]) -> bool:
    """A report that an "according to" of its sentence reports in turn, as a whole ("According to the AP, Kelly said
    ...", "Trump said ..., according to the Times"): any but one whose content holds the "according to" ("The AP
    reported that, according to an analysis, ...")."""
    return not any(sent.doc[i].lower_ == "according" for f in found for i in f.content)


def _token_rules(sent: Span, tok: Token, quotes: Sequence[tuple[int, int]], method: str,
                 used: set[int]) -> list[Found] | _Report:
    """What one token of the sentence gives: attributions found on the spot, or a reporting verb whose content
    is read once every report of the sentence is known."""
    evidential = evidential_attribution(tok, used) or attitude(tok, used) or hearsay(tok, used)
    if evidential is not None:
        return [evidential]
    cue = _cue_in_context(tok, quotes)
    if cue is None:
        return []
    speaker = _speaker_and_relative(tok, cue)
    if speaker is None or _hypothetical(tok) or _what_is_said(speaker[0]) or _said_by_no_one(tok, speaker[0]) \
            or _found_oneself(tok) or _left_undone(tok) or _participle_after_an_inverted_tag(tok, speaker[0]):
        # "anybody who complains about X"; "if Holt asks him about his tax returns": nobody has asked yet;
        # "Everything Trump says is a lie": what is said, no report
        return []
    subject, relative = speaker
    possible = _said_as_possible(tok) or _said_not(tok, cue)
    for rule in (_inverted_tag_rule, _parenthetical_rule, _expectation_rule, _passive_rule, _question_rule):
        found = rule(sent, tok, cue, subject, quotes, method, used)
        if found is not None:
            return [replace(f, possible=possible) for f in found]
    if subject is not None and _quoted_speaker(tok, subject, quotes):
        return []
    return _Report(tok, cue, subject, relative, possible) if _reports_on_its_own(tok, cue, subject, relative) else []


def _participle_after_an_inverted_tag(verb: Token, subject: Token | None) -> bool:
    """'"...," said retired neurosurgeon Ben Carson, asked about his claims ...': the name ends an inverted tag, so
    the verb after its comma is a participle on it (Carson was asked), not a report of his own."""
    if subject is None or verb.tag_ not in {"VBD", "VBN"} or subject.i > verb.i or verb.doc[verb.i - 1].text != "," \
            or max(t.i for t in subject.subtree if not t.is_punct) + 2 != verb.i:
        return False
    before = verb.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    return before is not None and before.pos_ == "VERB" and is_cue_verb(before) \
        and not any(c.dep_ in SUBJ for c in before.children)


def _left_undone(verb: Token) -> bool:
    """"he said, without referring specifically to any of the candidates": what one does "without" is not done."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "without"


def _found_oneself(verb: Token) -> bool:
    """"Fox News found itself playing host to ...": "find oneself" is to end up somewhere, no finding reported."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return verb.lemma_.lower() == "find" and after is not None and after.lower_.endswith(("self", "selves")) \
        and after.pos_ == "PRON"


def _said_by_no_one(verb: Token, subject: Token | None) -> bool:
    """"It is hard to imagine ...", "it's safe to say ...", "It goes without saying that ...": the cue hangs on a
    predicate whose subject is an empty "it", so no one imagines or says; the parser still hands the cue that
    "it"."""
    if subject is None or subject.lower_ != "it" or subject.head.i == verb.i:
        return False
    predicate = subject.head  # "it remains to be seen whether ...": a copula as well
    return predicate.lemma_ in {"be", "remain"} or verb.dep_ == "pcomp" \
        or any(c.dep_ in {"acomp", "attr"} for c in predicate.children)


def _speaker_and_relative(tok: Token, cue: Cue) -> tuple[Token | None, Token | None] | None:
    """The cue's speaker, and the relative pronoun it is written as in a relative clause ("McConnell, who said
    ..."); ``None`` for a relative clause that reports nothing ("anybody who complains about X": only with a clause
    or on a name)."""
    subject = speaker_of(tok)
    whom = None if subject is None else next((p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                                              for p in c.children if p.dep_ == "pobj" and p.lower_ in _RELATIVE), None)
    if whom is not None and (antecedent := _noun_before_comma(subject)) is not None:
        return antecedent, whom  # "family members of the victims, many of whom say ...": of those members
    clause = _clause_of_subject(tok, subject)
    if subject is None or clause.dep_ != "relcl" or subject.lower_ not in _RELATIVE or subject.i <= clause.head.i:
        return subject, None
    if not reports_in_relative(tok) and not stance_on_a_name(tok, cue, subject):
        return None
    antecedent = _antecedent(clause.head, subject)
    while antecedent.dep_ == "appos" and antecedent.head.pos_ == "PROPN":
        antecedent = antecedent.head  # "McConnell, now the Senate majority leader, who said ...": McConnell
    if _no_speaker_for(tok, cue, clause, antecedent, subject):
        return None
    return antecedent, subject


def _no_speaker_for(verb: Token, cue: Cue, clause: Token, antecedent: Token, relative: Token) -> bool:
    """The relative clause's antecedent cannot speak: "a contest that will end the primaries and encourage the party
    to ...", "brain cancer, which confirmed what I always knew". A verb that only a speaker or a text does ("a
    spoof ..., which claimed ...", a verb that may tag a quote) makes the antecedent a text."""
    return not may_speak(antecedent) and (_coordinated_in(verb, clause)
                                          or "quote" not in cue.frames and _a_thing(antecedent, relative))


def _a_thing(antecedent: Token, relative: Token) -> bool:
    """The antecedent of "which" or "that" is a common noun for a thing, not a document or evidence, which may show
    or confirm what a clause says ("data that show ..."); "who" always stands for someone."""
    return relative.lower_ in {"which", "that"} and antecedent.pos_ == "NOUN" and not antecedent.ent_type_ \
        and not is_document(antecedent) and not is_evidence(antecedent)


def _coordinated_in(verb: Token, clause: Token) -> bool:
    """The verb is coordinated with another verb of ``clause`` (itself or an infinitive of it)."""
    word = verb
    while word.i != clause.i and word.dep_ != "conj" and word.head.i != word.i:
        word = word.head
    return word.dep_ == "conj" and word.i != clause.i


def _clause_of_subject(verb: Token, subject: Token | None) -> Token:
    """The verb whose subject the cue shares, up its infinitives, the gerunds its prepositions take and the verbs it
    is coordinated with ("someone who had to reject ...": "had"; "ads that began by reminding voters ...": "began",
    the relative clause; "a pollster who cooperated with him and called him ...": "cooperated")."""
    clause = verb
    while subject is not None and subject.head.i != clause.i and (
            clause.dep_ in {"xcomp", "conj"} or clause.dep_ == "pcomp" and clause.head.dep_ == "prep"):
        clause = clause.head if clause.dep_ in {"xcomp", "conj"} else clause.head.head
    return clause


def _noun_before_comma(word: Token) -> Token | None:
    """The head of the noun phrase ending right before the comma or dash before ``word``'s phrase ("members" of
    "family members of 9/11 victims, many of whom ...")."""
    j = word.left_edge.i - 1
    if j < 1 or word.doc[j].text not in {",", "--", "\u2014", "\u2013"}:  # also "admirals -- most of whom had ..."
        return None
    noun = word.doc[j - 1]
    while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head  # "generals and admirals": the first of them heads the phrase
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head.head
    return noun if noun.pos_ in {"NOUN", "PROPN"} else None


def _what_is_said(subject: Token | None) -> bool:
    """A subject the parser gave an "everything"/"nothing" compound ("Everything Trump says is a lie")."""
    return subject is not None and any(c.dep_ == "compound" and c.lower_ in _WHATEVER for c in subject.children)


_WHATEVER = attribution_words("whatever-pronoun")


def _antecedent(head: Token, relative: Token) -> Token:
    """What a relative pronoun after a comma stands for: the name right before the comma when the parser hung the
    clause on a common noun further back ("data from Citizens for Tax Justice, which notes ...": the group)."""
    if (copula := _copula_of(head)) is not None and (subject := subject_of(copula)) is not None:
        return subject  # "Trump ... is a serial liar, rampant xenophobe ... who has pledged": what he is, said of him
    if (document := _document_of_topic(head)) is not None:
        return document  # "the F.B.I. report on her email practices that suggested ...": the report suggested
    if (people := _people_placed(head, relative)) is not None:
        return people
    if (person := _person_of_a_body(head, relative)) is not None:
        return person
    if (people := _people_before_the_comma(head, relative)) is not None:
        return people
    if (document := _document_on_a_medium(head, relative)) is not None:
        return document
    if head.pos_ == "PROPN" and head.i == relative.i - 2:
        return _name_written_before(head) or head
    if head.pos_ == "PROPN" or head.dep_ == "appos" or not named_antecedent(relative):
        return head  # "Armin Laschet, the leader of the opposition in X, who ...": the apposition's name
    return _name_before_the_comma(head, relative)


def _name_before_the_comma(head: Token, relative: Token) -> Token:
    """The name right before a relative clause's comma, up its own parts ("Justice" of "Citizens for Tax
    Justice"), but not up to the noun the parser hung the clause on."""
    name = relative.doc[relative.i - 2]
    while True:
        up = name.head if name.dep_ == "compound" else name.head.head if name.dep_ == "pobj" else name
        if up.i == name.i or up.pos_ != "PROPN" or up.i <= head.i:
            return _name_written_before(name) or name
        name = up


def _name_written_before(name: Token) -> Token | None:
    """The capitalised word right before the "for" or "of" a name's phrase opens with, which the parser hung
    elsewhere ("a group called Citizens for Trump, which ...": the group's name, "for Trump" hung on "called")."""
    first = name.left_edge
    if first.i < 2 or first.nbor(-1).lower_ not in {"for", "of"}:
        return None
    word = first.nbor(-2)
    return word if word.pos_ == "PROPN" and word.text[:1].isupper() and word.i > word.sent.start else None


_PLACING_PREPOSITIONS = frozenset({"on", "in", "at", "from", "across", "throughout"})


def _people_placed(head: Token, relative: Token) -> Token | None:
    """"nervous Democrats on Capitol Hill, who have argued ...", "voters in Iowa, who ...": a "who" stands for the
    people the place or body after a preposition of place locates, wherever the parser hung the clause."""
    prep = head.head
    if relative.lower_ != "who" or head.dep_ != "pobj" or prep.lower_ not in _PLACING_PREPOSITIONS \
            or head.ent_type_ not in {"GPE", "LOC", "FAC", "ORG"}:
        return None
    people = prep.head
    if people.ent_type_ in {"NORP", "PERSON"} or people.tag_ in {"NNS", "NNPS"} and people.pos_ in {"NOUN", "PROPN"}:
        return people
    return None


def _people_before_the_comma(head: Token, relative: Token) -> Token | None:
    """"holding running battles with Nigerian security forces, who say ...": a "who" the parser hung on a thing stands
    for the people named right before its comma."""
    if relative.lower_ != "who" or may_speak(head):
        return None
    noun = _noun_before_comma(relative)
    return noun if noun is not None and noun.i != head.i and may_speak(noun) else None


def _person_of_a_body(head: Token, relative: Token) -> Token | None:
    """"Zaid Benjamin, a reporter for the Arabic-language Radio Sawa, who said ...": a "who" after a body named in
    the phrase of a description of someone ("a reporter for", "an analyst at": a word for someone, or a description
    set beside a person's name) stands for that someone; not after a person ("an aide to Senator Smith, who") or
    people ("a leader of the Democrats, who"). A body's name may hold a preposition of its own ("the president of
    the Foundation for Middle East Peace, who")."""
    while head.dep_ == "pobj" and head.ent_type_ == "ORG" and head.head.head.ent_type_ == "ORG" \
            and head.head.head.pos_ == "PROPN" and head.head.head.dep_ == "pobj":
        head = head.head.head
    prep = head.head
    if relative.lower_ != "who" or head.dep_ != "pobj" or prep.lower_ not in {"for", "at", "of", "with"} \
            or head.ent_type_ in {"PERSON", "NORP"} or head.tag_ in {"NNS", "NNPS"}:
        return None
    person = prep.head
    described = person.lemma_.lower() in PERSON_DESC or person.dep_ == "appos" and person.head.ent_type_ == "PERSON"
    return person if person.pos_ == "NOUN" and described else None


def _document_on_a_medium(head: Token, relative: Token) -> Token | None:
    """"posted a campaign message on Twitter that showed ...", "a video on YouTube that shows ...": a "that" or
    "which" after the medium a document is on stands for the document."""
    prep = head.head
    if relative.lower_ not in {"that", "which"} or head.dep_ != "pobj" or prep.lower_ not in {"on", "in"} \
            or head.pos_ != "PROPN":  # the medium is named ("on Twitter"), not "a statement in a contest that ..."
        return None
    return _document_before(prep)


def _document_before(prep: Token) -> Token | None:
    """The document a preposition's phrase says more of ("a campaign message on Twitter", "the report on her email
    practices"), also when the parser hangs the preposition on the verb whose object the document is ("posted a
    campaign message on Twitter"); ``None`` when no document noun stands there."""
    document = prep.head
    if document.pos_ == "VERB":
        document = next((c for c in document.children if c.dep_ == "dobj" and c.i < prep.i), document)
    return document if document.pos_ == "NOUN" and document.lemma_.lower() in DOCUMENT_NOUNS else None


def _document_of_topic(noun: Token) -> Token | None:
    """The document a common noun is the topic of ("report" of "the report on her email practices"), which, not the
    topic, is what a relative clause after them with a cue says something."""
    prep = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or prep.lower_ not in {"on", "about", "into"}:
        return None
    return _document_before(prep)


def _copula_of(noun: Token) -> Token | None:
    """The "is" of "X is a serial liar, rampant xenophobe ...": the copula a common noun (or a conjunct of one) is
    the predicate of, if any."""
    predicate = noun
    while predicate.dep_ == "conj" and predicate.head.i != predicate.i:
        predicate = predicate.head
    if predicate.dep_ == "attr" and predicate.head.lemma_ == "be" and not noun.text[:1].isupper():
        return predicate.head
    return None


def _hypothetical(verb: Token) -> bool:
    """The cue is in a clause of condition ("if he says ...", "unless she asks ...") or a supposition ("Let's say
    you think ..."): a report not made."""
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children):
        return True  # "it was unclear whether the judges would rule that ...": an open question
    if _asked_not_told(verb) or _to_be_said(verb) or wished_for(verb):
        return True
    return any(t.lemma_.lower() in _SUPPOSING and _hortative(t) for t in (verb, *verb.ancestors))


def _to_be_said(verb: Token) -> bool:
    """"daring him to say that ...", "for politicians to claim that ...": an infinitive with a subject of its own,
    what someone is asked, dared or expected to say; nothing said yet."""
    return verb.tag_ == "VB" and verb.dep_ in {"ccomp", "xcomp", "advcl", "acl"} \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)


def _asked_not_told(verb: Token) -> bool:
    """The cue is the verb of a question its auxiliary opens: a yes-no question ("Do you support Donald Trump?",
    "Did the investigation find reasons to question ...?"), where the writer asks whether and nobody asserts it, or
    a question a modal opens ("Why would someone like Mr. Clarke want to take over a troubled mine?"), where the
    writer supposes and nobody wants or says it. A question on a wh-word with a plain auxiliary ("Why did Trump say
    that ...?") takes the report as given."""
    aux = _auxiliary_before_subject(verb)
    if aux is None or not _ends_with_question_mark(verb.sent):
        return False
    return aux.lower_ in _SUPPOSING_MODALS or not any(t.tag_ in _WH_TAGS for t in verb.doc[verb.left_edge.i:aux.i])


_SUPPOSING_MODALS = frozenset({"would", "could", "might", "should"})


def _auxiliary_before_subject(verb: Token) -> Token | None:
    """The verb's auxiliary standing before its subject, as a question inverts them ("did Trump say")."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None
    return next((c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < subject.i), None)


def _ends_with_question_mark(sent: Span) -> bool:
    last = next((t for t in reversed(sent) if not t.is_space and not t.is_quote), None)
    return last is not None and last.text == "?"


def _said_as_possible(verb: Token) -> bool:
    """The cue, or the verb whose subject it borrows ("Americans might stop to consider ..."), is only possible."""
    return _only_possible(verb) or verb.dep_ in {"advcl", "xcomp"} \
        and not any(c.dep_ in SUBJ for c in verb.children) and _only_possible(verb.head)


def _said_not(verb: Token, cue: Cue) -> bool:
    """"Pope Francis did NOT say our pets are going to heaven", "Clinton never claimed that ...": a report denied,
    what the speaker is written not to have said; no claim of theirs. Not a belief ("I don't think he'll win"
    believes he won't)."""
    return cue.speech_act != "believe" and not cue.weak and _negated(verb)


def _negation_raised(verb: Token, cue: Cue) -> bool:
    """"I don't think he will win", "Officials do not expect the vote to pass": English raises the negation of what
    is believed to these verbs, so the speaker believes the opposite (not "doesn't know whether ...")."""
    return cue.speech_act == "believe" and verb.lemma_.lower() in _NEGATION_RAISING and _negated(verb)


_NEGATION_RAISING = attribution_words("negation-raising-verb")


def _negated(verb: Token) -> bool:
    """The verb has a "not", "n't" or "never" of its own."""
    return any(c.dep_ == "neg" for c in verb.children)


def _only_possible(verb: Token) -> bool:
    """A modal of possibility or duty on the verb ("Trump may want to check his stats", "Sanders could have
    requested a recount", "voters should know ...", "Americans might stop to consider ..."): what someone might or
    ought to say, not what they said; so is what they "would have" said. "Can" ("police can confirm") reports, and
    "could not" ("could not explain") is no possibility but a report not made (:func:`_said_not`). So is a cue the
    writer only guesses at ("perhaps recognizing that ...", "presumably believes")."""
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"}
    negated = _negated(verb)
    if "would" in modals and verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return True  # "Few people would have described him as ...": what did not happen
    guessed = any(c.dep_ == "advmod" and c.lower_ in _GUESSES and c.i < verb.i and not _quoted_word(c)
                  for c in verb.children)
    return bool(modals & _POSSIBLE) or "could" in modals and not negated or guessed


def _quoted_word(word: Token) -> bool:
    """The word is written in quotation marks: named, not used ('words like "perhaps", he told reporters')."""
    doc = word.doc
    return word.i > 0 and doc[word.i - 1].text in MARKS and word.i + 1 < len(doc) and doc[word.i + 1].text in MARKS


def _hortative(verb: Token) -> bool:
    """The verb follows "let's" or "let us": the writer and the reader together, supposing or proposing."""
    return verb.head.lemma_.lower() == "let" and any(c.lower_ in {"'s", "\u2019s", "us"}
                                                     for c in (*verb.head.children, *verb.children))


def _cue_in_context(tok: Token, quotes: Sequence[tuple[int, int]]) -> Cue | None:
    """The token's cue: from the lexicon or, for a verb outside it, from its context; a modifier only with its
    complement."""
    cue = cue_of(tok)
    if cue is None and tok.pos_ == "VERB":
        cue = _that_clause_cue(tok) or _quoted_object_cue(tok, quotes) or _put_it_cue(tok)
    if cue is None or tok.pos_ not in {"VERB", "AUX"} \
            or tok.dep_ in {"amod", "acl", "relcl", "pcomp"} and not has_complement(tok, cue) \
            and not _tag_read_as_relative(tok, cue, subject_of(tok)):
        return None
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.lemma_.lower() not in DOCUMENT_NOUNS | evidence_nouns() \
            and not has_complement(tok, replace(cue, frames=cue.frames - _OBJECT)):
        # "Americans supporting Trump", "a group backing Bush": who they are; "a letter opposing X", "a poll showing
        # X" report
        return None
    return cue


def _parenthetical_rule(sent: Span, tok: Token, cue: Cue, subject: Token | None, quotes: Sequence[tuple[int, int]],
                        method: str,
                        used: set[int]) -> list[Found] | None:
    """"Acts of protest, Mr. Obama said, are ...", "As many experts have pointed out, Trump is free to ..."."""
    if (set_off := _tag_name_misread(tok, cue, subject)) is not None:
        found = _parenthetical(sent, tok, cue, set_off, used)
        return None if found is None else [found]
    as_clause = _as_clause(tok, cue)
    if as_clause and subject is None and _set_off(tok):
        subject = _agent_of(tok)  # "As reported by Western Journalism, ...": the agent speaks
    if (closing := _tag_read_as_adverbial(tok, cue)) is not None:
        found = _closing_tag(sent, tok, cue, closing, used)
        return None if found is None else [found]
    if subject is None or cue.weak or not (as_clause or _a_tag(tok, cue, subject)):
        return None
    found = _as_put_after_a_quote(tok, cue, subject, quotes) if as_clause else None
    found = found or _parenthetical(sent, tok, cue, subject, used, initial=as_clause)
    if found is not None and subject.lower_ == "it" and _passive_subject(subject) \
            and tok.lemma_.lower() in _HEARSAY_PASSIVE:
        # "The talks failed, as it was reported yesterday": hearsay nobody is named for, not the speaker before
        found = replace(found, source_tokens=(), source_extent=(), rule="hearsay-passive")
    return None if found is None else [found]


def _tag_name_misread(verb: Token, cue: Cue, subject: Token | None) -> Token | None:
    """The name of a tag set off by commas (:func:`_name_set_off_before`) that the parser made the verb's compound
    or passed over for the words before the tag as its subject."""
    name = _name_set_off_before(verb, cue)
    if name is None or not (verb.dep_ == "appos" or subject is not None and subject.i != name.i):
        return None
    return name


_WHEN = {"DATE", "TIME"}


def _name_set_off_before(verb: Token, cue: Cue) -> Token | None:
    """The name of a tag set off by commas inside its clause, right before a verb of saying in the present or past
    ("Democrats, Frank notes, applaud ...", "Republicans, Smith argues, want ..."), however the parser hung the two:
    the name's last word."""
    doc = verb.doc
    if not cue.frames & {"ccomp", "quote"} or verb.tag_ not in {"VBZ", "VBD", "VBP"} or verb.i + 1 >= len(doc) \
            or doc[verb.i + 1].text != ",":
        return None
    start = verb.i
    while start > verb.sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ not in _WHEN:
        start -= 1
    if start == verb.i or start - 2 < verb.sent.start or doc[start - 1].text != "," or doc[start - 2].is_punct:
        return None
    return doc[verb.i - 1]


def _as_clause(verb: Token, cue: Cue) -> bool:
    """"As many experts have pointed out, ...", "as a memo put it": a clause of "as" whose verb reports nothing of
    its own."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
        and ("ccomp" in cue.frames and not any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in verb.children)
             or cue is _PUT_IT) and not _second_as_of_a_comparison(verb)


def _second_as_of_a_comparison(verb: Token) -> bool:
    """The clause's "as" ends a comparison begun by another "as" ("would not yield nearly as much money as he has
    promised", "rose as quickly as he had predicted"): a measure of what was said, not a tag on the sentence."""
    head = verb.head
    compared = [head, *(c for c in head.children if c.dep_ in {"amod", "advmod"} and c.i < verb.i)]
    return any(x.dep_ == "advmod" and x.lower_ == "as" for w in compared for x in w.children)


def _a_tag(verb: Token, cue: Cue, subject: Token) -> bool:
    """The verb with its subject is a speech tag set in the sentence it reports, however the parser hung it."""
    reports_a_clause = bool(cue.frames & {"ccomp", "quote"})  # "this country we call home" is no tag
    return verb.dep_ == "parataxis" and reports_a_clause or _tag_last(verb, subject) \
        or _tag_read_as_conjunct(verb, cue, subject) or _tag_read_as_relative(verb, cue, subject) \
        or _tag_read_as_reported_clause(verb, cue, subject)


def _inverted_tag_rule(sent: Span, tok: Token, cue: Cue, subject: Token | None, quotes: Sequence[tuple[int, int]],
                       method: str, used: set[int]) -> list[Found] | None:
    """"And Trump, said Sunshine, doesn't forgive or forget": the tag's speaker is after its verb."""
    inverted = _inverted_tag_speaker(tok)
    if inverted is None:
        return None
    found = _inverted_parenthetical(sent, tok, cue, inverted, used)
    return None if found is None else [found]


def _as_put_after_a_quote(verb: Token, cue: Cue, subject: Token, quotes: Sequence[tuple[int, int]]) -> Found | None:
    """"... is a 'lawful source of investment income,' as a Homeland Security memo put it": the quote is the memo's
    words, not the sentence."""
    quoted = _quote_just_before(verb.doc, verb, quotes)
    if not quoted:
        return None
    return Found(cue, tuple(t.i for t in cue_token_ids(verb)), tuple(t.i for t in noun_phrase(subject)), quoted,
                 "reporting-verb", 0.8, rule="parenthetical-report")


def _quote_just_before(doc: Doc, verb: Token, quotes: Sequence[tuple[int, int]]) -> tuple[int, ...]:
    """The quote (with its marks) that closes right before an "as X put it" tag after it, a comma between: what
    the tag gives as X's words; nothing for a tag not right after a quote."""
    start = doc[verb.left_edge.i].idx
    quote = next((q for q in quotes if q[1] < start and not doc.text[q[1]:start].strip(" ,'\"\u201d\u2019")), None)
    return tuple(t.i for t in quote_tokens_outer(doc, quote)) if quote is not None else ()


def _expectation_rule(sent: Span, tok: Token, cue: Cue, subject: Token | None, quotes: Sequence[tuple[int, int]],
                      method: str,
                      used: set[int]) -> list[Found] | None:
    """"The veto is expected to come Friday": an expectation nobody is named for; the clause is the content. Only
    with an infinitive: "officers are seen gathered around him" is a perception, no expectation. "Editors are said
    to be petrified", "he is rumored to have had surgery": hearsay nobody is named for, the same way."""
    deps = {c.dep_ for c in tok.children}
    hearsay = tok.lemma_.lower() in _HEARSAY_PASSIVE
    if subject is None or subject.dep_ != "nsubjpass" or subject.head.i != tok.i or not (cue.weak or hearsay) \
            or "xcomp" not in deps or "agent" in deps:
        return None
    if not any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in tok.children):
        return []
    end = _end_of_expectation(sent, tok)
    content = clean([t for t in sent if subject.left_edge.i <= t.i <= end], set(used), None)
    if word_count([sent.doc[i] for i in content]) < 4:
        return []
    found = Found(cue, tuple(t.i for t in cue_token_ids(tok)), (), content, method, 0.5,
                  rule="expectation-without-speaker")
    return [replace(found, rule="hearsay-passive") if hearsay else found]


_HEARSAY_PASSIVE = attribution_words("hearsay-passive")


def _said_of_it(verb: Token, cue: Cue, subject: Token, method: str, used: set[int]) -> Found | None:
    """"It has been reported that the talks failed", "it is rumored that ...": hearsay nobody is named for, its
    clause the content."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if subject.lower_ != "it" or clause is None or verb.lemma_.lower() not in _HEARSAY_PASSIVE \
            or any(c.dep_ == "agent" for c in verb.children):
        return None
    content = clean(list(clause.subtree), set(used), None)
    if word_count([verb.doc[i] for i in content]) < 3:
        return None
    return Found(cue, tuple(t.i for t in cue_token_ids(verb)), (), content, method, 0.5, rule="hearsay-passive")


def _end_of_expectation(sent: Span, verb: Token) -> int:
    """Where an expectation's clause ends: not at a tag after it (", officials say": their report), nor past a clause
    joined to it with a subject of its own (", and aides say he will ...": theirs)."""
    end = verb.right_edge.i if verb.dep_ in {"ccomp", "parataxis"} and verb.head.i > verb.i else sent.end
    joined = next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i
                   and any(x.dep_ in SUBJ for x in c.children)), None)
    if joined is None:
        return end
    return min([c.i for c in verb.children if c.dep_ == "cc" and verb.i < c.i < joined.i],
               default=joined.left_edge.i) - 1


def _passive_rule(sent: Span, tok: Token, cue: Cue, subject: Token | None, quotes: Sequence[tuple[int, int]],
                  method: str,
                  used: set[int]) -> list[Found] | None:
    """A cue in the passive: with its agent a report, else nothing (:func:`_passive_report`); so is one in a relative
    clause ("The device, which is intended to locate ...": the device is what was intended, no speaker)."""
    if any(c.dep_ == "nsubjpass" and c.lower_ in _RELATIVE for c in tok.children) \
            and not any(c.dep_ == "agent" for c in tok.children) and not has_read_as_passive(tok):
        return []
    if subject is None or subject.head.i != tok.i or not _passive_subject(subject) or cue.weak:
        return None
    if (found := _said_of_it(tok, cue, subject, method, used)) is not None:
        return [found]
    if cue.speech_act == "question" and not any(c.dep_ == "agent" for c in tok.children):
        # "Trump was asked about the former first lady": what he was asked, by someone the text does not name
        return [f for f in _unnamed_askers_question(sent, tok, replace(cue, frames=cue.frames & {"about", "ccomp"}),
                                                    quotes, method, used) if _a_question(sent.doc, f.content)]
    found = _passive_report(sent, tok, cue, subject, used, quotes)
    return [] if found is None else [found]


def _question_rule(sent: Span, tok: Token, cue: Cue, subject: Token | None, quotes: Sequence[tuple[int, int]],
                   method: str,
                   used: set[int]) -> list[Found] | None:
    """"Asked about the budget, the governor said ...": a question from someone the text does not name."""
    # the tagger may read the participle opening the sentence as a past tense ("Asked what that might look like, ...")
    participle = tok.tag_ == "VBN" or tok.tag_ == "VBD" and tok.i == sent.start
    if subject is not None or not participle or tok.dep_ != "advcl" or cue.speech_act != "question" \
            or not has_complement(tok, cue):
        return None
    return _unnamed_askers_question(sent, tok, cue, quotes, method, used)


def _a_question(doc: Doc, content: tuple[int, ...]) -> bool:
    """The content is what a question asks: a topic after "about", or a clause opened by "whether", "if" or a
    wh-word ("was asked what happened", not "is asked to comment ... is counted")."""
    first, before = doc[content[0]], doc[max(content[0] - 1, 0)]
    return before.lower_ in {"about", "whether", "if"} or first.lower_ in {"whether", "if"} or first.tag_ in _WH_TAGS


_WH_TAGS = {"WDT", "WP", "WP$", "WRB"}


def _unnamed_askers_question(sent: Span, tok: Token, cue: Cue, quotes: Sequence[tuple[int, int]], method: str,
                             used: set[int]) -> list[Found]:
    """What a question nobody is named for asks ("about the budget", "whether ...")."""
    return [Found(cue, tuple(t.i for t in cue_token_ids(tok)), (), content, method, 0.6, rule="question-without-asker")
            for content, _, _ in find_contents(tok, cue, quotes, set(used)) if _a_topic(sent.doc, content)]


def _a_topic(doc: Doc, content: tuple[int, ...]) -> bool:
    """Two words at least, or a noun or a name ("Asked about Sullivan, ..."), not a lone pronoun ("about it")."""
    words = [doc[i] for i in content if not doc[i].is_punct]
    return len(words) >= 2 or len(words) == 1 and words[0].pos_ in {"NOUN", "PROPN"}


def _quoted_speaker(verb: Token, subject: Token, quotes: Sequence[tuple[int, int]]) -> bool:
    """The subject is inside quotation marks and the verb is not ('"My reaction, that was outrageous," the
    strategist said' misparsed with "reaction" as the subject): a speaker's own words cannot be that speaker."""
    def quoted(t: Token) -> bool:
        return any(s <= t.idx < e for s, e in quotes)
    return quoted(subject) and not quoted(verb)


def _reports_on_its_own(tok: Token, cue: Cue, subject: Token | None, relative: Token | None = None) -> bool:
    """Whether a cue verb with this subject (written as ``relative`` in a relative clause: "Clinton, who has
    criticized ...") is a report of its subject's."""
    if subject is None or not has_complement(tok, cue):
        return False
    own_subject = subject.head.i == tok.i or subject.dep_ == "appos" and subject.head.head.i == tok.i \
        or relative is not None and relative.head.i == tok.i
    if cue.frames <= _NOMINAL_FRAMES and not own_subject and tok.dep_ not in {"acl", "advcl"} \
            and not _by_means_of(tok) and not _after_cue(tok) and speaker_of_the_report_it_ends(tok) is None:
        return False  # "criticized X" needs a subject of its own: "... would fight back and defend Ukraine" is no report
    if _a_blow(tok, subject):
        return False
    if not any(c.dep_ in {"ccomp", "xcomp"} for c in tok.children) and _time_participle(tok):
        return False
    if cue.weak and subject.pos_ == "PRON" and subject.lower_ in {"you"}:
        return False
    return not _the_one_addressed(tok, cue, subject)


def _a_blow(verb: Token, subject: Token) -> bool:
    """A verb of criticism that first names a blow, with a thing that cannot speak for subject: the blow itself
    ("Large space object slams Nicaragua's capital"); not a capitalised subject (a name may be mistagged) nor one
    owned by someone ("Gowdy's office slammed a lawsuit")."""
    return verb.lemma_.lower() in _BLOWS and not may_say(subject) and not subject.text[:1].isupper() \
        and not any(c.dep_ == "poss" and may_speak(c) for c in subject.children)


def _the_one_addressed(verb: Token, cue: Cue, subject: Token) -> bool:
    """"workers were not told": the passive subject is the addressee, not the speaker; but "he was asked about it
    and said ...": the subject of a passive verb a tensed one is joined to speaks there, and "He's said ..." is
    "has said"."""
    own_verb_passive = subject.head.i == verb.i or not (verb.dep_ == "conj" and verb.tag_ in TENSED)
    return _passive_subject(subject) and own_verb_passive and not cue.weak and verb.dep_ != "pcomp"


def _passive_subject(subject: Token) -> bool:
    """The subject of a passive verb, but not of "has said" the parser read as one."""
    return subject.dep_ == "nsubjpass" and not has_read_as_passive(subject.head)


def _by_means_of(verb: Token) -> bool:
    """"launched his campaign by talking about the wall", "began by attacking Clinton": a gerund saying how its
    verb's subject did it is that subject's report."""
    prep = verb.head
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.lower_ == "by" and prep.head.pos_ in {"VERB", "AUX"}


def _outside_other_reports(reports: list[_Report]) -> list[_Report]:
    """A belief or intention inside another report's content ("she said they think ...") is part of that content,
    not a statement of its own."""
    reporting = {r.verb.i for r in reports if not r.cue.weak}
    return [r for r in reports if not (r.cue.weak and _within_a_content(r.verb, reporting))]


def _within_a_content(verb: Token, reporting: set[int]) -> bool:
    """The verb lies below one of the reporting verbs other than through that verb's subject ("she said they think
    ...": in what she said; "Petrilli, who thinks ..., said ...": in who said it, a belief of Petrilli's own)."""
    word = _conj_top(verb)
    while word.head.i != word.i:
        if set_against_with_a_speaker(word):
            return False  # "said the bill would pass, although analysts believe it will fail": their own belief
        if word.head.i in reporting and word.dep_ not in SUBJ:
            return True
        word = word.head
    return False


def _inner_reports(report: _Report, reports: list[_Report], own: dict[int, set[int]]) -> set[int]:
    """The sources and cues of the reports inside this one's clause, with a subject of their own or one from inside
    the clause: part of this content ("X said Y promised ...", "told them that she believes A, saying B", "Many
    voters did not recognize themselves and found it offensive, Raddatz said": a cue coordinated inside the clause,
    sharing its subject); a cue coordinated with this one ("claimed A and accused B") or with a subject of its own
    ("Obama emphasized that A, and rights groups warned that B") is not; one with a "that" of its own is a clause
    reported ("has said that A and that he favored B")."""
    inner: set[int] = set()
    for other in reports:
        coordinated = other.verb.dep_ == "conj" and (_conj_top(other.verb).i == report.verb.i or _own_subject(other))
        if _below(other.verb, report.verb) and (not coordinated or _marked(other.verb)) \
                and (other.relative is not None or _own_subject(other) or _subject_inside(other, report)):
            inner |= own[other.verb.i]
    return inner


def _marked(verb: Token) -> bool:
    """The verb has a "that" of its own ("and that he favored ...")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _below(tok: Token, verb: Token) -> bool:
    """The token is in the verb's clause (the verb is one of its ancestors)."""
    return any(a.i == verb.i for a in tok.ancestors)


def _reports_below(report: _Report, reports: list[_Report], own: dict[int, set[int]]) -> set[int]:
    """The sources and cues of every report in this one's clause."""
    below = {r.verb.i for r in reports if _below(r.verb, report.verb)}
    return set().union(*(own[i] for i in below))


def _subject_inside(inner: _Report, outer: _Report) -> bool:
    """The inner report borrows the subject of a clause inside the outer one's ("she" of "that she believes ...,
    saying ..."); not an object of the outer verb ("criticized Oz for saying ...": Oz's own statement)."""
    subject = inner.subject
    return subject.i != outer.subject.i and subject.dep_ in SUBJ and _below(subject, outer.verb)


def _own_subject(report: _Report) -> bool:
    """The report's subject is its own: the verb's subject, or the noun a participle modifies ("tweets accusing
    her of ...")."""
    subject, verb = report.subject, report.verb
    return subject.head.i == verb.i and subject.dep_ in SUBJ or verb.dep_ == "acl" and verb.head.i == subject.i


def _report_attributions(sent: Span, report: _Report, inner: set[int], quotes: Sequence[tuple[int, int]],
                         taken: set[int], method: str) -> Iterator[Found]:
    """A reporting verb's attributions, one per content its frame finds."""
    verb, cue, subject = report.verb, report.cue, report.subject
    source = _source_of(sent, report)
    extent = _written_source(report, source)
    confidence = (0.9 if subject.pos_ != "PRON" else 0.8) - (0.25 if cue.weak else 0)
    for content, target, direct in find_contents(verb, cue, quotes, taken - inner):
        if not direct and _across_semicolon(sent, verb, content):
            continue  # "It's unlikely; Clinton's team says ...": a misparse, the clause is not the report's
        if set(extent) & set(content):
            extent = ()
        found = Found(cue, tuple(t.i for t in cue_token_ids(verb)), tuple(t.i for t in source), content,
                      "direct-quote" if direct and method != "headline" else method, confidence,
                      tuple(t.i for t in target), direct, fragments=_runs(content), source_extent=extent,
                      rule="reporting-verb-and-subject", possible=report.possible,
                      believed_not=_negation_raised(verb, cue))
        # "Clinton, who once praised the trade deal, ...": a stance told in passing about someone named
        yield replace(found, rule="stance-in-relative-clause") \
            if report.relative is not None and cue.frames <= _NOMINAL_FRAMES else found


def _runs(content: tuple[int, ...]) -> tuple[tuple[int, ...], ...]:
    """The content's runs of consecutive tokens when it has a gap ("which | could be aiding Sanders"), else none."""
    runs: list[list[int]] = []
    for i in content:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return tuple(tuple(r) for r in runs) if len(runs) > 1 else ()


def _source_of(sent: Span, report: _Report) -> list[Token]:
    """The report's source: its subject's phrase, or the whole name before the comma of a relative clause
    ("Citizens for Tax Justice, which notes ..."); the issuer a document names ("A statement from the White House
    said ...")."""
    subject = report.subject
    issuer = issuer_of_document(subject) or possessor_of_document(subject)
    if issuer is not None and issuer.tag_ in {"WDT", "WP"}:
        # "a website, which posts stories, including one that said ...": the website, when the parse says which
        issuer = _antecedent(issuer.head.head, issuer) if issuer.head.dep_ == "relcl" else None
    if issuer is not None:  # "Trump's letter said": Trump, without the possessive mark
        return issuer_words(issuer)
    source = noun_phrase(subject)
    if report.relative is not None and subject.pos_ == "PROPN" and named_antecedent(report.relative):
        rest = list(sent.doc[subject.i:report.relative.i - 1])
        if not any(t.is_punct for t in rest):
            source = sorted({*source, *rest}, key=lambda t: t.i)
    return source


def _written_source(report: _Report, source: list[Token]) -> tuple[int, ...]:
    """The source as the text writes it: an antecedent up to its relative pronoun ("Laura, who"), but not what a
    speaker is said to be before "who" ("Trump ... is a serial liar ... who has pledged": Trump)."""
    ids = {t.i for t in source}
    if report.subject.i not in ids and _issued_by(report.subject, ids):
        document = noun_phrase(report.subject)  # "his first videos show", "a poll from Quinnipiac released
        return source_extent_of(document) or tuple(t.i for t in document)  # Wednesday": written as the document
    if report.relative is None or report.subject.i not in ids:
        return source_extent_of(source)  # also the issuer of the document the relative pronoun stands for
    copula = _copula_of(report.verb.head)
    if copula is not None and subject_of(copula) is not None:
        return source_extent_of(source)
    return tuple(range(source[0].i, report.relative.i + 1))


def _issued_by(document: Token, source: set[int]) -> bool:
    """The source is the document's owner ("his first videos", "the IMF report") or the issuer or maker it names ("a
    poll from Quinnipiac")."""
    issuer = issuer_named_with(document) or issuer_by_agent(document)
    return any(c.dep_ in {"poss", "compound"} and c.i in source for c in document.children) \
        or issuer is not None and any(t.i in source for t in issuer.subtree)  # "the firm Oxford Economics"


def _time_participle(verb: Token) -> bool:
    """"... since announcing his bid": a participle after a preposition of time tells when, it reports nothing
    unless it takes a clause ("after saying that ...")."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in TIME_MARKS


def _conj_top(verb: Token) -> Token:
    """The first of a run of coordinated verbs ("proposes A and plans B" -> "proposes")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _after_cue(verb: Token) -> bool:
    """A verb coordinated with a reporting verb that has its own subject ("urged A and criticized B"): the two share
    the speaker."""
    head = verb.head
    cue = cue_of(head)
    return verb.dep_ == "conj" and cue is not None and not cue.weak and any(c.dep_ == "nsubj" for c in head.children)


_RELATIVE = {"who", "whom", "that", "which"}
_WH_WORDS = {"what", "which", "that", "who", "whom", "it", "this"}
_EMPTY_TAGS = {"PRP", "DT", "PDT", "WDT", "WP", "WRB", "TO", "IN", "CC"}
"""Tags of words that alone say nothing: pronouns, determiners, wh-words, "to", prepositions, conjunctions."""
_SPEAKER_ENTS = {"PERSON", "ORG", "NORP", "GPE"}
_THAT_CLAUSE_ACT = Cue("", "assert", frozenset({"ccomp"}))


def _that_clause_cue(verb: Token) -> Cue | None:
    """A verb outside the lexicon is a cue in context: a speaker for subject and a "that"-clause for object
    ("the court ruled that ...", "Clinton agreed that ...")."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None or not any(c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i
                                 for c in clause.children) or verb.lemma_.lower() in _NOT_CUES:
        return None
    if any(_noun_the_clause_is_of(verb, c, clause) for c in verb.children):
        return None  # "he got word today that ...": the clause says what the word was, nobody's claim
    return _THAT_CLAUSE_ACT if _speaker_subject(verb) else None


def _noun_the_clause_is_of(verb: Token, obj: Token, clause: Token) -> bool:
    """An object between the verb and its "that"-clause that the clause completes ("got word today that ...",
    "received news that ..."), not the subject's own statement ("pressing his attack that ...") nor one a support
    verb makes ("made the point that ...")."""
    return obj.dep_ == "dobj" and obj.pos_ == "NOUN" and verb.i < obj.i < clause.i \
        and not any(c.dep_ == "poss" for c in obj.children) and verb.lemma_.lower() not in SUPPORT_VERBS


def _speaker_subject(verb: Token) -> bool:
    """The verb's subject is someone who can speak: a person, an organisation, a role, "he", "she", "they"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in SPEAKER_PRONOUNS
    return subject.ent_type_ in _SPEAKER_ENTS or subject.lower_ in PERSON_DESC \
        or subject.lemma_.lower() in PERSON_DESC


_QUOTED_OBJECT_ACT = Cue("", "assert", frozenset({"obj"}))
_PUT_IT = Cue("put", "assert", frozenset({"ccomp"}))


def _put_it_cue(verb: Token) -> Cue | None:
    """"As Smith put it, ...": "put it" in an "as"-clause is a speech tag (the sentence around it is the content)."""
    if verb.lemma_.lower() != "put" or verb.dep_ != "advcl":
        return None
    if any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return _PUT_IT
    return None


def _quoted_object_cue(verb: Token, quotes: Sequence[tuple[int, int]]) -> Cue | None:
    """A verb outside the lexicon is a cue when a speaker casts someone in a role in quoted words: "Reid has been
    pounding Trump as a 'con artist'", "Trump admires Putin as a 'strong leader'". The marks say the words are
    reported; without them ("served the party as chairman") it is no report."""
    if not quotes or verb.lemma_.lower() in _NOT_CUES or not _speaker_subject(verb):
        return None
    dobj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    role = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if dobj is None or role is None or role.i < dobj.i:
        return None
    if any(s <= t.idx < e for t in role.subtree if not t.is_punct for s, e in quotes):
        return _QUOTED_OBJECT_ACT
    return None


def _across_semicolon(sent: Span, verb: Token, content: tuple[int, ...]) -> bool:
    """The content lies wholly on the other side of a semicolon from its cue, or before a colon the cue follows
    ("We have been here before: the group declared war ...")."""
    if not content:
        return False
    for t in sent:
        if t.text == ";" and (content[-1] < t.i < verb.i or verb.i < t.i < content[0]):
            return True
        if t.text == ":" and content[-1] < t.i < verb.i:
            return True
    return False


def _tag_last(verb: Token, subject: Token) -> bool:
    """"People like Scott, he said.": a tag at the end of the sentence whose content the parser left unlabelled."""
    if verb.dep_ != "ROOT" or any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in verb.children):
        return False
    before = subject.left_edge.i - 1
    return before > verb.sent.start and verb.doc[before].text == "," and any(
        c.dep_ in {"dep", "npadvmod", "advcl", "nsubj"} and c.i < before for c in verb.children if c.i != subject.i)


def _tag_read_as_conjunct(verb: Token, cue: Cue, subject: Token) -> bool:
    """"People should provide evidence ... and not wave around words like 'maybe', he told reporters.": a tag
    ending the sentence after a comma, with its own subject, that the parser joined to the clause before as its
    conjunct (a cue that can report a clause, with no "and", "that", clause or object of its own but whom it was told
    to)."""
    if verb.dep_ != "conj" or subject.head.i != verb.i or "ccomp" not in cue.frames \
            or any(c.dep_ in {"cc", "mark", "advcl", "ccomp", "xcomp", "dobj"} and not addressee(c, cue)
                   for c in verb.children):
        return False
    before = subject.left_edge.i - 1
    after = [t for t in verb.doc[verb.right_edge.i + 1:verb.sent.end] if not t.is_punct]
    return before > verb.sent.start and verb.doc[before].text == "," and subject.i < verb.i and not after \
        and (subject.pos_ == "PRON" or subject.ent_type_ == "PERSON")


def _tag_read_as_relative(verb: Token, cue: Cue, subject: Token | None) -> bool:
    """"... have an unfavorable view of Trump, the poll found.": a tag ending the sentence after a comma that the
    parser made a relative clause of the noun before the comma (a relative clause without its pronoun is never set
    off by a comma)."""
    if verb.dep_ != "relcl" or subject is None or subject.head.i != verb.i or subject.dep_ != "nsubj" \
            or subject.i > verb.i or subject.lower_ in _RELATIVE or "ccomp" not in cue.frames \
            or any(c.dep_ in {"ccomp", "xcomp", "dobj", "mark"} or c.tag_ in {"WDT", "WP"} for c in verb.children):
        return False
    before = subject.left_edge.i - 1
    after = [t for t in verb.doc[verb.right_edge.i + 1:verb.sent.end] if not t.is_punct]
    return before > verb.sent.start and verb.doc[before].text == "," and not after


def _tag_read_as_reported_clause(verb: Token, cue: Cue, subject: Token) -> bool:
    """"If anything, Ash argued in his email, the incident is an illustration of ...": a tag set off by commas
    before the clause it reports, which the parser made that clause's complement; a verb that can report a clause,
    with its own subject after the comma and no complement of its own, is the tag."""
    if verb.dep_ != "ccomp" or verb.head.i < verb.i or "ccomp" not in cue.frames or subject.head.i != verb.i \
            or subject.i > verb.i or any(c.dep_ in {"ccomp", "xcomp", "dobj", "mark"} for c in verb.children):
        return False
    doc = verb.doc
    before, after = subject.left_edge.i - 1, verb.right_edge.i + 1
    return before > verb.sent.start and doc[before].text == "," and after < verb.head.i and doc[after].text == ","


def _tag_read_as_adverbial(verb: Token, cue: Cue) -> Token | None:
    """"The Internet has made it possible for people with like-minded, if bogus, ideas to reach others, she said.":
    a tag closing the sentence after a comma that the parser made an adverbial clause of the verb before it, giving it
    that clause's subject as well; the speaker is the pronoun or name right before the verb, set off by the comma.
    So too a tag the parser joined to the clause before it with no "and" ("Sanders remains committed to ..., his top
    aide, Tad Devine, told The Huffington Post"), the speaker with an apposition, the verb with its addressee."""
    if not _closing_tag_verb(verb, cue):
        return None
    doc = verb.doc
    subject = _subject_ending_right_before(verb) if verb.dep_ == "conj" else doc[verb.i - 1]
    if subject is None or subject.head.i != verb.i or subject.dep_ != "nsubj" \
            or not (subject.pos_ == "PRON" or _someone(subject)) \
            or subject.lower_ in _RELATIVE or doc[subject.left_edge.i - 1].text != ",":
        return None
    return subject if all(t.is_punct or t.i in {x.i for x in verb.subtree} for t in doc[verb.i + 1:verb.sent.end]) \
        else None


def _closing_tag_verb(verb: Token, cue: Cue) -> bool:
    """A tensed speech verb the parser hung after the clause before it, as an adverbial clause or a conjunct with no
    "and" ("..., and she said" is a report of its own), with no clause or object of its own but an addressee."""
    if verb.dep_ not in {"advcl", "conj"} or verb.head.i > verb.i or "ccomp" not in cue.frames or cue.weak \
            or verb.tag_ not in TENSED:
        return False
    if any(c.dep_ in {"ccomp", "xcomp", "dobj"} and not (verb.dep_ == "conj" and addressee(c, cue))
           for c in verb.children):
        return False
    return verb.dep_ != "conj" or not any(c.dep_ in {"cc", "preconj"} and verb.head.i < c.i < verb.i
                                          for c in (*verb.children, *verb.head.children))


def _subject_ending_right_before(verb: Token) -> Token | None:
    """The verb's subject when its phrase (with an apposition closed by a comma) ends right before the verb."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return None
    end = subject.right_edge.i
    return subject if end + 1 == verb.i or end + 2 == verb.i and verb.doc[end + 1].text == "," else None


def _closing_tag(sent: Span, verb: Token, cue: Cue, subject: Token, used: set[int]) -> Found | None:
    """The sentence before a closing tag is its content, all of it, but an "according to" before the tag, whose
    source reports what precedes it in turn ("..., according to an internal document obtained by KBS, The Guardian
    reported"): the tag is its speaker and verb only."""
    tag = {t.i for t in subject.subtree} | {verb.i} | set(range(verb.i, sent.end))
    doc = sent.doc
    end = next((t.i for t in sent if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to"
                and t.i < subject.left_edge.i), subject.left_edge.i)
    content = tuple(t.i for t in sent if t.i < end - 1 and not t.is_space)
    if word_count([sent.doc[i] for i in content]) < 3 or set(content) & set(used) or tag & set(used):
        return None
    return Found(cue, tuple(t.i for t in cue_token_ids(verb)), tuple(t.i for t in noun_phrase(subject)), content,
                 "reporting-verb", 0.8, rule="parenthetical-report")


def _parenthetical(sent: Span, verb: Token, cue: Cue, subject: Token, used: set[int], *,
                   initial: bool = False) -> Found | None:
    """"Acts of protest, Mr. Obama said, are acts of patriotism": the sentence around the tag is the content.

    With ``initial`` the tag may open the sentence ("As Smith noted, ...")."""
    tag = _tag_tokens(verb, subject)
    if not initial and not any(t.i < min(tag) and not t.is_punct for t in sent):
        return None
    pieces = _pieces_of_the_report(sent, tag, used, verb)
    content = tuple(i for p in pieces for i in p)
    if word_count([sent.doc[i] for i in content]) < 3 or set(content) & set(used) \
            or not _stands_alone([sent.doc[i] for i in content], verb):
        return None
    source = noun_phrase(subject)
    return Found(cue, tuple(t.i for t in cue_token_ids(verb)), tuple(t.i for t in source), content, "reporting-verb",
                 0.8, fragments=tuple(pieces) if len(pieces) > 1 else (), rule="parenthetical-report")


def _pieces_of_the_report(sent: Span, tag: set[int], used: set[int], verb: Token) -> list[tuple[int, ...]]:
    """The runs of the sentence around a tag that it reports: not another tag in it ("According to" the source
    that closes it: "As I noted above, Trump got 13 million votes, according to RealClearPolitics"), and the last one
    up to the dash before another speaker's quote."""
    tag = tag | closing_source_phrase(sent)
    pieces = [p for p in _pieces_around(sent, tag) if not _only_a_tag([sent.doc[i] for i in p])]
    if pieces and set(pieces[-1]) & set(used):
        pieces[-1] = _before_a_report_set_off(sent.doc, pieces[-1], used, verb)
    return [p for p in pieces if p]


def _before_a_report_set_off(doc: Doc, piece: tuple[int, ...], used: set[int], verb: Token) -> tuple[int, ...]:
    """The last piece around a tag up to the dash or semicolon that sets off another speaker's quote ("Over the
    years, she said, email has helped her stay in touch - although she laughed and admitted '...'"); nothing when
    no such mark comes between."""
    first = min(set(piece) & used)
    mark = max((i for i in piece if verb.i < i < first and (free_dash(doc[i]) or doc[i].text == ";")), default=None)
    return () if mark is None else tuple(i for i in piece if i < mark)


def _inverted_tag_speaker(verb: Token) -> Token | None:
    """"The contrast with Trump, said Doyle, would be clear": a tag set off by commas inside its clause, the speaker
    after the verb. The parser makes the words before the comma the verb's subject and the speaker the subject of
    the clause after; the speaker is the phrase right after the verb, closed by a comma before that clause's verb."""
    doc = verb.doc
    if verb.i == verb.sent.start or doc[verb.i - 1].text != "," or verb.tag_ not in TENSED:
        return None
    return _speaker_ending_the_sentence(verb) or _speaker_of_a_tag_read_as_conjunct(verb) \
        or _speaker_read_as_the_clause_s_subject(verb)


def _speaker_read_as_the_clause_s_subject(verb: Token) -> Token | None:
    """The parser's subject of the clause after the tag, right after its verb and closed by a comma before that
    clause's verb, the words before the tag being the verb's subject."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    speaker = None if clause is None else next(
        (c for c in clause.children if c.dep_ == "nsubj" and c.left_edge.i == verb.i + 1), None)
    if speaker is None or not _someone(speaker) or not _closed_by_comma_before(speaker, clause):
        return None  # "Aides to X, who ..., said their stump speeches, already ..., would": no tag, a clause
    before = next((c for c in verb.children if c.dep_ == "nsubj" and c.right_edge.i in {verb.i - 2, verb.i - 1}),
                  None)
    return speaker if before is not None and before.pos_ in {"NOUN", "PROPN"} else None


def _speaker_ending_the_sentence(verb: Token) -> Token | None:
    """"The rejection of the treaty signals 'the beginning of the end' for the EU, said Geert Wilders": a tag closing
    the sentence whose reported clause the parser read as a second subject (its verb taken for a noun); the speaker
    is the subject right after the verb, the words before the comma are what was said."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    after = next((c for c in subjects if c.left_edge.i == verb.i + 1), None)
    before = next((c for c in subjects if c.i < verb.i), None)
    if after is None or before is None or not _someone(after) or _someone(before) or before.pos_ != "NOUN" \
            or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    return after


def _speaker_of_a_tag_read_as_conjunct(verb: Token) -> Token | None:
    """"The plant is hanging on, but it is under pressure from imports, said the company's chief executive, John
    Ferriola.": the parser joined a tag closing the sentence to the clause before as a conjunct; with only its
    speaker after it (and when or where) it reports all the words before the comma."""
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return None
    after = next((c for c in verb.children if c.dep_ == "nsubj" and c.left_edge.i == verb.i + 1), None)
    if after is None or not _someone(after):
        return None
    others = [c for c in verb.children if c.dep_ not in {"punct", "npadvmod", "prep"} and c.i != after.i]
    return None if others or any(c.i < verb.i and c.dep_ != "punct" for c in verb.children) else after


def _closed_by_comma_before(phrase: Token, clause: Token) -> bool:
    """The phrase ends with a comma before the clause's verb: the parser's last token of it, or the one after."""
    doc, end = phrase.doc, phrase.right_edge.i
    if doc[end].text != ",":
        end += 1
    return end < clause.i and doc[end].text == ","


def _someone(word: Token) -> bool:
    """A name, or a noun for a person or people ("experts like Paul Bauman"), not a thing or a pronoun."""
    return word.pos_ == "PROPN" or word.ent_type_ in {"PERSON", "ORG", "NORP"} or word.lemma_.lower() in PERSON_DESC


def _inverted_parenthetical(sent: Span, verb: Token, cue: Cue, speaker: Token, used: set[int]) -> Found | None:
    """The clause around an inverted tag ("And Trump, said Sunshine, who ..., doesn't forgive or forget"), the tag
    being the verb and its speaker with all that describes them."""
    tag = {verb.i} | {t.i for t in speaker.subtree}
    pieces = _pieces_around(sent, tag)
    content = tuple(i for p in pieces for i in p)
    if word_count([sent.doc[i] for i in content]) < 3 or set(content) & set(used):
        return None
    return Found(cue, tuple(t.i for t in cue_token_ids(verb)), tuple(t.i for t in noun_phrase(speaker)), content,
                 "reporting-verb", 0.8, fragments=tuple(pieces) if len(pieces) > 1 else (),
                 rule="parenthetical-report")


def _tag_tokens(verb: Token, subject: Token) -> set[int]:
    """The tag's own words: the verb's subtree without what hangs on it from the left of its speaker ("Though A, he
    said, B": "Though A" is content), the speaker's words kept ("Clinton, a top aide said, ...": the aide's)."""
    tag = {t.i for t in verb.subtree}
    if subject.head.dep_ == "agent" and subject.head.head.i == verb.i:
        return tag  # "As first reported by the Post, ...": all of it
    speaker = {t.i for t in subject.subtree}
    for c in verb.children:
        if c.i < subject.left_edge.i and c.dep_ not in {"punct", "cc", "mark"}:
            tag -= {t.i for t in c.subtree} - speaker
    return tag


def _stands_alone(tokens: list[Token], verb: Token) -> bool:
    """The words around a tag make a statement: a quote, a clause with a subject that no "although", "if", ...
    subordinates, or a phrase with no verb before a bare tag ("People like Scott, he said."). Not "Speaking to
    students, Biden responded", "Although the nations acted, they were criticized", "Perhaps most damaging,
    peacekeepers have been blamed for ...": the tag's own sentence, nothing reported."""
    ids = {t.i for t in tokens}
    if any(t.text in MARKS for t in tokens):
        return True
    bare_tag = all(t.is_punct for t in verb.doc[verb.i + 1:verb.sent.end])
    if bare_tag and not any(t.pos_ in {"VERB", "AUX"} for t in tokens):
        return True
    return any(any(c.dep_ in CLAUSE_SUBJECTS and c.i in ids for c in t.children)
               and not any(c.dep_ == "mark" and c.lower_ != "that" for c in t.children) for t in tokens)


def _only_a_tag(piece: list[Token]) -> bool:
    """The piece is nothing but another speaker and speech verb (", his spokesman said, CNN reported."): the outlet
    that reports the statement, not part of it."""
    verbs = [t for t in piece if t.pos_ == "VERB" and cue_of(t) is not None]
    if len(verbs) != 1 or len(piece) > 8:
        return False
    verb = verbs[0]
    if any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return False  # "He sincerely believes, he said, that ...": the report the tag is set in, with its clause
    subject = next((c for c in verb.children if c.dep_ in SUBJ), None)
    own = {verb.i} | ({t.i for t in subject.subtree} if subject is not None else set()) \
        | {c.i for c in verb.children if c.dep_ in {"aux", "neg", "advmod", "npadvmod"}}
    return subject is not None and all(t.i in own for t in piece)


def _pieces_around(sent: Span, tag: set[int]) -> list[tuple[int, ...]]:
    """The runs of the sentence around the tag, without the punctuation at their edges (quote marks stay)."""
    parts, run = [], []
    for t in sent:
        if t.i in tag or t.is_space:
            if run:
                parts.append(run)
            run = []
            continue
        run.append(t)
    if run:
        parts.append(run)
    pieces = []
    for part in parts:
        while part and (part[0].is_punct and part[0].text not in MARKS or part[0].dep_ == "cc" and part[0].i == sent.start):
            part = part[1:]
        while part and part[-1].is_punct and part[-1].text not in MARKS:
            part = part[:-1]
        if part:
            pieces.append(tuple(t.i for t in part))
    return pieces


def _set_off(clause: Token) -> bool:
    """The clause opens its sentence, or a comma sets it off before it ("..., as first reported by the Times"), not
    one on a noun inside the sentence ("a dual mission as declared by Erdogan, to purge ...")."""
    start = clause.left_edge.i
    return start == clause.sent.start or clause.doc[start - 1].text == ","


def _agent_of(verb: Token) -> Token | None:
    """The noun of a passive verb's "by" phrase ("reported by the Post": "Post")."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _passive_report(sent: Span, verb: Token, cue: Cue, subject: Token, used: set[int],
                    quotes: Sequence[tuple[int, int]]) -> Found | None:
    """A cue in the passive with its agent: "The story was first reported by the Post" (the agent speaks of the
    subject), "Sanders was asked by Dickerson whether ..." (the agent speaks the clause). Other passives name the
    addressee ("workers were not told"), not the speaker, and give nothing."""
    pobj = _agent_of(verb)
    if pobj is None:
        return None
    clause = _clause_said_by_the_agent(verb, cue, pobj)
    if clause is not None:
        content = next((c for c, _, _ in find_contents(verb, replace(cue, frames=frozenset({"ccomp"})), quotes,
                                                       set(used)) if c), ())
    elif "obj" not in cue.frames or any(c.dep_ in {"ccomp", "xcomp", "oprd"} for c in verb.children):
        return None
    else:
        content = clean(list(subject.subtree), set(used), None)
    source = tuple(t.i for t in whole_phrase(pobj))
    if word_count([sent.doc[i] for i in content]) < 2 or set(source) & set(used):
        return None
    return Found(cue, tuple(t.i for t in cue_token_ids(verb)), source, content, "reporting-verb", 0.7,
                 rule="passive-report")


def _clause_said_by_the_agent(verb: Token, cue: Cue, agent: Token) -> Token | None:
    """The clause after the agent that a "that", "whether", "if" or a wh-word opens ("Sanders was asked by host John
    Dickerson whether ...", "I was told by my cousin that ..."): what the agent said to the subject."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or "ccomp" not in cue.frames or clause.left_edge.i < agent.i:
        return None
    lead = clause.left_edge
    return clause if lead.lower_ in {"that", "whether", "if"} or lead.tag_ in {"WDT", "WP", "WRB"} else None
