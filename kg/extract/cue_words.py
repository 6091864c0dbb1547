"""Cue words and the speakers of cue verbs: a token's entry in the cue lexicon (``kg/data/cues.tsv``), its
subject, and the speaker of a speech tag.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from kg.cues import Cue, attribution_words, cues, evidence_nouns, noun_cues
from kg.extract.phrases import (
    DASHES, DOUBLE_QUOTE_MARKS, ROLE_WORDS, SHARE_NOUNS, SPEAKING_NOUNS, SUBJ, TENSED, apposition_right_after,
    free_dash, hyphenated_pieces,
)


SUPPORT_VERBS = attribution_words("support-verb")
_DOCUMENT_NOUNS = attribution_words("document-noun")
PARTITIVES = attribution_words("partitive-noun")
"""Nouns for a batch of things ("a series of tweets"): what they are of is what speaks or shows."""


def is_cue_verb(tok: Token) -> bool:
    return tok.pos_ in {"VERB", "AUX"} and cue_of(tok) is not None and tok.lemma_.lower() != "be"


def cue_of(tok: Token) -> Cue | None:
    """The cue a verb token is, by lemma; when the lemmatizer misreads an inflected form ("hopes" -> "hop"), by
    the form with its ending taken off."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return None
    cue = _cue_by_form(tok.lemma_.lower(), tok.lower_)
    return None if cue is None or _in_a_connective(tok) else cue  # the lexicon first: cheap and cached


_CONNECTIVES = attribution_words("connective-phrase")


def _in_a_connective(tok: Token) -> bool:
    """The verb is part of a phrase that opens its sentence and connects it to the one before, reporting nothing:
    "That said, Millennials say ..." (the list ``connective-phrase``)."""
    comma = next((t.i for t in tok.doc[tok.i + 1:tok.i + 3] if t.text == ","), None)
    if comma is None:
        return False
    start = tok.sent.start  # only now: finding the sentence walks the parse
    return tok.i - start <= 3 and " ".join(t.lower_ for t in tok.doc[start:comma]) in _CONNECTIVES


@lru_cache(maxsize=4096)
def _cue_by_form(lemma: str, word: str) -> Cue | None:
    lexicon = cues()
    cue = lexicon.get(lemma)
    if cue is not None:
        return cue
    for ending, repl in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            cue = lexicon.get(word[:len(word) - len(ending)] + repl)
            if cue is not None:
                return cue
    return None


_ENDINGS = (("ies", "y"), ("ied", "y"), ("es", "e"), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""))


def inverted_speaker(verb: Token, words: list[Token]) -> list:
    """"Said Ellis: '...'": a cue opening its sentence, then a name and the colon before the quote."""
    if verb.i != verb.sent.start or words[-1].text != ":":
        return []
    name = [x for x in words if verb.i < x.i < words[-1].i]
    return name if name and all(x.pos_ == "PROPN" or x.text == "." for x in name) else []


def speaker_of(verb: Token) -> Token | None:
    """The subject of a cue verb, or the noun a participle cue hangs on ("footage of Clinton asking, ...")."""
    subject = _one_moved_to_it(verb) or speaker_of_the_report_it_ends(verb) or subject_of(verb) \
        or _participle_speaker(verb)
    if subject is not None and _borrowed_by_a_thing(verb, subject):
        return subject_of(verb.head.head)
    if subject is not None:
        return subject
    head = verb.head
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep" and head.head.pos_ in {"VERB", "AUX"}:
        return _speaker_of_gerund(head)
    head_cue = cue_of(head) if head.pos_ in {"VERB", "AUX"} else None
    if verb.dep_ == "xcomp" and head.pos_ in {"VERB", "AUX"} and (head_cue is None or head_cue.frames <= {"quote"}) \
            and not any(c.dep_ in {"dobj", "dative"} for c in head.children):
        # "he appeared to suggest that ...", "went on to discuss ...", "continued to portray ..." (a cue of its own
        # only with a quote): the subject the two verbs share; so does "Trump was prompted to say ..."
        return next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return _subject_of_a_done_act(verb)


def _one_moved_to_it(verb: Token) -> Token | None:
    """"The win led her to declare that ...", "This leads many experts to suspect that ...", "forced Schultz to
    admit ...": a verb that makes its object do what its infinitive says takes the act as done, so the object
    speaks ("asked him to say", "allowed them to claim" tell nothing of whether it was said)."""
    head = verb.head
    if verb.dep_ not in {"xcomp", "advcl"} or head.lemma_.lower() not in _MOVING_VERBS \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    moved = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    return None if moved is None or moved.lower_ == "it" else moved  # "left it to others to praise ..."


_MOVING_VERBS = attribution_words("moving-verb")


