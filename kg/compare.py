"""Decide whether pairs of sentences contradict each other, with the detector ``kg build`` uses.

``kg compare IN.jsonl --out PRED.jsonl`` reads one pair a line (``id``, ``premise``, ``hypothesis``) and writes
``{"id", "contradicts", "confidence", "kind", "explanation"}`` a line. Both sides are parsed with the project's
model (:func:`kg.nlp.load_model`, streamed through ``nlp.pipe``), each main clause is normalised by
:func:`kg.propositions.proposition` into a :class:`~kg.contradict.Side`, and :func:`kg.contradict.compare` decides.
A premise of several sentences gives several propositions; the pair contradicts when any of them contradicts any
clause of the hypothesis. Premise clauses include embedded ones: complement, adverbial and relative clauses with a
subject of their own, participles and relative clauses that share the main subject ("Born in Trieste, Ana ...",
"is an actress who refused ..."), relative clauses on a noun ("the raid, which took place in May"), "where" clauses
on a named place, and what a reporting sentence says of its speaker ("Ana Ruiz, the mayor of Tarvik, said ...").
Texts are cleaned of treebank escapes and pronunciation guides, and a quoted title the hypothesis opens with is parsed
as one word in both texts.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO

from kg.contradict import DEFAULT, Detector, Side, denial_verbs
from kg.contradiction_rules.learned import VERIFY, Candidate, Settled
from kg.errors import InputError
from kg.ingest import json_objects, jsonl_lines
from kg.propositions import _aliases, _content_lemmas, _lemma, _subject_tokens, proposition
from kg.types import Contradiction, InputProblem, Proposition, StatementRef

_CLAUSE_DEPS = {"conj"}
_PRONOUNS = {"he", "she", "it", "they", "his", "her", "its", "their"}
_REPORTING = {"say", "state", "claim", "report", "announce", "insist", "argue", "assert", "tell", "add", "confirm",
              "believe", "think"}


@dataclass(frozen=True)
class PairResult:
    """The decision for one pair."""

    id: str
    contradicts: bool
    confidence: float
    kind: str | None
    explanation: str
    rule: str | None = None

    def to_json(self) -> dict:
        return {"id": self.id, "contradicts": self.contradicts, "confidence": self.confidence, "kind": self.kind,
                "rule": self.rule, "explanation": self.explanation}


_EMBEDDED = {"ccomp", "advcl", "parataxis"}
_CONDITIONAL = {"if", "unless", "whether", "until", "before", "when", "while", "although", "though", "because"}


def _with_conjuncts(heads: list) -> list:
    """The heads and the verbs coordinated with them, and with those ("X, and he makes ..., but he avoids ...")."""
    out = list(heads)
    for head in out:
        for tok in head.children:
            if tok.dep_ in _CLAUSE_DEPS and tok.pos_ in {"VERB", "AUX"} and tok not in out:
                out.append(tok)
    return out


def _clause_verbs(sent, *, embedded: bool = False) -> list:
    """The main clause's head and heads of clauses coordinated with it; with ``embedded``, also the heads of
    complement, adverbial and relative clauses that have a subject of their own (not "who", "which") and no
    conditional marker ("if", "unless")."""
    heads = _with_conjuncts([sent.root])
    if embedded:
        for tok in sent:
            subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if (tok.dep_ in _EMBEDDED | {"relcl"} and tok.pos_ in {"VERB", "AUX"} and tok not in heads
                    and subj is not None and subj.lower_ not in _RELATIVISERS
                    and not any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL for c in tok.children)
                    and tok.head.lemma_.lower() not in denial_verbs()):
                heads.append(tok)
        heads = _with_conjuncts(heads)
    return heads


_RELATIVISERS = {"who", "which", "that", "whom", "whose"}


def _shared_subject_clauses(sent, heads) -> list:
    """Heads of clauses whose subject is the main clause's: a participle on a clause verb without a marker ("Born in
    Trieste, Ana ...", "..., selling 12 million copies") and a participle or relative clause on the complement of a
    copula ("is a film directed by X", "is an actress who refused to model"), with the verbs coordinated to them."""
    root = sent.root
    out: list = []
    for tok in sent:
        if tok.pos_ not in {"VERB", "AUX"} or tok in heads:
            continue
        subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        marked = any(c.dep_ == "mark" for c in tok.children)
        if (tok.dep_ == "advcl" and (tok.head in heads or tok.head in out) and subj is None and not marked
                and tok.tag_ in {"VBN", "VBG"}):
            out.append(tok)
        elif (tok.dep_ in {"acl", "relcl"} and tok.head.dep_ == "attr" and tok.head.head.i == root.i
              and root.lemma_ == "be" and not marked
              and (subj.lower_ in _RELATIVISERS if subj is not None else tok.tag_ in {"VBN", "VBG"})):
            out.append(tok)
    return [t for t in _with_conjuncts(out) if t not in heads]


def _making_it(head):
    """", making it the third largest city": the clause says the main subject is what follows "it" (a copula)."""
    comp = next((c for c in head.children if c.dep_ in {"ccomp", "oprd", "xcomp"} and c.pos_ in {"NOUN", "ADJ"}), None)
    if head.lemma_ != "make" or comp is None or not any(
            c.dep_ in {"nsubj", "dobj"} and c.lower_ in {"it", "them"} for c in (*comp.children, *head.children)):
        return None
    words = [t for t in comp.subtree if t.lower_ not in {"it", "them"}]
    return Proposition(predicate=_lemma(comp), arguments=tuple(_content_lemmas(words)), attributes=(_lemma(comp),),
                       lemmas=tuple(_content_lemmas(words)), numbers=(), places=())


def _relative_clauses(sent, taken) -> list:
    """Relative clauses whose subject is a relative pronoun ("which took place in May", "who bit ...") on a noun
    that is not the complement of a copula (those say it of the copula's subject: see _shared_subject_clauses)."""
    return [tok for tok in sent if tok.dep_ == "relcl" and tok.pos_ in {"VERB", "AUX"} and tok not in taken
            and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.dep_ != "attr"
            and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _RELATIVISERS for c in tok.children)]


