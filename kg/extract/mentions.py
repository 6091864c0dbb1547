"""Who a source or a target is: a mention with its name, titles and affiliation, from the tokens that write
it ("Smith, a spokesman for X", "Russia's defence ministry"), and the named entities of a paragraph.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from kg.cues import (
    HONORIFICS, attribution_words, first_name_sexes, gendered_titles, not_speaker_words, titles, without_possessive,
)
from kg.extract.phrases import (
    DOUBLE_QUOTE_MARKS, PERSON_DESC, SHARE_NOUNS, SPEAKING_NOUNS, TIME_MARKS, noun_phrase, two_people_each_described,
)
from kg.extract.spans import tokens_span
from kg.types import Article, Mention, Span


_COLLECTIVE_BODIES = attribution_words("collective-body")
_PART_OF_GROUP = attribution_words("part-of-group")
_ADDRESSED = attribution_words("office-of-address")
_PEOPLE = attribution_words("people-noun")


def mention_of(article: Article, offset: int, doc: Doc, ids: Iterable[int]) -> Mention:
    """Describe a speaker mention: its name without titles, its titles, its affiliation, its kind."""
    toks = _speaker_words(doc, ids)
    span = tokens_span(article, offset, doc, [t.i for t in toks])
    named_by = _without_a_conjunct_s_relative(toks)
    if len(named_by) < len(toks):  # the source as written, the name from its words before the clause
        return replace(mention_of(article, offset, doc, [t.i for t in named_by]), span=span)
    both = _two_people_named(article, offset, doc, toks)
    if both is not None:
        return Mention(span, "PERSON", both)
    head = max(toks, key=lambda t: (t.head.i not in {x.i for x in toks}, -abs(t.i - toks[-1].i)))
    if head.pos_ == "PRON":
        antecedent = _antecedent_of(head)
        if antecedent is not None:
            return replace(mention_of(article, offset, doc, [t.i for t in antecedent]), span=span)
        return Mention(span, "PRON", head.lower_, named=False)
    if _some_people(head, toks):
        # People described, not a body named: "U.S. officials", "Clinton supporters", "many Republicans" are some
        # people of that country, camp or party, an actor of this article only, with what ties them as affiliation.
        return Mention(span, "NORP", span.text, affiliation=_affiliation(head, toks), named=False,
                       main_subject=_subject_of_the_main_verb(head))
    relation = _relation_after_the_name(head)
    if relation is not None:
        words = head.doc[toks[0].i:relation.i + 1]
        return replace(_description(span, list(words), relation), name=words.text)
    if _word_for_people_opening(head, toks):
        return replace(_description(span, toks, head), named=False)
    if head.pos_ == "PROPN" or _capitalised_name(head, toks):
        return replace(_named_mention(span, toks, head), main_subject=_subject_of_the_main_verb(head))
    return _description(span, toks, head)


def _two_people_named(article: Article, offset: int, doc: Doc, toks: list[Token]) -> str | None:
    """"Lee Epstein, a law professor ..., and Kevin Quinn, ...": the two names as one joined by "and" (the resolver
    makes each a speaker), when the phrase is two people each described."""
    first_named = next((t for t in toks if t.head.i not in {x.i for x in toks} or t.head.i == t.i), toks[0])
    two = two_people_each_described(first_named)
    if two is None or two[1][-1].i > toks[-1].i:
        return None
    first, second = (mention_of(article, offset, doc, [t.i for t in name]) for name in two)
    return f"{first.name} and {second.name}" if first.kind == second.kind == "PERSON" else None


def _antecedent_of(pronoun: Token) -> list[Token] | None:
    """The words a pronoun speaker stands for, found in its sentence, if any."""
    return _subject_of_the_first_clause(pronoun) or _subject_of_a_fronted_clause(pronoun) \
        or _subject_of_the_main_clause(pronoun) or _subject_outside_the_relative(pronoun) \
        or _distributed_over(pronoun) or _one_of_those(pronoun)


def _word_for_people_opening(head: Token, toks: list[Token]) -> bool:
    """"Staff eventually realised ...": a word for people or a body, alone and capitalised only because it opens the
    sentence, is no name, whatever the tagger made of it."""
    return len(toks) == 1 and head.is_sent_start and head.lower_ in SPEAKING_NOUNS and head.tag_ != "NNPS" \
        and head.ent_type_ not in {"NORP", "GPE", "ORG"}  # "Republicans", "Democrats": a party's people, named


def _relation_after_the_name(name: Token) -> Token | None:
    """"Michael Phelps self-proclaimed girlfriend, 41": a word for a person right after a name, with no comma
    between, that the parser hung on the name: the one described by a tie to the name speaks."""
    if name.pos_ != "PROPN":
        return None
    for child in name.children:
        if child.dep_ == "appos" and child.lower_ in PERSON_DESC and child.tag_ == "NN" \
                and not any(t.is_punct for t in name.doc[name.i + 1:child.left_edge.i]):
            return child
    return None


def _speaker_words(doc: Doc, ids: Iterable[int]) -> list[Token]:
    """The words of a speaker's phrase that name or describe them: without its article ("No candidate" keeps its
    "no"), an ordinal before the name, or a described speaker's possessive."""
    toks = _past_a_label(_without_parentheses([doc[i] for i in sorted(ids)]))
    while len(toks) > 1 and toks[0].pos_ == "ADV" and toks[0].head.pos_ in {"VERB", "AUX"} \
            and toks[0].head.i not in {t.i for t in toks}:
        toks = toks[1:]  # "Actually many viewers point out ...": the sentence's adverb, not the speaker's
    while toks and toks[0].dep_ == "det" and toks[0].lower_ not in not_speaker_words("nobody"):
        toks = toks[1:]
    if len(toks) > 2 and toks[0].ent_type_ == "ORDINAL" and toks[1].text == "," and toks[0].head.i != toks[0].i:
        toks = toks[2:]  # "a third, Daniel Traynor, said": the one named
    while len(toks) > 1 and toks[-1].dep_ == "case" and toks[-1].head.pos_ != "PROPN":
        toks = toks[:-1]  # "the Cruz campaign's decision to tell ...": the campaign, without its possessive (a
        # name keeps it: the resolver reads a name written with its possessive as a name in passing)
    return toks or [doc[min(ids)]]