def _subject_of_a_done_act(verb: Token) -> Token | None:
    """"Trump was quick to add that ...", "It has been careful to frame its plans as ...": an adjective that says
    how an act was done takes the act as done, so the subject of its "be" speaks; not with a "not" ("wasn't quick to
    say" tells nothing of whether it was said; "careful not to mention Trump": not done)."""
    adjective = verb.head
    if verb.dep_ != "xcomp" or adjective.dep_ != "acomp" or adjective.lemma_.lower() not in _DONE_ADJECTIVES:
        return None
    copula = adjective.head
    if copula.lemma_ != "be" or any(c.dep_ == "neg" for w in (verb, copula) for c in w.children):
        return None
    return next((c for c in copula.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


_DONE_ADJECTIVES = attribution_words("done-adjective")


def _borrowed_by_a_thing(verb: Token, subject: Token) -> bool:
    """A participle of speech on a reported clause whose subject cannot speak ("Starr said Clinton's situation
    reminds him of ..., explaining, '...'"): the one who explains is the reporting speaker, not the situation (a
    participle of attitude, "groups have spent $1 million supporting him", is no speech)."""
    clause, cue = verb.head, cue_of(verb)
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and cue is not None and "quote" in cue.frames \
        and subject.head.i == clause.i and subject.i < verb.i \
        and clause.dep_ == "ccomp" and cue_of(clause.head) is not None and not may_speak(subject) \
        and subject.pos_ != "PRON" and subject_of(clause.head) is not None


def speaker_of_the_report_it_ends(verb: Token) -> Token | None:
    """A cue with no subject of its own that ends another cue's reported clause after a comma or "and" ("analysts
    say geopolitical factors matter, citing ...", "Trump tweeted that she was 'a con' and encouraged ..."): the
    parser hangs it in the clause, but it goes on with the reporting speaker."""
    if not _may_end_a_report(verb):
        return None
    joint = joint_before(verb)
    clause = verb.head
    while clause.dep_ == "conj":
        clause = clause.head
    reported = clause.dep_ == "ccomp" or clause.dep_ == "advcl" and clause.left_edge.lower_ == "that"
    if not (joint.text == "," or joint.dep_ == "cc") or not reported or clause.head.i > clause.i:
        return None
    own = cue_of(verb)
    if verb.right_edge.i < clause.right_edge.i - 1 or cue_of(clause.head) is None or own is None \
            or own.speech_act == "believe":  # "said she ... and hoped that ...": her hope, part of what she said
        return None
    # a participle reporting the clause has no subject: its own speaker ("She escalated ..., telling CNN that ...")
    return subject_of(clause.head) or (speaker_of(clause.head) if clause.head.tag_ == "VBG" else None)


_CONTRAST = attribution_words("contrast-conjunction")


def set_against_with_a_speaker(verb: Token) -> bool:
    """", while the program's host sought to ...", ", although analysts believe ...": a verb with a subject of its
    own in a clause set off by a comma and opened by a conjunction of contrast: another speaker's report, set against
    the clause it is hung on, not part of it."""
    opening = verb.left_edge
    return verb.dep_ == "advcl" and opening.i > 0 and verb.doc[opening.i - 1].text == "," \
        and any(m.dep_ == "mark" and m.lower_ in _CONTRAST for m in verb.children) \
        and any(s.dep_ in SUBJ for s in verb.children)


def joint_before(verb: Token) -> Token:
    """The comma or conjunction that joins the verb's phrase to what comes before, past a closing quotation mark
    ('... represents "New York values," stating ...')."""
    j = verb.left_edge.i - 1
    while j > 0 and verb.doc[j].text in DOUBLE_QUOTE_MARKS:
        j -= 1
    return verb.doc[j]


def _may_end_a_report(verb: Token) -> bool:
    """A participle or a tensed conjunct with no subject of its own, not opening the text, and not on a speech tag
    ("Comey cannot say that ..., Lewandowski added, saying ...": the participle goes on with the tag's speaker)."""
    if verb.dep_ not in {"conj", "advcl"} or any(c.dep_ in SUBJ for c in verb.children) or verb.left_edge.i == 0:
        return False
    if verb.dep_ == "advcl":
        return verb.tag_ == "VBG" and not _speech_tag(verb.head)
    return verb.tag_ in TENSED  # "vowed that the army would fight back and defend Ukraine": under the clause's "would"


def _speech_tag(verb: Token) -> bool:
    """A verb of saying with its own subject ("Lewandowski added"), which may tag a quote."""
    cue = cue_of(verb)
    return cue is not None and "quote" in cue.frames and any(c.dep_ == "nsubj" for c in verb.children)


def reports_in_relative(clause: Token) -> bool:
    """A relative clause that reports on its own: a cue with a clause for complement ("Mr. Kamin, who emphasized
    that ...", "Graham, who has vowed not to ..."), or naming its object with a predicate ("a pollster who called
    him a pragmatic and effective strategist")."""
    cue = cue_of(clause)
    deps = {c.dep_ for c in clause.children}
    # "a group that calls itself Asawitiri Media": the group's name, not something it says
    self_named = any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in clause.children)
    return cue is not None and (bool(deps & {"ccomp", "xcomp"})
                                or "oprd" in cue.frames and {"dobj", "oprd"} <= deps and not self_named)


def stance_on_a_name(verb: Token, cue: Cue, relative: Token) -> bool:
    """"Saudi Arabia, which has denied any involvement", "Obama, who called the nominee unfit": a stance a named
    one takes in a relative clause; not a passive ("Syrians, who are referred to ...") nor a mere report ("AP, which
    first reported the story")."""
    return named_antecedent(relative) and cue.speech_act != "report" \
        and (has_read_as_passive(verb) or not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children))


def named_antecedent(relative: Token) -> bool:
    """"Saudi Arabia, which has denied ...": a relative clause set off by a comma after a name says what that one
    said or did (a "who" on a bare noun, "anybody who complains about X", does not)."""
    before = relative.doc[relative.i - 1] if relative.i else None
    return before is not None and before.text == "," and relative.i >= 2 \
        and relative.doc[relative.i - 2].pos_ == "PROPN"


def has_read_as_passive(verb: Token) -> bool:
    """"He's said he gets his ideas from ...", "Graham, who's called for ...": the parser read the "'s" of "has" as
    "is", a passive; a passive "is said" reports no clause with a subject of its own ("It's said that ..." has
    "it")."""
    if not any(c.dep_ == "auxpass" and c.lower_ in {"'s", "\u2019s"} for c in verb.children):
        return False
    if any(c.dep_ == "nsubjpass" and c.lower_ == "who" for c in verb.children) \
            and any(c.dep_ == "prep" and c.lower_ == "for" and c.i == verb.i + 1 for c in verb.children):
        return True  # "Graham, who's called for 20,000 troops": a person "is called for" by no one
    return any(c.dep_ == "ccomp" and any(x.dep_ in {"nsubj", "nsubjpass"} for x in c.children)
               for c in verb.children) \
        and not any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children)


def _participle_speaker(verb: Token) -> Token | None:
    """The speaker of a participle cue: the noun it hangs on ("footage of Clinton asking, ...", "a statement
    saying ...": whoever issued it), or the subject of the clause it modifies (", arguing that ...")."""
    if verb.dep_ == "acl" and verb.head.pos_ in {"PROPN", "NOUN"} and not _describes_its_noun(verb):
        return _sender_to(verb.head) or _speaker_of_the_noun_hung_on(verb)
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG":
        noun = next((t for t in reversed(list(verb.doc[verb.head.i:verb.i])) if t.pos_ in {"PROPN", "NOUN", "PRON"}), None)
        if noun is not None and noun.i == verb.i - 1:
            return noun
    return _adverbial_speaker(verb) if verb.dep_ == "advcl" else None


def _sender_to(people: Token) -> Token | None:
    """"The senator emailed supporters saying ...": the people a sending verb reaches do not say what the participle
    hung on them says; the sender (the verb's subject) does."""
    verb = people.head
    if people.dep_ not in {"dobj", "dative"} or verb.lemma_.lower() not in _SENDING_VERBS or not may_speak(people):
        return None
    return subject_of(verb)


_SENDING_VERBS = attribution_words("sending-verb")


def _speaker_of_the_noun_hung_on(verb: Token) -> Token | None:
    """The speaker of a participle cue hanging on a noun: the noun, its issuer, its holder, or the subject of the
    clause it is the object of (:func:`_participle_speaker`)."""
    if (clause_verb := _set_off_from_a_thing(verb)) is not None:
        return subject_of(clause_verb)
    if (document := _document_sent_to(verb.head)) is not None:
        return issuer_of_document(document) or _sender_of(document) or document
    owner = issuer_of_document(verb.head)
    if owner is None and _to_infinitive(verb) and not may_speak(verb.head) \
            and verb.head.lemma_.lower() not in noun_cues():  # "his refusal to ...": the noun cue's rule
        return _holder_of(verb.head)  # "Turkey's refusal to acknowledge ...", not the refusal
    if owner is None and _an_act_of_its_holder(verb.head):
        return _holder_of(verb.head)  # "Trump's decision to skip the debate, complaining about ...": Trump
    return owner or (verb.head if may_say(verb.head) else None)


def may_say(noun: Token) -> bool:
    """Whether a participle cue hanging on the noun can be its words: someone, a document or evidence ("a statement
    saying ...", "polls showing ..."), or a share or batch of them ("a proportion of voters saying ...", "56 percent
    saying ..."); not a thing ("had trouble finding people willing to pay": no one found)."""
    word = noun.lemma_.lower()
    return may_speak(noun) or is_document(noun) or is_evidence(noun) or noun.pos_ in {"PRON", "NUM"} \
        or word in SHARE_NOUNS or word in PARTITIVES