def _clause_tokens(head) -> list:
    """The head's subtree without clauses coordinated to it (they get their own proposition)."""
    skip = set()
    for child in head.children:
        if child.dep_ in _CLAUSE_DEPS and child.pos_ in {"VERB", "AUX"}:
            skip |= {t.i for t in child.subtree}
        if child.dep_ == "cc":
            skip.add(child.i)
    return [t for t in head.subtree if t.i not in skip]


def sides_of_doc(doc, *, role: str, article_id: str, antecedent: str = "", embedded: bool = False,
                 antecedent_plural: bool | None = None, participles: bool = False) -> list[Side]:
    """One :class:`Side` per main clause of each sentence of ``doc``.

    A pronoun subject stands for ``antecedent`` when they agree in number (``antecedent_plural``, when known).
    ``embedded`` adds the premise's embedded clauses (see the module docstring); ``participles`` only the clauses
    that share the main subject ("..., making it the largest city").

    A clause introduced by a denial verb ("X denied that Y") becomes the proposition Y with speech act "deny"; one
    introduced by a reporting verb ("X said that Y") becomes Y asserted.
    """
    out = []
    for sent in doc.sents:
        heads = _clause_verbs(sent, embedded=embedded)
        shared = _shared_subject_clauses(sent, heads) if embedded or participles else []
        relative = _relative_clauses(sent, heads + shared) if embedded else []
        main = None
        for head in heads + shared + relative:
            act = "assert"
            comp = next((c for c in head.children if c.dep_ == "ccomp"), None)
            if comp is not None and head.lemma_.lower() in denial_verbs():
                act, head_used = "deny", comp
            elif comp is not None and head.lemma_.lower() in _REPORTING:
                head_used = comp
                if embedded and head.i == sent.root.i:
                    # What the sentence says of the speaker ("Ana Ruiz, the mayor of Paris, said ...") counts too.
                    speaker = _clause_tokens(head)
                    out.append(Side(StatementRef(article_id, speaker[0].idx, speaker[-1].idx + len(speaker[-1])),
                                    doc.text[speaker[0].idx:speaker[-1].idx + len(speaker[-1])], role, "", "assert",
                                    proposition(speaker, antecedent=antecedent)))
            else:
                head_used = head
            tokens = _clause_tokens(head_used) if head_used is head else list(head_used.subtree)
            if not tokens:
                continue
            prop = proposition(tokens, antecedent=_antecedent_for(head_used, antecedent, antecedent_plural))
            if antecedent and _generic_subject(prop.subject, doc.text[tokens[0].idx:]):
                prop = replace(prop, subject=antecedent)
            if head.i == sent.root.i:
                main = prop
            elif head in shared:
                if main is None or prop.subject not in {"", *_RELATIVISERS}:
                    continue
                prop = replace(_making_it(head) or prop, subject=main.subject, aliases=main.aliases)
            elif head in relative:
                # "Tyson, who bit ...": the relative clause says it of the noun it hangs on.
                noun = head.head
                prop = replace(prop, subject=" ".join(_content_lemmas(_subject_tokens(noun)) or [_lemma(noun)]),
                               aliases=_aliases(noun))
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            where = _where_place(head) if head_used is head else None
            if where is not None:
                # "fled to India, where he lives": the clause happens in the place it follows.
                place, start = where
                prop = replace(prop, places=tuple(dict.fromkeys((*prop.places, place))))
            text = doc.text[start:end]
            ref = StatementRef(article_id, start, end)
            out.append(Side(ref, text, role, "", act, prop))
            if embedded and "respectively" in text.lower():
                out += [Side(ref, text, role, "", act, p) for p in _respectively(head_used, prop)]
    return out