def _without_a_conjunct_s_relative(toks: list[Token]) -> list[Token]:
    """The words before a relative clause or an apposition the parser hung on the phrase's last joined noun ("The
    influential delegate and conservative activist, who backs Cruz": it says more of them both, and names neither;
    "Incer and Lindley Johnson, an executive for Nasa's ... Program": the role of one of the two named)."""
    ids = {t.i for t in toks}
    clause = next((t for t in toks if t.dep_ in {"relcl", "appos"} and t.head.dep_ == "conj" and t.head.i in ids
                   and t.head.head.i in ids and t.left_edge.i > t.head.i
                   and (t.dep_ == "relcl" or t.doc[t.left_edge.i - 1].text == ",")  # an apposition set off
                   and not any(c.dep_ == t.dep_ for c in t.head.head.children)), None)  # not when each has its own
    if clause is None:
        return toks
    kept = [t for t in toks if t.i < clause.left_edge.i]
    while len(kept) > 1 and kept[-1].text == ",":
        kept.pop()
    return kept or toks


def _past_a_label(toks: list[Token]) -> list[Token]:
    """The words after a line's label and its colon ("Correction: Reporting by The Independent"): no part of the
    speaker."""
    colon = max((k for k, t in enumerate(toks[:-1]) if t.text == ":"), default=None)
    return toks if colon is None else toks[colon + 1:]


def _without_parentheses(toks: list[Token]) -> list[Token]:
    """The words without an aside in parentheses after the first ("Sen. Chris Murphy (a Connecticut Democrat so
    boyish he has been mistaken for a junior staffer)": Sen. Chris Murphy), a phrase with an article or a verb; a
    bracket stays ("Sen. Ted Cruz (R-Texas)")."""
    opening = next((k for k, t in enumerate(toks) if k > 0 and t.text == "("), None)
    closing = None if opening is None else next((k for k in range(opening + 1, len(toks)) if toks[k].text == ")"),
                                                None)
    after = toks[-1].nbor() if toks[-1].i + 1 < len(toks[-1].doc) else None
    if closing is None and opening is not None and after is not None and after.text == ")":
        closing = len(toks)  # the phrase stops right before its closing parenthesis
    if closing is None:
        return toks
    inside = [t for t in toks[opening + 1:closing] if not t.is_punct]
    if not inside or not (inside[0].pos_ == "DET" or any(t.pos_ in {"VERB", "AUX"} for t in inside)):
        return toks  # a bracket, not an aside: "(R-Texas)", "(D-Newport News)"
    return toks[:opening] + toks[closing + 1:]