def _document_sent_to(noun: Token) -> Token | None:
    """The document sent or addressed to the noun ("sent a text message to supporters saying: '...'", "a letter to
    Obama saying ..."): the participle after the addressee goes with the document, not with those it was sent to."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to" or prep.i != noun.left_edge.i - 1:
        return None
    head = prep.head
    if head.pos_ in {"NOUN", "PROPN"}:
        return head if is_document(head) else None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < prep.i and is_document(c)), None)


def _sender_of(document: Token) -> Token | None:
    """Who sent the document, the subject of the verb it is the object of ("Her campaign quickly blasted out an
    email to supporters stating, '...'")."""
    return subject_of(document.head) if document.dep_ == "dobj" else None


def _an_act_of_its_holder(noun: Token) -> bool:
    """A noun for something someone did or decided, not someone or a document, with whose it is ("Trump's
    decision", "a decision by the board")."""
    return not may_speak(noun) and not is_document(noun) and not is_evidence(noun) and _holder_of(noun) is not None


def _set_off_from_a_thing(participle: Token) -> Token | None:
    """The verb of the clause whose object a participle cue follows after a comma, or right after it for a belief,
    when that object is a thing that cannot speak ("called for a voice vote, and then a visual vote, declaring after
    both that ...": the one who called declared; "Trump's campaign entered Thursday's conversation believing they
    have more leverage": the campaign believed); the parser hangs the participle on the thing."""
    noun = participle.head
    cue = cue_of(participle)
    after_comma = participle.i > 0 and participle.doc[participle.i - 1].text == ","
    if participle.tag_ != "VBG" or not (after_comma or cue is not None and cue.weak) \
            or may_speak(noun) or is_document(noun) or is_evidence(noun):
        return None
    verb = noun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb if verb.pos_ in {"VERB", "AUX"} and verb.i < participle.i else None


def _adverbial_speaker(verb: Token) -> Token | None:
    """The speaker of a cue in an adverbial clause: the subject of the verb it modifies (", arguing that ...", "came
    on the show to talk about ...", "went so far as to call ...")."""
    if verb.tag_ == "VBG" and (subject := _subject_after_with(verb)) is not None:
        return subject
    if verb.tag_ == "VBG" or _infinitive_of_purpose(verb):
        return subject_of(_outside_quote_before(verb))
    if _to_infinitive(verb) and verb.head.lower_ == "far" and verb.head.head.pos_ == "VERB":
        return subject_of(verb.head.head)  # "Carson went so far as to call Mrs. Clinton ...": who went that far
    return None


def _subject_after_with(participle: Token) -> Token | None:
    """"The conversation ended with Maddow asking Clinton whether ...": in "with" + noun + participle the noun is
    the participle's subject; the parser makes it the object of "with" and hangs the participle on the main verb."""
    if participle.left_edge.i == 0:
        return None
    noun = participle.doc[participle.left_edge.i - 1]
    while not (noun.dep_ == "pobj" and noun.head.lower_ == "with"):
        up = noun.head.head if noun.dep_ == "pobj" else noun.head  # "with the host of the show asking": "host"
        if up.i >= noun.i or up.pos_ not in {"NOUN", "PROPN", "PRON"}:
            return None
        noun = up
    return noun if noun.right_edge.i == participle.left_edge.i - 1 else None


def _to_infinitive(verb: Token) -> bool:
    """The verb is a "to"-infinitive ("to acknowledge", "to talk")."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def wished_for(verb: Token) -> bool:
    """The cue is in the clause of a verb of hoping or wishing ("I hope in 2017 America says, '...'", "we wish he
    would say that ..."): a report not made."""
    def wishing(word: Token) -> bool:  # and not inside a quote the cue tags ('"I hope so," she said', "'I wish ...'")
        return word.lemma_.lower() in _WISHING and word.i < verb.i \
            and not any(t.text in DOUBLE_QUOTE_MARKS or t.tag_ in {"''", "``"} for t in verb.doc[word.i:verb.i])

    if verb.dep_ in {"ccomp", "parataxis"} and wishing(verb.head):
        return True
    # the parser may hang "I hope" on the cue as its clause: the wish before the cue's subject
    subject = next((c for c in verb.children if c.dep_ in SUBJ), None)
    return subject is not None and any(c.dep_ in {"ccomp", "parataxis"} and wishing(c) and c.i < subject.i
                                       for c in verb.children)


_WISHING = attribution_words("wishing-verb")


def may_speak(noun: Token) -> bool:
    """A name, or a noun for people, a body or a document ("officials", "the committee", "a statement"): something
    that can say what its infinitive says ("a spokesman to explain ..."), unlike a refusal, an effort or a request."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "PROPN" or noun.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} \
        or bool({lemma, noun.lower_, lemma + "s", lemma + "es"} & SPEAKING_NOUNS)  # the lists give "victims"


def _holder_of(noun: Token) -> Token | None:
    """Whose use, eagerness or effort a noun is: its possessor ("Mr. Trump's use of the word to describe ...") or its
    agent ("a political decision by the FBI to ..."); else no one (whom "requests to comment" are made to, the text
    does not say there); and no one inside what a cue before it reports ("refused to go along with a colleague's
    attempt to dispute the polls": what was refused)."""
    if any(a.pos_ == "VERB" and a.i < noun.i and cue_of(a) is not None for a in noun.ancestors):
        return None  # "welcomed the EU's contribution to support Turkey": part of what was welcomed
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None:
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        holder = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    return holder


def _outside_quote_before(verb: Token) -> Token:
    """The verb a participle modifies, but past one inside a quote that closed before the participle ('she stated,
    "... would have turned Libya into Syria," adding, "..."': she adds, not the quote's subject) or opens after it
    ('Clinton seemed ready to riff on the incident, telling the crowd, "Some people get ..."')."""
    head = verb.head
    while head.dep_ != "ROOT" and sum(t.text in DOUBLE_QUOTE_MARKS
                                      for t in verb.doc[min(head.i, verb.i):max(head.i, verb.i)]) % 2 == 1:
        head = head.head
    return head


def _infinitive_of_purpose(verb: Token) -> bool:
    """"will come on the show to talk about X", "held a press conference to announce that ...": the clause says
    what its verb's subject did it for (not a cue's: "expressed frustration over her refusal to endorse"); a purpose
    of knowing or finding ("to see what happens", "to determine how ...") is no report."""
    if not _to_infinitive(verb) or verb.head.pos_ != "VERB" or cue_of(verb.head) is not None:
        return False
    cue = cue_of(verb)
    return cue is not None and cue.speech_act not in {"believe", "report"}


def _describes_its_noun(participle: Token) -> bool:
    """A past participle with no clause of its own, or with only a "to"-infinitive, says what was done to its noun
    ("the attacks, lobbied against", "Americans worried about ...", "a proposal intended to ..."); with a clause or a
    colon it is a verb the parser misread ("A poll found last week that ...", "Romney tweeted in response: ...")."""
    after = participle.doc[participle.right_edge.i + 1] if participle.right_edge.i + 1 < len(participle.doc) else None
    if participle.tag_ != "VBN":
        return False
    if any(c.dep_ == "xcomp" and _to_infinitive(c) for c in participle.children) \
            and not any(c.dep_ in {"ccomp", "parataxis", "dobj"} for c in participle.children):
        return True  # "a proposal intended to place ...", "an aide said to be close to him": passive, the noun is
        # what was intended or said, not who spoke
    return not (after is not None and after.text == ":" or any(
        c.dep_ in {"ccomp", "xcomp", "parataxis"} for c in participle.children))


def is_evidence(noun: Token) -> bool:
    """A common noun for evidence ("poll", "study", "data") that may show what a clause says; read by its word as
    written too, for a tagger that gives "data" the lemma "datum"."""
    return noun.pos_ == "NOUN" and bool({noun.lemma_.lower(), noun.lower_} & evidence_nouns())


def is_document(noun: Token) -> bool:
    """A common noun for a document a person or body issues ("statement", "letter", "report"); read by its word as
    written too, for a tagger that gives "remarks" the lemma "remark"."""
    return noun.pos_ == "NOUN" and bool({noun.lemma_.lower(), noun.lower_} & _DOCUMENT_NOUNS)


def issuer_of_document(noun: Token) -> Token | None:
    """Who speaks through the document (or statement) a noun names: the issuer it names ("A statement from the
    White House said ...", "a report in The Wall Street Journal"), the subject of the verb that issues it ("The
    ministry issued a statement saying ..."), or of the verb it is the occasion of ("In a statement announcing the
    pick, the union called ...")."""
    return issuer_named_with(noun) or owner_by_support_verb(noun) or _issuer_of_document_in(noun) \
        or issuer_by_agent(noun)


def possessor_of_document(noun: Token) -> Token | None:
    """"His speech ... cited ...", "Trump's letter said ...": whose the document is wrote or gave it; a possessive
    pronoun in a clause is its subject's ("the former president, who spent much of his speech defending ...": the
    president's speech)."""
    if not is_document(noun):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and (c.pos_ == "PRON" or may_speak(c))), None)
    if owner is None:
        return _issuer_named_before(noun)
    return _subject_owning(owner, noun) or owner if owner.pos_ == "PRON" else owner


_SPOKEN_DOCUMENTS = attribution_words("spoken-document")


def _issuer_named_before(noun: Token) -> Token | None:
    """"an Associated Press report", "the IMF report said", "a Homeland Security memo": a body or person named right
    before the document wrote it; not a place (the gazetteer's, when the tagger calls it a body), which is what it is
    about ("the Benghazi report"), nor the outlet of an interview or a speech ("a CNN interview": the one interviewed
    speaks)."""
    if noun.lemma_.lower() in _SPOKEN_DOCUMENTS:
        return None
    name = next((c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1 and c.pos_ == "PROPN"), None)
    if name is None or name.ent_type_ not in {"ORG", "PERSON"}:
        return None
    if name.ent_type_ == "PERSON":
        return name  # "a Clinton memo": a person, though a town has the name
    from kg.contradiction_rules.geography import place_country  # the gazetteer, read once it is needed

    return None if place_country(name.text) is not None else name


def _subject_owning(pronoun: Token, noun: Token) -> Token | None:
    """The subject of the clause a possessive pronoun of ``noun`` stands in, when it is someone named or described
    and not the noun itself (a relative pronoun stands for what it refers to)."""
    verb = pronoun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ in {"VERB", "AUX"} else None
    if subject is not None and subject.tag_ == "WP" and verb.dep_ == "relcl":
        subject = verb.head
    return subject if subject is not None and subject.i != noun.i and subject.pos_ in {"PROPN", "NOUN"} \
        and may_speak(subject) else None


def issuer_through_relative(relative: Token) -> Token | None:
    """"Trump released a video that said, '...'": the issuer of the document a relative pronoun stands for."""
    if relative.tag_ not in {"WDT", "WP"} or relative.head.dep_ != "relcl":
        return None
    return issuer_of_document(relative.head.head)


def issuer_named_with(noun: Token) -> Token | None:
    """The issuer a document names right after it ("a statement from the White House", "a letter by Senator John
    Smith", "a report in The Wall Street Journal"), or the maker of evidence ("a 2014 study by Justin Levitt", "data
    from the Labor Department", not "results from Iowa"); a date or a thing after "from" ("a lawsuit from 1999") is
    none, and after "in" only a body publishes ("a statement in May")."""
    document = is_document(noun)
    if not (document or is_evidence(noun)):
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"from", "by", "in"}
                 and c.i == noun.i + 1), None)
    issuer = None if prep is None else _issuer_after(prep)
    if issuer is None:
        return None
    if not document and prep.lower_ != "by" and issuer.ent_type_ not in {"ORG", "PERSON"}:
        return None  # evidence "by" its maker or "from" a body ("data from the Labor Department"), not a place
    return issuer if may_speak(issuer) and issuer.ent_type_ not in {"DATE", "TIME"} else None


