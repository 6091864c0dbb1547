"""Decide whether pairs of sentences contradict each other, with the detector ``kg build`` uses.

``kg compare IN.jsonl --out PRED.jsonl`` reads one pair a line (``id``, ``premise``, ``hypothesis``) and writes
``{"id", "contradicts", "confidence", "kind", "explanation"}`` a line. Both sides are parsed with the project's
model (:func:`kg.nlp.load_model`, streamed through ``nlp.pipe``), each main clause is normalised by
:func:`kg.propositions.proposition` into a :class:`~kg.contradict.Side`, and :func:`kg.contradict.compare` decides.
A premise of several sentences gives several propositions; the pair contradicts when any of them contradicts any
clause of the hypothesis.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO

from kg.contradict import Side, compare, denial_verbs
from kg.propositions import clause_head, proposition
from kg.types import Contradiction, InputProblem, StatementRef

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

    def to_json(self) -> dict:
        return {"id": self.id, "contradicts": self.contradicts, "confidence": self.confidence, "kind": self.kind,
                "explanation": self.explanation}


_EMBEDDED = {"ccomp", "advcl", "parataxis"}
_CONDITIONAL = {"if", "unless", "whether", "until", "before", "when", "while", "although", "though", "because"}


def _clause_verbs(sent, *, embedded: bool = False) -> list:
    """The main clause's head and heads of clauses coordinated with it; with ``embedded``, also the heads of
    complement and adverbial clauses that have a subject of their own and no conditional marker ("if", "unless")."""
    root = sent.root
    heads = [root]
    for tok in root.children:
        if tok.dep_ in _CLAUSE_DEPS and tok.pos_ in {"VERB", "AUX"}:
            heads.append(tok)
    if embedded:
        for tok in sent:
            if (tok.dep_ in _EMBEDDED and tok.pos_ in {"VERB", "AUX"} and tok not in heads
                    and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
                    and not any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL for c in tok.children)
                    and tok.head.lemma_.lower() not in denial_verbs()):
                heads.append(tok)
    return heads


def _clause_tokens(head) -> list:
    """The head's subtree without clauses coordinated to it (they get their own proposition)."""
    skip = set()
    for child in head.children:
        if child.dep_ in _CLAUSE_DEPS and child.pos_ in {"VERB", "AUX"} and head.dep_ == "ROOT":
            skip |= {t.i for t in child.subtree}
        if child.dep_ == "cc" and head.dep_ == "ROOT":
            skip.add(child.i)
    return [t for t in head.subtree if t.i not in skip]


def sides_of_doc(doc, *, role: str, article_id: str, antecedent: str = "", embedded: bool = False) -> list[Side]:
    """One :class:`Side` per main clause of each sentence of ``doc``.

    A clause introduced by a denial verb ("X denied that Y") becomes the proposition Y with speech act "deny"; one
    introduced by a reporting verb ("X said that Y") becomes Y asserted.
    """
    out = []
    for sent in doc.sents:
        for head in _clause_verbs(sent, embedded=embedded):
            act = "assert"
            comp = next((c for c in head.children if c.dep_ == "ccomp"), None)
            if comp is not None and head.lemma_.lower() in denial_verbs():
                act, head_used = "deny", comp
            elif comp is not None and head.lemma_.lower() in _REPORTING:
                head_used = comp
            else:
                head_used = head
            tokens = _clause_tokens(head_used) if head_used is head and head.dep_ == "ROOT" else list(head_used.subtree)
            if not tokens:
                continue
            prop = proposition(tokens, antecedent=antecedent)
            if antecedent and _generic_subject(prop.subject, doc.text[tokens[0].idx:]):
                prop = replace(prop, subject=antecedent)
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            text = doc.text[start:end]
            ref = StatementRef(article_id, start, end)
            out.append(Side(ref, text, role, "", act, prop))
    return out


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
    for sent in doc.sents:
        for child in sent.root.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ != "PRON":
                from kg.propositions import _content_lemmas, _lemma

                return " ".join(_content_lemmas(list(child.subtree)) or [_lemma(child)])
    return ""


def decide(premise_doc, hypothesis_doc, pair_id: str = "") -> tuple[Contradiction | None, list[Side], list[Side]]:
    """The first contradiction between any premise clause and any hypothesis clause (highest confidence wins)."""
    hyp = sides_of_doc(hypothesis_doc, role="hypothesis", article_id=f"{pair_id}#h")
    prem = sides_of_doc(premise_doc, role="premise", article_id=f"{pair_id}#p",
                        antecedent=_subject_text(hypothesis_doc), embedded=True)
    best = None
    for p in prem:
        for h in hyp:
            found = compare(p, h)
            if found is not None and (best is None or found.confidence > best.confidence):
                best = found
    return best, prem, hyp


# Penn Treebank escapes that some corpora keep in their text.
_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}", "``": '"', "''": '"'}
_PTB_RE = re.compile("|".join(re.escape(k) for k in _PTB))


def clean(text: str) -> str:
    """The text with Penn Treebank bracket and quote escapes turned back into the characters they stand for."""
    text = _PTB_RE.sub(lambda m: _PTB[m.group(0)], text)
    return re.sub(r"([(\[]) ", r"\1", re.sub(r" ([)\]])", r"\1", text))


def _read(lines_or_path) -> Iterator[tuple[int, str]]:
    if isinstance(lines_or_path, (str, Path)):
        with open(lines_or_path, encoding="utf-8") as fh:
            yield from enumerate(fh, 1)
    else:
        yield from enumerate(lines_or_path, 1)


def _pairs(lines_or_path, problems: list[InputProblem], source: str) -> Iterator[tuple[str, str, str]]:
    for n, line in _read(lines_or_path):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ValueError("not a JSON object")
            pid, premise, hypothesis = row.get("id", str(n)), row["premise"], row["hypothesis"]
            if not isinstance(premise, str) or not isinstance(hypothesis, str):
                raise ValueError("premise and hypothesis must be strings")
        except (ValueError, KeyError) as exc:
            what = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc).splitlines()[0]
            problems.append(InputProblem(f"{source}:{n}", what))
            continue
        yield str(pid), premise, hypothesis


def compare_pairs(lines_or_path: Iterable[str] | str | Path, out: IO[str] | str | Path | None = None, *,
                  model: str | None = None, batch_size: int = 64) -> tuple[list[PairResult], list[InputProblem]]:
    """Decide each premise/hypothesis pair and write one JSON line per pair to ``out``.

    Args:
        lines_or_path: JSONL lines or a path to a JSONL file of ``{"id", "premise", "hypothesis"}``.
        out: A writable text stream or a path; ``None`` writes nothing.
        model: The spaCy model (default: :func:`kg.nlp.load_model`'s).
        batch_size: ``nlp.pipe`` batch size.

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
            yield clean(premise), i
            yield clean(hypothesis), i

    results = []
    pending: dict[int, object] = {}
    # Streams: each pair is decided as soon as both its parses arrive (nlp.pipe keeps order).
    for doc, i in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size):
        if i not in pending:
            pending[i] = doc
            continue
        found, _, _ = decide(pending.pop(i), doc, ids[i])
        if found is None:
            result = PairResult(ids.pop(i), False, 0.0, None, "")
        else:
            result = PairResult(ids.pop(i), True, found.confidence, found.kind, found.explanation)
        results.append(result)
    if out is not None:
        _write(results, out)
    return results, problems


def _write(results: list[PairResult], out) -> None:
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8") as fh:
            _write(results, fh)
        return
    for r in results:
        out.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