def _subject_of_the_main_verb(head: Token) -> bool:
    """The phrase headed by ``head`` is the subject of its sentence's main verb ("Mr. Khan has mounted ...", "...,"
    said Ian H. Solomon, who ..."), not of a clause inside it; nor a name modifying the subject's noun ("The Sanders
    campaign was ...")."""
    head = _phrase_head_of_name(head)
    return head.dep_ in {"nsubj", "nsubjpass"} and head.head.dep_ == "ROOT"


def _phrase_head_of_name(word: Token) -> Token:
    """The head of the phrase a name's word stands in: up the name's own parts and appositions ("Ian H. Solomon, a
    spokesman"), not past a common noun the name modifies ("The Sanders campaign": "Sanders" is its own head)."""
    while (word.dep_ == "appos" or word.dep_ in {"compound", "flat"} and word.head.pos_ == "PROPN") \
            and word.head.i != word.i:
        word = word.head
    return word


def _subject_of_the_first_clause(pronoun: Token) -> list[Token] | None:
    """The subject of the clause that the pronoun's clause is joined to with "and", when it is a noun of the
    pronoun's number ("officers saw him get out and they ordered him to drop it": the officers): English keeps
    the subject of joined clauses unless it names another."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "conj" or pronoun.lower_ not in {"they", "he", "she"}:
        return None
    first = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if first is None or first.pos_ not in {"NOUN", "PROPN"} or not any(
            c.dep_ == "cc" and c.lower_ == "and" for c in verb.head.children):
        return None
    plural = first.tag_ in {"NNS", "NNPS"}
    if plural != (pronoun.lower_ == "they") or not plural and first.ent_type_ != "PERSON":
        return None
    return [t for t in first.subtree if t.i <= first.i or t.dep_ in {"compound", "amod"}]


def _distributed_over(pronoun: Token) -> list[Token] | None:
    """"Trump and Clinton vied ..., each touting their own experience": "each" or "both" as the subject of a clause
    hung on the main verb stands for that verb's subject of several, every one of whom speaks."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in {"each", "both"} or verb.head.i == verb.i:
        return None
    first = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if first is None or not (any(c.dep_ == "conj" for c in first.children) or first.tag_ in {"NNS", "NNPS"}):
        return None
    return noun_phrase(first)


def _subject_of_a_fronted_clause(pronoun: Token) -> list[Token] | None:
    """The subject of a clause of time opening the pronoun's sentence, when it is of the pronoun's number and sex
    ("When Mr. Rubio did take Mr. Trump on, he did it sideways": Rubio; "While many World Bank watchers expect ...,
    they say": the watchers): English refers back to that subject first."""
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in {"he", "she", "they"}:
        return None
    clause = _fronted_time_clause(pronoun)
    first = None if clause is None else next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if first is None or not _of_the_pronoun_s_number(first, pronoun):
        return None
    return _words_of_the_pronoun_s_sex(first, pronoun)