def _issuer_after(prep: Token) -> Token | None:
    """The object of the "from", "by" or "in" after a document, or the body named beside it ("a report from travel
    news site Skift"); none for a place or a date after "in" ("a statement in May", "a report in Texas")."""
    issuer = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if issuer is not None and issuer.pos_ == "NOUN":
        return _body_named_beside(issuer) or (None if prep.lower_ == "in" else issuer)
    if issuer is not None and prep.lower_ == "in" and issuer.ent_type_ in _NOT_PUBLISHERS:
        return None
    return issuer


_BODY_WORDS = attribution_words("body-noun")


_NOT_PUBLISHERS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "NORP"})


def _body_named_beside(noun: Token) -> Token | None:
    """"a report from travel news site Skift", "in the newspaper Al Sabaah", "a report in Iraq's pro-government
    newspaper, al Sabaah": the name set beside a noun for a body (right after it, or after a comma for a word such
    as "newspaper"); ``None`` when none is named ("a report from the site", "a statement in May")."""
    named = apposition_right_after(noun)
    if named is not None and named.pos_ == "PROPN":
        return named
    if noun.lemma_.lower() not in _BODY_WORDS:
        return None
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > noun.i), None)


def issuer_by_agent(noun: Token) -> Token | None:
    """"a report released by the Brookings Institution", "a statement issued by the ministry": the agent of the
    participle that issues the document or evidence (a verb whose subject owns its object, in the passive)."""
    if not (is_document(noun) or is_evidence(noun)):
        return None
    for participle in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       and c.lemma_.lower() in SUPPORT_VERBS):
        agent = next((g for c in participle.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                     None)
        if agent is not None and may_speak(agent):
            return agent
    return None


def _issuer_of_document_in(noun: Token) -> Token | None:
    """"In a statement announcing the pick, the union called ...": the subject of the verb whose adjunct the
    document is issued it."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "in" and prep.head.pos_ in {"VERB", "AUX"} \
            and is_document(noun):
        return subject_of(prep.head)
    return None


def owner_by_support_verb(noun: Token) -> Token | None:
    """"The ministry issued a statement saying ...", "Smith made the claim that ...": the subject of the verb that
    has the statement for its object owns what it says (of the verb it is the infinitive of: "Trumka felt compelled
    to issue a memo instructing ..."); so does the one of "unleashed a series of tweets criticizing ..."."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in PARTITIVES:
        noun = noun.head.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "with" and verb.head.pos_ == "VERB":
        verb = verb.head  # "issued a video with a message threatening ...": the message is issued too
    elif noun.dep_ != "dobj":
        return None
    if verb.lemma_.lower() not in SUPPORT_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in SUBJ), None) or _subject_before_conjunct(verb) or (
        subject_of(verb.head) if verb.dep_ == "xcomp" and verb.head.pos_ in {"VERB", "AUX"}
        and not _extraposed(verb.head) else None)