def _conjuncts(tok) -> list:
    out = [tok]
    for t in out:
        out.extend(c for c in t.children if c.dep_ == "conj")
    return out


def _name_tokens(tok) -> list:
    """A name's words without the names coordinated with it ("John Jodka III" in "Tyler Jackson and John Jodka")."""
    out = [tok]
    for child in tok.children:
        if child.dep_ not in {"conj", "cc", "appos", "punct", "relcl", "acl"}:
            out.extend(child.subtree)
    return sorted(out, key=lambda t: t.i)


def _respectively(head, prop) -> list:
    """"Jackson and Jodka were sentenced to 21 and 18 months, respectively": one proposition per name, with its
    own number, when the names and the numbers pair one to one."""
    subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None and head.dep_ == "conj":
        subj = next((c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return []
    listed = next((c for c in subj.children if c.dep_ == "appos"), subj)
    names = [" ".join(_content_lemmas(_name_tokens(t)) or [_lemma(t)]) for t in _conjuncts(listed)
             if t.pos_ == "PROPN"]
    in_subject = " ".join(t.text for t in subj.subtree)
    numbers = [n for n in prop.numbers if n not in in_subject]
    if len(names) < 2 or len(names) != len(numbers):
        return []
    return [replace(prop, subject=name, aliases=(), numbers=(number,),
                    dates=tuple(d for d in prop.dates if d[1] == number)) for name, number in zip(names, numbers)]


_PLACE_ENTS = {"GPE", "LOC", "FAC"}


def _where_place(head) -> tuple[str, int] | None:
    """For a relative clause opened by "where" on a named place ("fled to India, where he lives"), the place and
    where its phrase starts ("to India")."""
    if head.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in head.children):
        return None
    noun = head.head
    ent = next((e for e in noun.doc.ents if e.start <= noun.i < e.end and e.label_ in _PLACE_ENTS), None)
    if ent is None:
        return None
    opener = noun.head if noun.dep_ == "pobj" and noun.head.pos_ == "ADP" else ent[0]
    return ent.text, min(opener.idx, ent.start_char)


_GENERIC_NOUNS = {"show", "program", "programme", "structure", "building", "disease", "project", "character", "site",
                  "network", "channel", "station", "venue", "festival", "event", "magazine", "newspaper", "island"}


def _generic_subject(subject: str, text: str) -> bool:
    """Whether the subject is a definite description of a kind ("The film was released ...", "The series finale"),
    which in a premise most likely stands for what the hypothesis names ("Reign Over Me was released ...")."""
    from kg.contradict import _categories

    words = subject.split()
    if not words or len(words) > 2 or not all(w in _categories() or w in _GENERIC_NOUNS or w == "finale"
                                              for w in words):
        return False
    return re.search(r"\b(the|this|that)\s+" + re.escape(words[0]), text, re.IGNORECASE) is not None


def _subject_text(doc) -> str:
    """The hypothesis subject, which a premise pronoun most likely stands for."""
    subj = _hypothesis_subject(doc)
    return "" if subj is None else " ".join(_content_lemmas(list(subj.subtree)) or [_lemma(subj)])


def _hypothesis_subject(doc):
    for sent in doc.sents:
        for child in sent.root.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ != "PRON":
                return child
    return None


def _plural(tok) -> bool | None:
    """Whether a subject names several (a plural noun, or nouns joined by "and"); ``None`` when there is none."""
    if tok is None:
        return None
    return tok.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in tok.children)


_SINGULAR_PRONOUNS = {"he", "she", "it"}
_PLURAL_PRONOUNS = {"they", "we"}