def _subject_of_the_main_clause(pronoun: Token) -> list[Token] | None:
    """The subject of the main clause a clause with its own conjunction follows, when it is a person's name of the
    pronoun's sex ("Scarborough ... has also flirted with the idea ..., though he has denied that ...":
    Scarborough; "Flynn said Trump was right when he said ...": Trump): English refers back to the subject of the
    clause it is joined to first."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in {"he", "she"} or verb.dep_ != "advcl" \
            or verb.i < verb.head.i or not any(_conjunction(c) and c.i < pronoun.i for c in verb.children):
        return None
    return _subject_the_pronoun_may_be(verb.head, pronoun)


def _conjunction(word: Token) -> bool:
    """A word that opens a clause: a conjunction, or "when" or "where" the parser reads as an adverb ("Trump was
    'absolutely right' when he said ...": Trump)."""
    return word.dep_ == "mark" or word.dep_ == "advmod" and word.tag_ == "WRB"


def _subject_outside_the_relative(pronoun: Token) -> list[Token] | None:
    """The subject of the main clause whose object a relative clause describes, when "he" or "she" is the relative
    clause's subject and that subject a person's name of the pronoun's sex ("Ahmadu gave an interview to Voice of
    America in which he confirmed ...": Ahmadu; "Trump praised Pence, who he said ...": Trump): the relative word
    is the object there, so the pronoun is not the noun described, and English refers back to the main subject."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in {"he", "she"} or verb.dep_ != "relcl":
        return None
    word = verb.head
    while word.dep_ in {"dobj", "pobj", "prep", "dative", "appos", "conj"} and word.head.pos_ not in {"VERB", "AUX"}:
        word = word.head
    if word.dep_ not in {"dobj", "pobj", "prep", "dative"} or word.head.pos_ not in {"VERB", "AUX"}:
        return None
    # in a reported clause ("He declared that ... Trump would have a path, which he declared ..."), the reporter may
    # be meant
    return _subject_the_pronoun_may_be(word.head, pronoun) if word.head.dep_ == "ROOT" else None


def _one_of_those(pronoun: Token) -> list[Token] | None:
    """"Naureen Jahangir ... is among those who say ...", "Smith is one of those who believe ...": the subject of
    "be" is one of the speakers, and says it."""
    prep = pronoun.head
    if pronoun.lower_ != "those" or pronoun.dep_ != "pobj" or prep.lower_ not in {"among", "of"}:
        return None
    verb = prep.head if prep.lower_ == "among" else prep.head.head
    if prep.lower_ == "of" and (prep.head.lower_ != "one" or prep.head.dep_ != "attr"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return None if verb.lemma_ != "be" or subject is None or subject.pos_ == "PRON" else noun_phrase(subject)


def _subject_the_pronoun_may_be(verb: Token, pronoun: Token) -> list[Token] | None:
    """The words of the verb's subject before it, when it is of the pronoun's number and sex."""
    first = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if first is None or not _of_the_pronoun_s_number(first, pronoun):
        return None
    return _words_of_the_pronoun_s_sex(first, pronoun)


def _words_of_the_pronoun_s_sex(subject: Token, pronoun: Token) -> list[Token] | None:
    """The subject's name words, unless an honorific gives it the other sex than "he" or "she" ("When Mrs. Clinton
    met Mr. Trump, he said ...")."""
    words = [t for t in subject.subtree if t.i <= subject.i or t.dep_ in {"compound", "flat"}]
    sex = _sex_by_honorific(words)
    return None if sex is not None and pronoun.lower_ != "they" and sex != (pronoun.lower_ == "he") else words


def _of_the_pronoun_s_number(noun: Token, pronoun: Token) -> bool:
    """A person's name for "he" or "she" (a name the tagger gives no kind may be one), a plural noun for people for
    "they" ("many World Bank watchers")."""
    if pronoun.lower_ == "they":
        return noun.tag_ in {"NNS", "NNPS"} and noun.ent_type_ not in {"GPE", "ORG", "DATE", "MONEY", "CARDINAL"}
    return noun.pos_ == "PROPN" and noun.ent_type_ in {"PERSON", ""} and noun.tag_ != "NNPS"


def _fronted_time_clause(subject: Token) -> Token | None:
    """The clause of time ("When ...", "After ...") before a subject, hung on its verb."""
    return next((c for c in subject.head.children if c.dep_ == "advcl" and c.i < subject.i
                 and any(m.dep_ in {"mark", "advmod"} and m.lower_ in TIME_MARKS for m in c.children)), None)


def _sex_by_honorific(words: list[Token]) -> bool | None:
    """The sex an honorific of the name gives ("Mr." a man: ``True``), if any."""
    sexes = gendered_titles()
    return next((sexes[t.lower_.rstrip(".")] for t in words if t.lower_.rstrip(".") in sexes), None)


def _some_people(head: Token, toks: list[Token]) -> bool:
    """A plural of people ("officials", "many Republicans"), a share of them ("a majority of voters", "26%") or a
    number of them ("four in 10", "Three said"), not a body ("Russian forces")."""
    plural = head.tag_ in {"NNS", "NNPS"} and head.lower_ not in _COLLECTIVE_BODIES and (
        head.tag_ == "NNS" or toks[0].lower_ in _PART_OF_GROUP)
    return plural or head.lemma_.lower() in SHARE_NOUNS or head.pos_ == "NUM"


def _capitalised_name(head: Token, toks: list[Token]) -> bool:
    """One capitalised common noun the parser did not tag a name ("Pence" tagged NN) but no role word."""
    return (head.text[:1].isupper() and head.pos_ == "NOUN" and head.i > toks[0].i - 1
            and head.ent_type_ in {"", "PERSON"} and head.lower_ not in PERSON_DESC
            and (not head.is_sent_start or head.ent_type_ == "PERSON")
            and head.tag_ == "NN" and head.text.istitle() and len(toks) == 1)


def _description(span: Span, toks: list[Token], head: Token) -> Mention:
    """A description: "A spokesman for Russia's defence ministry", "the Russian military"."""
    text = span.text
    affiliation = None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in {"for", "of", "at", "with"}:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                affiliation = "".join(t.text_with_ws for t in pobj.subtree).strip()
    title = head.lower_ if head.lower_ in PERSON_DESC else None
    if title is not None:
        # The whole title the words end with ("campaign manager"), and whose it is ("Trump's campaign manager").
        lowered = text.lower()
        title = next((t for t in titles() if lowered == t or lowered.endswith(" " + t)), title)
        affiliation = affiliation or _affiliation(head, toks)
    kind = "DESC" if title else "ORG"
    # "the Russian military", "the UK government", "the government of India": a description tied to a named country
    # or body names that body; "a report by Politico", "a person familiar with Trump's plans" name nobody.
    tied = not title and any(_names_a_body(t, head) for t in toks)
    return Mention(span, kind, text, titles=(title,) if title else (), affiliation=affiliation, named=tied)


def _names_a_body(token: Token, head: Token) -> bool:
    """A word of a description that ties it to a named country or body: a name before its head or heading it ("the
    UK government", "Russian forces", "Democracy for America") or the name it is "of" ("the government of India");
    not one a preposition or a clause brings after it ("a count by The Associated Press", "a reporter for USA
    Today"), nor a lower-case word the tagger called a proper noun ("the former first lady")."""
    if not (token.ent_type_ in {"NORP", "GPE", "ORG"} or token.pos_ == "PROPN") or not token.text[:1].isupper():
        return False
    if token.i <= head.i:
        return True
    return token.head.dep_ == "prep" and token.head.lower_ == "of" and token.head.head.i == head.i


def _affiliation(head: Token, toks: list[Token]) -> str | None:
    """What a description of people ties them to: "for/of/at/with X", a possessor ("Clinton's lawyers"), else the
    names before the head ("White House officials")."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in {"for", "of", "at", "with"}:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return "".join(t.text_with_ws for t in pobj.subtree).strip()
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return "".join(t.text_with_ws for t in child.subtree).strip().removesuffix("'s").removesuffix("’s")
    names = [t for t in toks if t.i < head.i and (t.pos_ == "PROPN" or t.ent_type_ in {"NORP", "GPE", "ORG"})]
    return " ".join(t.text for t in names) or None


_NAME_EDGE = " ,\u00a0\u2009\u202f"
"""What a name never starts or ends with: a comma, or a space of any width ("Trump\u00a0" before a link)."""


def _named_mention(span: Span, toks: list[Token], head: Token) -> Mention:
    """Split "NATO General-Secretary Jens Stoltenberg" into name, title and affiliation."""
    text = span.text
    name_start, title_found, affiliation = _last_title(text, _inside_a_body(toks))
    if not title_found:
        name_start = _after_lower_case_description(toks, head)
    if title_found and not text[name_start:].strip(_NAME_EDGE):
        # "Trump's campaign manager", "the Clinton campaign chairman": a role, someone of this article, not a name.
        owner = without_possessive(affiliation or "") or None
        return Mention(span, "DESC", text, titles=title_found, affiliation=owner, named=False)
    of_place = re.match(r"(?:from|of|for) (?:the )?([A-Z].*)$", text[name_start:]) if title_found else None
    if of_place and text.startswith(title_found[0]):
        # "Senator from Texas", "Minister of Defence": a role and whose it is, no name
        return Mention(span, "DESC", text, titles=title_found, affiliation=of_place.group(1), named=False)
    if not title_found and (start := _person_named_inside(toks, head)) is not None:
        # "Apple Retail SVP Angela Ahrendts": a role the titles do not list, before a person the model names
        return _named_after_a_role(span, toks, start)
    name = text[name_start:].strip(_NAME_EDGE) or text
    if title_found and name.lower().rstrip(".") in attribution_words("name-suffix"):
        # "Martin Luther King Jr.": a name whose last word is a title, before its suffix
        name, title_found, affiliation = text.strip(_NAME_EDGE), (), None
    if title_found and (before := text[:name_start - len(title_found[0]) - 1].rstrip()).endswith(" and") \
            and before[:1].isupper() and (first := _first_of_two(before[:-4], title_found)) is not None:
        # "Hillary Clinton and Senator Bernie Sanders", "Both Mr. King and Mr. Schultz": two people named
        name, title_found, affiliation = f"{first[0]} and {name}", first[1], None
    return Mention(span, _kind_of_name(name, head, titled=bool(title_found), words=len(toks)), name,
                   titles=title_found, affiliation=affiliation)


_DESCRIBING_TAGS = frozenset({"NN", "NNS", "JJ", "JJR", "JJS", "VBG", "VBN", "HYPH"})


def _after_lower_case_description(toks: list[Token], head: Token) -> int:
    """Where a singular name starts after the lower-case words that describe it ("the think tank Brookings
    Institution", "the nonpartisan Congressional Budget Office", "a confident-seeming Manafort"): they say what it
    is, and the same body or person is named without them elsewhere; 0 when none, or when the model names no body
    or person there ("many Latinos", "an influential Hispanic Republican": people described, not a name)."""
    if head.ent_type_ not in {"ORG", "PERSON"}:
        return 0
    # an ordinal opens a name ("the 34th Street Partnership", "82nd Airborne Division"), no description
    lead = 1 if _capitalised_lead(toks) else 0
    first = next((k for k, t in enumerate(toks) if k >= lead and not (
        t.tag_ in _DESCRIBING_TAGS and not t.text[:1].isupper() and not t.text[:1].isdigit())), len(toks))
    if first == lead or first == len(toks) \
            or not (toks[first].text[:1].isupper() or toks[first].text[:1].isdigit()) \
            or any(t.lower_ in _PART_OF_GROUP for t in toks[:first]):  # "many Latinos": some of them
        return 0
    return toks[first].idx - toks[0].idx


def _capitalised_lead(toks: list[Token]) -> bool:
    """A description's first word capitalised only because it opens the sentence or names a people ("Independent
    news site Diario de Cuba", "Moroccan military expert Abderrahmane Mekkaoui", "Russian newspaper Life News")."""
    t = toks[0]
    return len(toks) > 2 and t.text[:1].isupper() and t.tag_ in {"JJ", "NN", "NNS"} \
        and (t.is_sent_start or t.ent_type_ == "NORP")


_BODY_NOUNS = attribution_words("body-noun")


def _kind_of_name(name: str, head: Token, *, titled: bool, words: int) -> str:
    """A name's kind: a person when titled, else an organisation when it opens with a noun for a body ("Team
    Clinton", "Committee to Protect Journalists", whatever the model says), else the model's entity type, else a
    person when it starts with a first name or is one word, else an organisation."""
    if titled:
        return "PERSON"
    if len(name.split()) > 1 and name.split()[0].lower() in _BODY_NOUNS:
        return "ORG"
    kind = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "NORP": "NORP", "LOC": "GPE"}.get(head.ent_type_, "")
    if kind:
        return kind
    first_name = len(name.split()) in {2, 3} and name.split()[0].lower() in first_name_sexes()
    return "PERSON" if first_name or words == 1 else "ORG"


def _person_named_inside(toks: list[Token], head: Token) -> int | None:
    """Where the full name of the person the model tags at the mention's head starts, when words that name no one
    come before it ("Apple Retail SVP"); a first name the model left out joins it ("Bridget Mary Meehan")."""
    if head.ent_type_ != "PERSON":
        return None
    doc = head.doc
    start = head.i
    while start > toks[0].i and doc[start].ent_iob_ == "I":
        start -= 1
    while start - 1 > toks[0].i and doc[start - 1].lower_ in first_name_sexes() and doc[start - 1].text.istitle():
        start -= 1
    before = [t for t in toks if t.i < start]
    if head.i - start < 1 or not before or any(t.lower_ in {"and", ",", "&", "or"} for t in before):
        return None
    last = before[-1]
    if last.pos_ == "PROPN" and not last.text.isupper() and last.ent_type_ not in {"NORP", "GPE", "ORG", "LOC"}:
        return None  # "Marcel Lazăr Lehel", "Billie Jean King": a name's first part, not a role
    return start


def _named_after_a_role(span: Span, toks: list[Token], start: int) -> Mention:
    """The person named from ``start`` on, the word before the name as their role unless it names a body or place,
    and the words before that as whose role it is."""
    before = [t for t in toks if t.i < start]
    role = before[-1]
    names_a_body = role.ent_type_ in {"NORP", "GPE", "ORG", "LOC"} or role.pos_ not in {"NOUN", "PROPN"}
    rest = before if names_a_body else before[:-1]
    offset = toks[0].idx
    name = span.text[toks[[t.i for t in toks].index(start)].idx - offset:].strip(_NAME_EDGE)
    affiliation = span.text[:rest[-1].idx + len(rest[-1].text) - offset] if rest else None
    return Mention(span, "PERSON", name, titles=() if names_a_body else (role.text,), affiliation=affiliation)


def _first_of_two(before: str, title: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
    """The first name of "X and Title Y" and the title both share: the second's title when the first starts with it
    ("Both Mr. King and Mr. Schultz"), else none, as the second's is not the first's ("Hillary Clinton and Senator
    Bernie Sanders"); ``None`` when no name comes first ("Trump's campaign manager and Senator ...")."""
    words = before.split()
    if words[:1] and words[0].lower() == "both":
        words = words[1:]
    first = " ".join(words)
    shared = first.lower().startswith(title[0].lower() + " ")
    name = first[len(title[0]) + 1:] if shared else first[_last_title(first)[0]:].strip(_NAME_EDGE)
    if not name or not all(w[:1].isupper() for w in name.split()):
        return None  # "Senator Ted Cruz of Texas and Senator Rand Paul": not two names alone
    return name, title if shared else ()


def _inside_a_body(toks: list[Token]) -> frozenset[int]:
    """Where (in the mention's text) the words are that the model reads as part of a body's name with more of it
    after them: "General" of "Massachusetts General Hospital", "Chiefs" of "the Joint Chiefs of Staff"."""
    doc = toks[0].doc
    return frozenset(t.idx - toks[0].idx for t in toks if t.ent_type_ in {"ORG", "FAC"}
                     and t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I"
                     and doc[t.i + 1].lower_ not in first_name_sexes())  # "Spokeswoman Haley Morris" tagged ORG


def _last_title(text: str, skip: frozenset[int] = frozenset()) -> tuple[int, tuple[str, ...], str | None]:
    """Where the name after the last title of ``text`` starts, that title (as written) and what comes before it
    (the affiliation: "NATO" of "NATO General-Secretary Jens Stoltenberg"); a title word at an offset in ``skip``
    is part of a name."""
    lowered = text.lower()
    name_start, title_found, affiliation = 0, (), None
    for title in titles():
        idx, written = _title_at(lowered, title)
        if idx in skip:
            idx, written = _title_at(lowered[:idx], title)
        if idx == -1 or not (idx == 0 or lowered[idx - 1] in " -") or idx + len(written) + 1 <= name_start \
                or _surname_before_a_place(lowered, idx, written):
            continue  # "Peter T. King of New York": a surname
        if text[idx + len(written) + 1:idx + len(written) + 2].islower() and text[max(0, idx - 2):idx] == ", ":
            continue  # "Craig Bryan, head of the National Center": a role after the name, not a title before one
        name_start = idx + len(written) + 1
        title_found = (text[idx:idx + len(title)],)
        affiliation = without_possessive(text[:idx].strip(_NAME_EDGE)) or None  # "Sanders's": Sanders
    return name_start, title_found, affiliation


def _title_at(lowered: str, title: str) -> tuple[int, str]:
    """The last place ``title`` is written in ``lowered`` before a word, and how: itself, its plural ("Senators
    Mitch McConnell and Harry Reid"), or ending the text ("Trump's campaign manager"); ``-1`` when nowhere."""
    idx = lowered.rfind(title + " ")
    if idx != -1:
        return idx, title
    if title[-1:].isalpha() and (idx := lowered.rfind(title + "s ")) != -1:
        return idx, title + "s"
    if lowered.endswith(title) and (len(lowered) == len(title) or lowered[-len(title) - 1] in " -") \
            and not _surname_after_first_name(lowered, title):
        return len(lowered) - len(title), title[:-1]
    return -1, title


def _surname_before_a_place(lowered: str, idx: int, written: str) -> bool:
    """A title word after a first name, or a first name and an initial, and before "of", "from" or "for" ("Peter T.
    King of New York") is a surname; a title word before a name ("Virginia Gov. Terry McAuliffe": a first name too) is
    not."""
    after = lowered[idx + len(written) + 1:]
    return after.startswith(("of ", "from ", "for ")) and _after_a_first_name(lowered[:idx])


def _after_a_first_name(before: str) -> bool:
    """The words before end with a first name, or a first name and an initial ("peter t.")."""
    words = before.split()
    if words and len(words[-1]) == 2 and words[-1].endswith("."):
        words = words[:-1]
    return bool(words) and words[-1] in first_name_sexes()


def _surname_after_first_name(lowered: str, title: str) -> bool:
    """A title word ending the text after a first name (and an initial) is a surname ("Larry King", "Peter T. King"),
    and after an honorific unless it is an office one addresses so ("Mr. King", "Mr. Justice"; not "Mr.
    President")."""
    before = lowered[:-len(title)].split()
    if not before:
        return False
    return _after_a_first_name(lowered[:-len(title)]) \
        or before[-1].rstrip(".") in HONORIFICS and title not in _ADDRESSED


def entity_mentions(article: Article, offset: int, doc: Doc,
                    quotes: Sequence[tuple[int, int]] = ()) -> Iterator[Mention]:
    """PERSON and ORG entities with their titles, so later short names can merge with the full name; ``quotes`` are
    the paragraph's quotations (character offsets in ``doc``), to mark the names inside them."""
    for ent in doc.ents:
        if ent.label_ not in {"PERSON", "ORG"}:
            continue
        start = ent.start
        # Take title words the model left out of the entity ("President" before "Vladimir Putin").
        while start > ent.sent.start and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i >= start \
                and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].lower_ in titles()):  # not "Everything Trump"
            start -= 1
        if ent.label_ == "PERSON" and _name_start(ent) > ent.start:
            start = _name_start(ent)
        mention = mention_of(article, offset, doc, range(start, ent.end))
        if ent.label_ == "PERSON" and (role := _role_in_apposition(article, offset, ent)) is not None:
            mention = replace(mention, titles=mention.titles + role.titles,
                              affiliation=mention.affiliation or role.affiliation)
        quoted = any(a <= ent.start_char and ent.end_char <= b for a, b in quotes)
        yield replace(mention, subject=_subject_outside_quotes(ent), quoted=quoted)