def _extraposed(verb: Token) -> bool:
    """"it becomes harder to make the case that ...", "it is time to issue a statement": the infinitive is what "it"
    stands for, so "it" makes nothing."""
    return any(c.dep_ in SUBJ and c.lower_ == "it" for c in verb.children) \
        and any(c.dep_ in {"acomp", "attr"} for c in verb.children)


def object_quoted_as_saying(obj: Token) -> bool:
    """"cited St. Paul as saying ...", "quoted him as telling ...": an "as" right after the verb's object with the
    gerund of a verb of saying words ("as saying", "as writing"), not of acting ("described them as speaking
    French")."""
    doc = obj.doc
    k = obj.right_edge.i + 1
    if k + 1 >= len(doc) or doc[k].lower_ != "as" or doc[k].dep_ != "prep" or doc[k].head not in {obj, obj.head}:
        return False
    gerund = next((c for c in doc[k].children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    cue = cue_of(gerund) if gerund is not None else None
    return cue is not None and bool(cue.frames & {"ccomp", "quote"})


def _speaker_of_gerund(prep: Token) -> Token | None:
    """"He answered by saying that ...", "After saying ..., she": the verb the phrase modifies has the speaker;
    "criticized Oz for saying ...": the one criticized said it."""
    order = ("dobj", "nsubj") if prep.lower_ == "for" else ("nsubj", "nsubjpass")
    for dep in order:
        found = next((c for c in prep.head.children if c.dep_ == dep and (dep != "dobj" or c.i < prep.i)), None)
        if found is not None:
            return found
    # "appeared on TV and began by saying ...": the verb shares the subject of the one it is joined to
    return subject_of(prep.head) if prep.head.dep_ == "conj" and prep.lower_ != "for" else None


def _names_after_a_plural_role(noun: Token) -> Token | None:
    """The names a plural role word is given in apposition right after it ("candidates Hillary Clinton and Donald
    Trump", "the two senators, Mitch McConnell and Harry Reid")."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in ROLE_WORDS:
        return None
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                 and any(x.dep_ == "conj" for x in c.children)
                 and (c.left_edge.i == noun.i + 1 or c.left_edge.i == noun.i + 2 and noun.nbor().text == ",")), None)


def _follows_past_a_possessive(first: Token, second: Token) -> bool:
    """``second`` follows ``first``, with at most a possessive mark between ("Fox News’ Bret Baier")."""
    between = first.doc[first.i + 1:second.i]
    return second.i > first.i and all(t.text in {"'", "\u2019", "'s", "\u2019s"} for t in between) and len(between) <= 1


def subject_of(verb: Token) -> Token | None:
    """The cue verb's subject: its own (after the last dash or open parenthesis before the verb when the parser gave
    it two: "PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released ...", "... ― Trump boasted"),
    or for a coordinated verb the one the parser hung elsewhere."""
    subjects = [_pronoun_of_contraction(c) for c in verb.children if c.dep_ in SUBJ and not _past_its_clause(c, verb)]
    if len(subjects) > 1 and subjects[-1].pos_ == "PROPN" \
            and _follows_past_a_possessive(subjects[-2], subjects[-1].left_edge):
        # "... presidential frontrunner Hillary Clinton is calling", "Fox News’ Bret Baier noticed": the name after
        # the title or the outlet
        return subjects[-1]
    if (after_relative := _subject_after_a_relative(subjects, verb)) is not None:
        return after_relative
    if len(subjects) == 1 and (named := _named_instead(subjects[0], verb)) is not None:
        return named
    if len(subjects) == 1 and (speaker := _tag_read_as_apposition(subjects[0], verb)) is not None:
        return speaker
    if subjects:
        dash = _last_break_before(verb, subjects)
        after_dash = [c for c in subjects if dash < c.i < verb.i]
        # "the ex-wife of Alan Grayson ... blames": each piece a subject; the word is its last piece ("wife")
        return hyphenated_pieces(after_dash[0] if len(subjects) > 1 and after_dash else subjects[0])[-1]
    before = _subject_misread(verb)
    if before is not None or verb.dep_ != "conj":
        return before
    return _subject_of_coordination(verb)


def _subject_after_a_relative(subjects: list[Token], verb: Token) -> Token | None:
    """"Rubio, who many feel need a strong showing": the parser hung "who" and "many" both on "feel"; "who" is the
    subject of what is felt, "many" feel it."""
    if len(subjects) > 1 and subjects[0].tag_ in {"WP", "WDT"} and subjects[1].i < verb.i:
        return subjects[1]
    return None


def _past_its_clause(subject: Token, verb: Token) -> bool:
    """A subject the parser found after the verb's reported clause ("... says kidnapped girls have been married Off":
    "Off"): an inverted speaker stands right after its verb, never past what it says."""
    return subject.i > verb.i and any(c.dep_ == "ccomp" and verb.i < c.left_edge.i < c.right_edge.i < subject.i
                                      for c in verb.children)  # a clause, not one word misread ("said warden X")


def _last_break_before(verb: Token, subjects: list[Token]) -> int:
    """The index of the last dash, open parenthesis or comma before the verb after which its own subject stands
    when the parser gave it several; -1 when there is none."""
    return max((t.i for t in verb.doc[verb.sent.start:verb.i] if free_dash(t) or open_parenthesis(t, verb)
                or _sets_off_a_first_subject(t, subjects, verb)), default=-1)


def _sets_off_a_first_subject(comma: Token, subjects: list[Token], verb: Token) -> bool:
    """"His promises ... notwithstanding, independent analyses agree": a comma between two subjects the parser gave
    the verb, the second running up to the verb, sets off a phrase before the verb's own subject; not the comma of
    an apposition ("Ban Ki-moon, the secretary general ..., vowed") or one inside a name ("the University of
    California, Berkeley")."""
    if comma.text != "," or len(subjects) < 2 or not subjects[0].right_edge.i < comma.i < subjects[-1].left_edge.i:
        return False
    doc = comma.doc
    return doc[verb.i - 1].text != "," and comma.ent_iob_ != "I"


def _tag_read_as_apposition(subject: Token, verb: Token) -> Token | None:
    """"Clinton, a top aide said, 'is very confident ...'": a phrase after a comma and right before a speech verb
    with no comma to close it, the verb set off by a comma after it, is the speaker of a tag, not an apposition of
    the name before (an apposition closes with a comma: "Clinton, a top aide, said ...")."""
    doc = verb.doc
    appos = next((c for c in subject.children if c.dep_ == "appos" and c.right_edge.i == verb.i - 1), None)
    if appos is None or doc[verb.i - 1].is_punct or doc[appos.left_edge.i - 1].text != "," \
            or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return None
    return appos


def _subject_misread(verb: Token) -> Token | None:
    """The subject of a verb the parser gave none, read as something else before it: the subject of the clause it is
    joined to, an apposition, an adverb, a compound."""
    return _subject_before_conjunct(verb) or _subject_read_as_apposition(verb) or _name_read_as_adverb(verb) \
        or subject_read_as_compound(verb) or _subject_of_a_run_read_as_clause(verb) \
        or _subject_with_its_participle_read_as_clause(verb) or _subject_read_as_conjunct(verb) \
        or _subject_read_as_closing_apposition(verb) or _subject_with_its_aside_read_as_clause(verb) \
        or _subject_after_a_dash(verb)


def _subject_after_a_dash(verb: Token) -> Token | None:
    """"And it wasn't an accident - Brendan Buck, a spokesman for Ryan, told POLITICO that ...": a dash opens a new
    clause; the parser hung its subject on the clause before as an apposition and joined the verb to that one. A
    name or a noun for someone, running from the dash to the verb, is the verb's subject."""
    doc = verb.doc
    dash = max((t.i for t in doc[verb.sent.start:verb.i] if free_dash(t)), default=None)
    if dash is None or dash + 1 >= verb.i:
        return None
    word = doc[dash + 1]
    while word.head.i != word.i and word.head.left_edge.i == dash + 1 and word.head.i < verb.i:
        word = word.head
    end = word.right_edge.i
    if doc[end].text == "," and end == verb.i - 1:
        end -= 1
    if word.left_edge.i != dash + 1 or word.dep_ not in {"appos", "conj"} or end not in {verb.i - 1, verb.i - 2} \
            or not (word.pos_ == "PROPN" and word.ent_type_ in {"PERSON", "ORG"} or may_speak(word)):
        return None
    return word if doc[end + 1].text in {",", verb.text} else None


def _word_before(verb: Token) -> Token:
    """The last word before the verb past its auxiliaries, adverbs, negation and punctuation ("..., Jake Sullivan,
    also said": Sullivan), where a subject the parser hung elsewhere ends."""
    j = verb.i - 1
    while j > verb.sent.start and verb.doc[j].dep_ in {"aux", "advmod", "neg", "punct"}:
        j -= 1
    return verb.doc[j]


def _opening_clause(verb: Token) -> Token | None:
    """The first clause the parser hung on the verb before it (what may be a misread run or participle)."""
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i), None)