def _antecedent_for(head, antecedent: str, plural: bool | None) -> str:
    """The antecedent when the clause's pronoun subject agrees with it in number ("they" is no "Cohen")."""
    subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or plural is None:
        return antecedent
    if (subj.lower_ in _PLURAL_PRONOUNS and not plural) or (subj.lower_ in _SINGULAR_PRONOUNS and plural):
        return ""
    return antecedent


def decide(premise_doc, hypothesis_doc, pair_id: str = "", *,
           detector: Detector = DEFAULT) -> tuple[Contradiction | None, list[Side], list[Side]]:
    """The first contradiction between any premise clause and any hypothesis clause (highest confidence wins)."""
    hyp = sides_of_doc(hypothesis_doc, role="hypothesis", article_id=f"{pair_id}#h", participles=True)
    prem = sides_of_doc(premise_doc, role="premise", article_id=f"{pair_id}#p",
                        antecedent=_subject_text(hypothesis_doc), embedded=True,
                        antecedent_plural=_plural(_hypothesis_subject(hypothesis_doc)))
    # A premise of one short sentence is a headline (the rumour sets of news-like pairs): what it is about is all of it.
    if len(list(premise_doc.sents)) == 1 and len(premise_doc.text.split()) <= 30:
        prem = [replace(s, headline=True) for s in prem]
    best = None
    for p in prem:
        for h in hyp:
            found = detector.compare(p, h)
            if found is not None and (best is None or found.confidence > best.confidence):
                best = found
    return best, prem, hyp


# Penn Treebank escapes that some corpora keep in their text.
_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}", "``": '"', "''": '"'}
_PTB_RE = re.compile("|".join(re.escape(k) for k in _PTB))


# A bracketed pronunciation guide ("[ˈbæzɪldən]"): IPA letters and stress marks.
_IPA = re.compile(r"\[[^\[\]]*[ˈˌːəɛɪʊʃʒθðŋɔæɑʌɜɡʔɐɒɨʉɯɾɹʎɲʁχβɣ][^\[\]]*\]\s*")


def clean(text: str) -> str:
    """The text with Penn Treebank bracket and quote escapes turned back into the characters they stand for,
    canonical Unicode (NFC: "é" typed as "e" and an accent equals "é") and no pronunciation guides: "Basildon
    [ˈbæzɪldən] is ..." parses with "Basildon" as its subject."""
    text = unicodedata.normalize("NFC", _PTB_RE.sub(lambda m: _PTB[m.group(0)], text))
    text = re.sub(r" ([)\]])", r"\1", text)
    text = re.sub(r"([(\[]) ", r"\1", text)
    text = _IPA.sub("", text)
    # A bracketed aside with a colon and no figure gives names in other languages ("(O'odham: Ali sonak)"), which
    # the parser takes for a clause of its own.
    text = re.sub(r"\s*\([^()\d]*:[^()\d]*\)", "", text)
    # What the guides leave behind: "Valencia (, officially València ()" -> "Valencia (officially València".
    text = re.sub(r"\(\s*[;,]?\s*\)\s*", "", text)
    return re.sub(r"\(\s*[;,]\s*", "(", text)


_QUOTED = re.compile(r'"\s*([^"]{3,80}?)\s*"')


def quoted_titles(premise: str, hypothesis: str) -> list[str]:
    """Names of works the premise quotes and the hypothesis opens with ("\"I Kissed a Girl\" is a song" and "I
    Kissed a Girl is part of ..."): two to eight words, the first capitalised. Parsed as words, such a title makes a
    clause of its own ("I kissed a girl"), so both texts get it as one token."""
    out = []
    for m in _QUOTED.finditer(premise):
        title = m.group(1).strip()
        if (2 <= len(title.split()) <= 8 and title[:1].isupper() and title[-1:] not in {".", ",", "!", "?"}
                and re.match(r"(?:the\s+)?" + re.escape(title) + r"\b", hypothesis, re.IGNORECASE)):
            out.append(title)
    return out


def titled_doc(nlp, text: str, titles: list[str]):
    """``text`` tokenised, each occurrence of a title merged into one token, ready for the rest of the pipeline."""
    from spacy.util import filter_spans

    doc = nlp.make_doc(text)
    if titles:
        spans = [doc.char_span(m.start(), m.end()) for t in titles for m in re.finditer(re.escape(t), text)]
        with doc.retokenize() as retokenizer:
            for span in filter_spans([s for s in spans if s is not None and len(s) > 1]):
                retokenizer.merge(span)
    return doc