def _role_in_apposition(article: Article, offset: int, ent: TokenSpan) -> Mention | None:
    """The role a person's name is given in a definite apposition right after it ("Donald Trump, the New York
    businessman, ..."), as a description with its titles and affiliation; so "the New York businessman" later in
    the article is that person ("Bill Daley, a former vice president" is one of several: no such role)."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return None
    appos = next((c for c in ent.root.children if c.dep_ == "appos" and c.i > ent.end and c.pos_ == "NOUN"
                  and c.lower_ in titles() and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)), None)
    if appos is None:
        return None
    role = mention_of(article, offset, doc, [t.i for t in appos.subtree if t.i <= appos.i])
    return role if role.kind == "DESC" and role.titles else None


def described_subjects(article: Article, offset: int, doc: Doc,
                       quotes: Sequence[tuple[int, int]] = ()) -> Iterator[Mention]:
    """The people a clause's subject describes by their role ("the president appeared cowed") or as some people
    ("Republicans had called the hearing"), outside quotes: whom a pronoun after them may stand for, though they
    say nothing themselves."""
    for tok in doc:
        if tok.dep_ != "nsubj" or any(a <= tok.idx < b for a, b in quotes):
            continue
        role = tok.tag_ == "NN" and tok.lower_ in PERSON_DESC and any(c.dep_ == "det" and c.lower_ == "the"
                                                                        for c in tok.children)
        people = tok.tag_ in {"NNS", "NNPS"} and (tok.lemma_.lower() in PERSON_DESC or tok.lower_ in _PEOPLE
                                                   or tok.ent_type_ == "NORP")
        if not role and not people:
            continue
        ids = [t.i for t in tok.subtree if t.i <= tok.i]
        yield replace(mention_of(article, offset, doc, ids), subject=True)


def _name_start(ent: TokenSpan) -> int:
    """Where a person's name starts inside an entity the model ran into a headline's words ("Bashing Trump",
    "Endorsed Trump", "Top Clinton adviser"): after leading words that are no proper nouns nor first names."""
    start = ent.start
    while start < ent.end - 1 and (ent.doc[start].pos_ in {"VERB", "PRON", "DET", "ADJ", "NOUN"}
                                   or _verb_form_opening(ent.doc[start])) \
            and ent.doc[start].lower_ not in first_name_sexes():
        start += 1
    return start


def _verb_form_opening(tok: Token) -> bool:
    """A verb's -ing or -ed form opening its sentence, tagged a proper noun in a headline's or a lead's words
    ("Bashing Trump may be job one"), or anywhere in a headline written in title case ("After This Senator Endorsed
    Trump, ...")."""
    return (tok.i == tok.sent.start or _title_case(tok.sent)) and len(tok.text) > 5 \
        and tok.lower_.endswith(("ing", "ed"))


def _title_case(sent: TokenSpan) -> bool:
    """Nearly every word of the sentence starts with a capital, as a headline's do."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 4 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def _subject_outside_quotes(ent: TokenSpan) -> bool:
    """The entity is a clause's subject ("Paul Huntley, a Sanders delegate, said ...": Paul Huntley, not Sanders, a
    name modifying a noun) and no quotation mark opens before it in its sentence."""
    if _phrase_head_of_name(ent.root).dep_ not in {"nsubj", "nsubjpass"}:
        return False
    before = [t.text for t in ent.sent if t.i < ent.start]
    return not any(t in DOUBLE_QUOTE_MARKS for t in before)