def _subject_read_as_conjunct(verb: Token) -> Token | None:
    """"Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said ...", "After a day of tensions
    between two Republicans, House Speaker Paul Ryan's office announced ...": the parser joined the subject to the
    last noun of the opening phrase as a conjunct, with no "and" between them; a person named after that comma, or
    a noun for people or a body or someone's ("Ryan's office"), is the verb's subject."""
    word = _word_before(verb)
    while word.dep_ == "appos" and word.head.i < word.i:
        word = word.head  # "Senator Harry Reid, the minority leader": the name
    if word.dep_ != "conj" or not (word.ent_type_ == "PERSON" or word.pos_ == "NOUN" and _someone_s(word)) \
            or verb.doc[word.left_edge.i - 1].text != ",":
        return None
    head = word.head
    if any(c.dep_ in {"cc", "preconj"} and head.i < c.i < word.i for c in head.children):
        return None  # "..., Smith and Jones": a real coordination
    opening = next((a for a in word.ancestors if a.head.i == verb.i), None)
    return word if opening is not None and opening.dep_ in {"advcl", "prep"} and opening.i < word.i else None


def _someone_s(noun: Token) -> bool:
    """A noun for people or a body, or one a named person or body owns ("Ryan's office", "the Clinton campaign")."""
    return may_speak(noun) or any(c.dep_ in {"poss", "compound"} and c.ent_type_ in {"PERSON", "ORG"}
                                  for c in noun.children)


def _subject_with_its_participle_read_as_clause(verb: Token) -> Token | None:
    """"Republican activists clamoring to block Donald Trump say ...": the parser made the participle that describes
    the subject a clause of the verb (or the verb a dependent of the participle), with the subject for its own; a
    participle right after a noun that opens the sentence, with nothing between its phrase and the verb, describes
    the verb's subject."""
    first = _opening_clause(verb)
    if first is None and verb.head.i < verb.i and verb.dep_ in {"dep", "ccomp"} and verb.head.tag_ == "VBG":
        first = verb.head  # a present participle, never a main verb without its "be"
    if first is None or first.tag_ not in {"VBG", "VBN"} or _end_before(first, verb) + 1 != verb.i:
        return None
    subject = next((c for c in first.children if c.dep_ == "nsubj" and c.i < first.i), None)
    if subject is None or subject.right_edge.i + 1 != first.i or subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    opening = verb.doc[verb.sent.start:subject.left_edge.i]
    return subject if all(t.dep_ == "cc" or t.is_punct for t in opening) else None


def _end_before(phrase: Token, verb: Token) -> int:
    """Where the phrase's own words end before the verb (without the verb when the parser hung it on the phrase)."""
    return max([phrase.i] + [c.right_edge.i for c in phrase.children if c.i < verb.i])


def _subject_of_a_run_read_as_clause(verb: Token) -> Token | None:
    """"Trump further summed up Clinton as 'terrible,' denounced her record and said ...": the parser made the first
    verb of a run a clause of the second; a tensed clause opening the sentence with no word that makes it one ("when",
    "as", "if") and only a comma after it is the run's first verb, and its subject the run's; so is a reported clause
    before a verb with a clause of its own after it ("Boko Haram denies ceasefire, says kidnapped girls are married":
    no tag, for nothing names a speaker after the verb)."""
    first = _opening_clause(verb) or _clause_before_a_reporting_verb(verb)
    if first is None or first.tag_ not in TENSED or first.left_edge.i != verb.sent.start:
        return None
    if any(c.dep_ in {"mark", "advmod"} and c.tag_ in {"IN", "WRB"} for c in first.children):
        return None
    if not all(t.is_punct for t in verb.doc[first.right_edge.i + 1:verb.i]) or verb.doc[verb.i - 1].text == ".":
        return None
    return next((c for c in first.children if c.dep_ == "nsubj" and c.left_edge.i == first.left_edge.i), None)


def _clause_before_a_reporting_verb(verb: Token) -> Token | None:
    """The report the parser hung on the verb as its clause before it, when the verb has a clause of its own after
    it ("denies ceasefire, says ..."; not "We are very nervous," said Lopez, whose son hasn't been seen ...": no
    report before)."""
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and cue_of(c) is not None), None)


def _named_instead(subject: Token, verb: Token) -> Token | None:
    """The people a plural role names ("Presidential candidates Hillary Clinton and Donald Trump cited ..."), or the
    name after an object the parser made the subject (:func:`_name_after_an_object`)."""
    return _names_after_a_plural_role(subject) or _name_after_an_object(subject, verb)


def _name_after_an_object(subject: Token, verb: Token) -> Token | None:
    """"To understand the real Dred Scott, Chief Justice Roberts said, ...": the parser made the object of the
    opening verb the subject and the speaker its apposition; a phrase right after a verb is that verb's object, so the
    name right before the cue verb speaks."""
    before = subject.doc[subject.left_edge.i - 1] if subject.left_edge.i > verb.sent.start else None
    if before is None or before.pos_ != "VERB" or before.i > verb.i:
        return None
    return next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.right_edge.i == verb.i - 1 and c.i > subject.i), None)


def open_parenthesis(word: Token, verb: Token) -> bool:
    """``word`` opens a parenthesis still open at ``verb`` ("... 250,000 Syrian refugees (in fact, Obama has
    proposed ...": the parser gave "proposed" both subjects)."""
    return word.text == "(" and not any(t.text == ")" for t in verb.doc[word.i + 1:verb.i])