def mark_titles(doc) -> None:
    """After parsing, a merged title is a proper noun, whatever the tagger made of it, and the subject of the clause
    it opens when that clause has none (the parser may take an unknown word for an adverb)."""
    for tok in doc:
        if " " not in tok.text.strip():
            continue
        tok.pos_, tok.tag_ = "PROPN", "NNP"
        head = tok.head
        if (tok.i == tok.sent.start and tok.dep_ in {"advmod", "npadvmod", "dep", "nmod"} and head.i > tok.i
                and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in head.children)):
            tok.dep_ = "nsubj"


def _pairs(lines_or_path, problems: list[InputProblem], source: str) -> Iterator[tuple[str, str, str]]:
    lines = jsonl_lines(lines_or_path) if isinstance(lines_or_path, (str, Path)) else lines_or_path
    for n, row in json_objects(lines):
        try:
            if isinstance(row, InputError):
                raise row
            pid, premise, hypothesis = row.get("id", str(n)), row["premise"], row["hypothesis"]
            if not isinstance(premise, str) or not isinstance(hypothesis, str):
                raise InputError("premise and hypothesis must be strings")
        except (InputError, KeyError) as exc:
            what = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            problems.append(InputProblem(f"{source}:{n}", what))
            continue
        yield str(pid), premise, hypothesis


def compare_pairs(lines_or_path: Iterable[str] | str | Path, out: IO[str] | str | Path | None = None, *,
                  model: str | None = None, batch_size: int = 64,
                  detector: Detector = DEFAULT) -> tuple[list[PairResult], list[InputProblem]]:
    """Decide each premise/hypothesis pair and write one JSON line per pair to ``out``.

    Args:
        lines_or_path: JSONL lines or a path to a JSONL file of ``{"id", "premise", "hypothesis"}``.
        out: A writable text stream or a path; ``None`` writes nothing.
        model: The spaCy model (default: :func:`kg.nlp.load_model`'s).
        batch_size: ``nlp.pipe`` batch size.
        detector: The contradiction rules in use (:func:`kg.contradict.detector`).

    Returns:
        The results in input order and the problems (one per bad line; the rest goes on).

    Example:
        >>> results, problems = compare_pairs(['{"id": "1", "premise": "Ann won.", "hypothesis": "Ann lost."}'])
        >>> results[0].contradicts
        True
    """
    from kg.nlp import load_model

    nlp = load_model(model)
    problems: list[InputProblem] = []
    source = str(lines_or_path) if isinstance(lines_or_path, (str, Path)) else "<input>"
    pairs = _pairs(lines_or_path, problems, source)
    ids: dict[int, str] = {}

    def texts():
        for i, (pid, premise, hypothesis) in enumerate(pairs):
            ids[i] = pid
            premise, hypothesis = clean(premise), clean(hypothesis)
            titles = quoted_titles(premise, hypothesis)
            yield titled_doc(nlp, premise, titles), i
            yield titled_doc(nlp, hypothesis, titles), i

    decided: list[tuple[str, Candidate | None, Contradiction | None]] = []
    pending: dict[int, object] = {}
    # Each pair is decided by the rules as soon as both its parses arrive (nlp.pipe keeps order); the learned check
    # then reads all pairs in one batch.
    for doc, i in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size):
        mark_titles(doc)
        if i not in pending:
            pending[i] = doc
            continue
        premise_doc = pending.pop(i)
        found, prem, hyp = decide(premise_doc, doc, ids[i], detector=detector)
        candidate = None
        if prem and hyp:  # the model reads the two texts whole
            candidate = Candidate(replace(prem[0], text=premise_doc.text), replace(hyp[0], text=doc.text), found)
        decided.append((ids.pop(i), candidate, found))
    settled = iter(detector.settle([c for _, c, _ in decided if c is not None]))
    results = [_result(pid, next(settled) if candidate is not None else Settled(found))
               for pid, candidate, found in decided]
    if out is not None:
        _write(results, out)
    return results, problems


def _result(pair_id: str, settled: Settled) -> PairResult:
    if settled.edge is not None:
        edge = settled.edge
        return PairResult(pair_id, True, edge.confidence, edge.kind, edge.explanation, edge.rule)
    if settled.vetoed is not None:
        return PairResult(pair_id, False, 0.0, None, settled.vetoed.explanation, VERIFY.name)
    return PairResult(pair_id, False, 0.0, None, "")


def _write(results: list[PairResult], out) -> None:
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8") as fh:
            _write(results, fh)
        return
    for r in results:
        out.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
