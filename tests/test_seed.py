"""The seed article is the first acceptance test: the gold file's claims, speakers and contradictions."""
from kg.rdf import statement_ref
from tests.seed_build import dice, gold, seed_analysis


def _claims():
    resolved, _ = seed_analysis()
    names = {a.key: a.name for a in resolved.actors}
    return resolved, [(names[c.actor_key], c.attribution) for c in resolved.claims]


def _speaker_ok(actor_name: str, gold_claim: dict) -> bool:
    wants = [gold_claim["speaker"], *gold_claim.get("speaker_also", [])]
    return any(w.split()[-1].lower() in actor_name.lower() for w in wants)


def _matches(gold_claim):
    _, claims = _claims()
    return [att for name, att in claims
            if dice(att.content.text, gold_claim["content"]["text"]) >= 0.5 and _speaker_ok(name, gold_claim)]


def test_every_required_claim_is_found_with_its_speaker():
    missed = [c["id"] for c in gold()["claims"] if c["required"] and not _matches(c)]
    assert missed == []


def test_all_19_claims():
    missed = [c["id"] for c in gold()["claims"] if not _matches(c)]
    assert missed == []


def test_no_claim_not_in_gold():
    _, claims = _claims()
    texts = [c["content"]["text"] for c in gold()["claims"]] + [r["content"]["text"] for r in gold()["reported_by_article"]]
    extras = [att.content.text for name, att in claims if att.method != "article-voice"
              and not any(dice(att.content.text, t) >= 0.5 for t in texts)]
    assert extras == []


def test_no_statement_is_page_furniture():
    _, claims = _claims()
    furniture = [n["text"] for n in gold()["not_claims"]]
    bad = [att.content.text for _, att in claims if any(dice(att.content.text, f) >= 0.5 for f in furniture)]
    assert bad == []


def test_denial_in_the_headline_is_a_deny_speech_act():
    c01 = next(c for c in gold()["claims"] if c["id"] == "c01")
    atts = _matches(c01)
    assert atts and atts[0].speech_act == "deny" and atts[0].method == "headline"


def test_pronoun_sources_keep_the_pronoun_as_written():
    c08 = next(c for c in gold()["claims"] if c["id"] == "c08")
    att = _matches(c08)[0]
    assert att.source is not None and att.source.span.text == "He"


def _ids_for(gid):
    item = next((c for c in gold()["claims"] + gold()["reported_by_article"] if c["id"] == gid))
    resolved, claims = _claims()
    return {statement_ref(att) for _, att in claims if dice(att.content.text, item["content"]["text"]) >= 0.5}


def test_the_required_contradiction_is_found():
    _, contradictions = seed_analysis()
    pairs = {frozenset((c.a, c.b)) for c in contradictions}
    for pair in (p for p in gold()["contradictions"] if p["required"]):
        assert any(frozenset((a, b)) in pairs for a in _ids_for(pair["a"]) for b in _ids_for(pair["b"])), pair


def test_at_least_three_of_the_other_gold_contradictions():
    _, contradictions = seed_analysis()
    pairs = {frozenset((c.a, c.b)) for c in contradictions}
    found = sum(any(frozenset((a, b)) in pairs for a in _ids_for(p["a"]) for b in _ids_for(p["b"]))
                for p in gold()["contradictions"] if not p["required"])
    assert found >= 3


def test_every_contradiction_explains_itself_with_evidence_inside_both_statements():
    resolved, contradictions = seed_analysis()
    assert contradictions
    text = resolved.article.text
    for c in contradictions:
        assert c.explanation and 0 < c.confidence <= 1
        for ref, ev in ((c.a, c.evidence_a), (c.b, c.evidence_b)):
            assert ref.start <= ev.start < ev.end <= ref.end
            assert text[ev.start:ev.end] == ev.text