def _subject_read_as_apposition(verb: Token) -> Token | None:
    """"In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: ...": the parser hangs the
    subject, set off by commas, on the object of the opening phrase as its apposition (and the subject's own age or
    description on the subject); a phrase of where or how is
    given no apposition there, so it is the verb's subject (its last name when it has several); a state after its
    city is the place's own apposition."""
    word = _apposition_before(verb)
    if word.dep_ != "appos" or word.pos_ not in {"PROPN", "NOUN"} or word.ent_type_ in {"GPE", "LOC", "DATE"} \
            or verb.doc[word.left_edge.i - 1].text != ",":  # "the attack in San Bernardino, Calif., showed": a place
        return None
    return word if _hung_on_the_opening(word, verb) or _closing_the_reported_clause(word, verb) else None


def _closing_the_reported_clause(word: Token, verb: Token) -> bool:
    """"... because he pulled a tendon, a source with access to the dictatorship previously said.": the apposition
    ends the clause the verb reports before it, right before the verb; a tag's speaker the parser hung on the
    clause's last noun (a noun for someone, or a name)."""
    return word.right_edge.i == _word_before(verb).i and (word.pos_ == "PROPN" or may_speak(word)) \
        and not _after_a_closing_quote(word) \
        and any(c.dep_ == "ccomp" and c.i < verb.i and c.left_edge.i <= word.i <= c.right_edge.i
                for c in verb.children)


def _after_a_closing_quote(word: Token) -> bool:
    """The apposition (or the one it describes) follows a quote's closing mark: '"...," William M. Daley, President
    Obama's former chief of staff, said' is the quote's tag."""
    doc = word.doc
    while True:
        k = word.left_edge.i - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        if k >= 0 and doc[k].text in DOUBLE_QUOTE_MARKS:
            return True
        if word.dep_ != "appos" or word.head.dep_ != "appos" or word.head.i > word.i:
            return False
        word = word.head


def _apposition_before(verb: Token) -> Token:
    """The apposition that runs up to the verb (its name rather than its age: "As a part of his plea, Marcel Lehel
    Lazar, 44, said"; the noun a relative clause describes: "..., a White House official who spoke anonymously to
    discuss strategy said"), else the word before the verb."""
    word = _word_before(verb)
    if word.dep_ != "appos":
        word = next((a for a in word.ancestors if a.dep_ == "appos" and a.right_edge.i == word.i
                     and a.pos_ == "NOUN" and a.lemma_.lower() in SPEAKING_NOUNS), word)
    while word.dep_ == "appos" and word.head.dep_ == "appos" and word.head.pos_ == "PROPN" and word.head.i < word.i \
            and verb.doc[word.head.left_edge.i - 1].text == ",":
        word = word.head  # not past a name the comma does not set off ("for his wife X, Bill Clinton said")
    return word


def _hung_on_the_opening(word: Token, verb: Token) -> bool:
    """The apposition hangs on the opening phrase of the verb or of its opening participle ("In a statement to X,
    ...", "Campaigning for his wife X, ...") or on its opening clause ("Although there is no overlap with X, ...")."""
    head = word.head
    while head.dep_ in {"appos", "pobj"} and head.head.i < word.i:
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and (head.head.head.i == verb.i
                                                                 or _opening_participle(head.head.head, verb)):
            return True
        head = head.head.head if head.dep_ == "pobj" else head.head
    opening = next((a for a in word.ancestors if a.head.i == verb.i), None)
    return opening is not None and opening.dep_ == "advcl" and opening.i < word.i \
        and any(c.dep_ == "mark" and c.i == opening.left_edge.i for c in opening.children)


def _opening_participle(word: Token, verb: Token) -> bool:
    """A participle opening the verb's sentence as its clause ("Campaigning for ..., X said")."""
    return word.dep_ == "advcl" and word.head.i == verb.i and word.tag_ in {"VBG", "VBN"} \
        and word.i == word.left_edge.i == verb.sent.start


def _subject_read_as_closing_apposition(verb: Token) -> Token | None:
    """"Two emails ... have been placed in secure storage, Patrick F. Kennedy, the undersecretary for management,
    wrote in a memo": the parser made the tag's subject an apposition of a common noun ending the clause the tag
    reports; a person's name there, set off by a comma and running to the tag, is the speaker."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    word, name = _word_before(verb), None
    while clause is not None and word.i != clause.i and word.head.i != word.i:
        if word.dep_ == "appos" and word.pos_ == "PROPN" and word.ent_type_ == "PERSON" \
                and word.head.pos_ == "NOUN" and word.head.ent_type_ == "" and word.i > clause.i:
            name = word
        word = word.head
    if name is None or word.i != clause.i or verb.doc[name.left_edge.i - 1].text != ",":
        return None
    return name


def _subject_with_its_aside_read_as_clause(verb: Token) -> Token | None:
    """"Mr. Slinker, whose latest start-up uses big data, said Mr. Trump was ...", "A representative for the brand - a
    business pitched as '...' - noted that ...": the parser made the aside between commas or dashes a clause the verb
    reports, with the subject for its own; a noun opening the sentence and set off by the aside's first mark, the
    aside running to the verb, is the subject when the verb reports a clause of its own after it."""
    aside = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if aside is None or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    subject = next((c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or aside.right_edge.i + 2 != verb.i:
        return None
    doc = verb.doc
    opening = doc[verb.sent.start:subject.left_edge.i]
    if not all(t.dep_ == "cc" or t.is_punct for t in opening) or doc[verb.i - 1].text not in _ASIDE_MARKS \
            or doc[_end_of_own_words(subject) + 1].text not in _ASIDE_MARKS:
        return None
    return subject


_ASIDE_MARKS = {","} | DASHES


def _end_of_own_words(noun: Token) -> int:
    """The last token of the noun's phrase without what sets off an aside ("Mr. Slinker, whose ...": "Slinker";
    "A representative for the brand - a business ...": "brand")."""
    return max([noun.i, *(c.right_edge.i for c in noun.children
                          if c.i > noun.i and c.dep_ not in {"punct", "appos", "relcl"})])


def subject_read_as_compound(verb: Token, *, tag: bool = False) -> Token | None:
    """A noun right before a verb that has no subject, which the parser hung on the verb as a compound ("Federal
    Election Commission records show"): a verb has no compounds, so it is the subject (the tagger may read a plural
    noun as a verb: "records"). Only before a tensed verb ("the Review Board finding that ...", "the nightclub
    attack" are nouns), but for a name in a quote's ``tag`` ('"...," Trump barked', "barked" read as a
    participle)."""
    before = verb.doc[verb.i - 1] if verb.i else None
    if before is None or before.head.i != verb.i or before.dep_ != "compound" or not before.is_alpha \
            or verb.tag_ not in TENSED and not (tag and before.pos_ == "PROPN"):
        return None
    return before if before.pos_ in {"PROPN", "NOUN"} or before.tag_ == "VBZ" else None


def _name_read_as_adverb(verb: Token) -> Token | None:
    """"Jolly said he has worked with ...": a capitalised word opening the sentence right before a tensed verb that
    has no subject is its subject, a name the tagger read as an adverb or adjective (English puts no bare adverb
    there: "Later said ..." needs a subject), or a modal inside the sentence ("In particular, Will wrote, ..."), or
    one right after the verb of an inverted tag ("said Skelly,")."""
    if verb.i == 0 or verb.tag_ not in TENSED:
        return None
    word = verb.doc[verb.i - 1]
    named = word.is_sent_start and _capitalised_modifier(word)
    if (named or _name_read_as_modal(word)) and word.head.i == verb.i:
        return word
    return _name_after_an_inverted_verb(verb)


def _capitalised_modifier(word: Token) -> bool:
    """A capitalised word the tagger gave an adverb's or adjective's tag (a name where English puts no bare one)."""
    return word.is_title and word.is_alpha and word.pos_ in {"ADV", "ADJ"}


def _name_after_an_inverted_verb(verb: Token) -> Token | None:
    """'"...," said Skelly, explaining ...': a capitalised word inside the sentence right after a speech verb with no
    subject, the tag's end after it, is the name the tagger read as an adverb."""
    doc = verb.doc
    word = doc[verb.i + 1] if verb.i + 2 < len(doc) else None
    if word is None or word.head.i != verb.i or doc[word.i + 1].text not in {",", "."} or not is_cue_verb(verb):
        return None
    return word if _capitalised_modifier(word) and not word.is_sent_start else None


def _name_read_as_modal(word: Token) -> bool:
    """"In particular, Will wrote, ...": a modal with a capital inside its sentence is a name."""
    return not word.is_sent_start and word.is_title and word.tag_ == "MD" and word.dep_ == "aux"


def _pronoun_of_contraction(subject: Token) -> Token:
    """The subject itself, or for the "has" of "He\u2019s said that" that the parser read as the subject (with "He"
    as its own), the word it contracts with."""
    if subject.lower_ not in {"'s", "\u2019s"}:
        return subject
    return next((c for c in subject.children if c.dep_ in SUBJ), subject)


def _subject_before_conjunct(verb: Token) -> Token | None:
    """"... and the Russian military claimed to ...": the parser hangs the subject on the previous clause."""
    j = verb.i - 1
    while j >= verb.sent.start and verb.doc[j].dep_ in {"aux", "advmod", "neg"} and verb.doc[j].head.i == verb.i:
        j -= 1
    if j >= verb.sent.start and verb.dep_ == "conj":
        prev = verb.doc[j]
        own_adjunct = prev.dep_ == "pobj" and prev.head.head.i == verb.i  # "... but on Tuesday wrote that ...": when
        if prev.pos_ in {"NOUN", "PROPN"} and prev.head.i != verb.i and not own_adjunct \
                and prev.dep_ in {"conj", "pobj", "dobj", "compound", "nmod"} and _agrees(prev, verb) \
                and _joined_after(verb.head, prev):
            return prev
    return None


def _joined_after(first: Token, noun: Token) -> bool:
    """A conjunction stands between the first clause's verb and the noun: a second clause may begin there ("... and
    the Russian military claimed"); with none, the noun ends the first clause ("U.S. intelligence set up to intercept
    communications in Qatar has revealed ...": not Qatar); so does a dash ("oddities in the post - Viral Inspector
    shows why ...")."""
    between = noun.doc[min(first.i, noun.i) + 1:noun.i]
    return any(t.dep_ == "cc" or t.text in {";", ":"} or free_dash(t) for t in between)


_SINGULAR_AUX, _PLURAL_AUX = {"has", "is", "was", "does"}, {"have", "are", "were", "do"}


def _agrees(noun: Token, verb: Token) -> bool:
    """The noun can be the subject of the verb by number: "... about the Clinton email matter have refused" cannot
    (a singular noun before a plural "have"), nor a plural one before "has"."""
    aux = next((c.lower_ for c in verb.children if c.dep_ == "aux" and c.i < verb.i), verb.lower_)
    if noun.tag_ in {"NN", "NNP"}:
        return aux not in _PLURAL_AUX
    return noun.tag_ not in {"NNS", "NNPS"} or aux not in _SINGULAR_AUX


def _subject_of_coordination(verb: Token) -> Token | None:
    """"X has claimed that A and accused Y of B": the subject of the cue verb whose clause holds this one; "I
    laughed and said ...": coordinated verbs share the first one's subject."""
    if (above := _participle_above(verb)) is not None:
        return speaker_of(above)
    parallel = _parallel_verb_before(verb)
    if parallel is not None:
        return next(c for c in parallel.children if c.dep_ in SUBJ)
    up = verb.head
    while up.dep_ in {"conj", "ccomp"} and up.head.i != up.i and cue_of(up) is None:
        up = up.head
    if up.pos_ in {"VERB", "AUX"} and cue_of(up) is not None:
        head_subject = next((c for c in up.children if c.dep_ in SUBJ), None)
        if head_subject is not None:
            return head_subject
    return _subject_up_the_run(verb)


def _participle_above(verb: Token) -> Token | None:
    """"warning that the Islamic State could penetrate the country and implying that ...": a participle the parser
    joined to a clause's verb is coordinated with the participle clause above it; one joined to a participle
    clause shares its speaker ("describing the son as a hero but insisting that ...")."""
    if verb.tag_ != "VBG":
        return None
    if verb.head.tag_ == "VBG":
        return verb.head if verb.head.dep_ == "advcl" else None
    return next((a for a in verb.ancestors if a.tag_ == "VBG" and a.dep_ in {"advcl", "acl"}), None)


def _subject_up_the_run(verb: Token) -> Token | None:
    """The subject of the verb a conjunct is joined to; for a tensed one, up a run of tensed verbs ("he looked up,
    furrowed his brow and said"); a passive one's subject too ("Mr. Trump was forced into damage control and said
    ...")."""
    head = verb.head
    while head.pos_ in {"VERB", "AUX"}:
        subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None and head.dep_ == "ROOT" and verb.tag_ in TENSED:
            return _subject_of_a_run_read_as_clause(head)
        if subject is not None or head.dep_ != "conj" or head.head.i == head.i or verb.tag_ not in TENSED:
            return subject
        head = head.head
    return None


def _parallel_verb_before(verb: Token) -> Token | None:
    """The verb right before the "and" a coordinated verb follows, when it has the verb's form and its own subject
    and the parser's head for the verb has another form ("which she was doing when police located her and told her
    to leave": "told" goes with "located", whose subject is the police, not with "doing")."""
    j = verb.i - 1
    while j > verb.sent.start and verb.doc[j].dep_ in {"advmod", "aux", "neg"}:
        j -= 1
    if j <= verb.sent.start or verb.doc[j].dep_ != "cc":
        return None
    before = next((t for t in reversed(verb.doc[verb.sent.start:j]) if t.pos_ in {"VERB", "AUX"}
                   and t.dep_ not in {"aux", "auxpass"}), None)
    if before is None or before.i == verb.head.i or before.tag_ != verb.tag_ or verb.head.tag_ == verb.tag_:
        return None
    return before if any(c.dep_ in SUBJ for c in before.children) else None


def cue_token_ids(verb: Token) -> list:
    left = [c for c in verb.children if c.dep_ in {"aux", "neg"} and c.i < verb.i and not _name_read_as_modal(c)]
    start = min([verb.i] + [c.i for c in left])
    toks = list(verb.doc[start:verb.i + 1])
    prt = [c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]
    cue = cue_of(verb)
    if not prt and cue is not None and ("for" in cue.frames or "on-to" in cue.frames):
        prt = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"for", "on"} and c.i == verb.i + 1
               and (c.lower_ == "for" or any(x.dep_ == "xcomp" for x in verb.children))]
    return toks + prt
