"""A headline in title case is parsed with the words that are not names lowered (kg.headline_case)."""
from kg.headline_case import parse_text
from kg.ingest import clean_text
from kg.pipeline import analyse_texts

_BODY = ("Banks have paid fines before. Senator Elizabeth Warren spoke on Tuesday about the banks. Warren said the "
         "banks had broken the law, and that Muslims in her state had been turned away.")


def _article(headline: str):
    return clean_text(f"{headline}\n\n{_BODY}", article_id="a")


def test_a_title_case_headline_keeps_the_names_its_body_capitalises_and_lowers_the_rest():
    article = _article("Warren Says Banks Broke The Law On Muslim Clients")
    # "Banks" opens a sentence of the body, which says nothing of its case; "Muslims" names "Muslim"
    assert parse_text(article, 0) == "Warren says banks broke the law on Muslim clients"
    assert parse_text(article, 1) == article.paragraphs[1].text


def test_the_first_word_words_in_capitals_and_i_stay_as_written():
    article = _article("Banks Tell FBI I Was Right, Warren Says")
    assert parse_text(article, 0) == "Banks tell FBI I was right, Warren says"


def test_a_headline_in_sentence_case_or_of_few_words_is_parsed_as_written():
    for headline in ("Warren says banks broke the law", "Warren Speaks", "Breaking News"):
        assert parse_text(_article(headline), 0) == headline


def test_the_speaker_of_a_title_case_headline_is_found_and_its_words_keep_their_case():
    ((resolved, _),) = list(analyse_texts([_article("Warren Tells Regulators Banks Broke The Law")]))
    ((actor, content),) = [(c.actor_key, c.attribution.content.text) for c in resolved.claims
                           if c.attribution.method == "headline"]
    assert (actor, content) == ("elizabeth-warren", "Banks Broke The Law")


def test_a_headline_with_no_body_lowers_only_the_verbs_english_uses_as_nothing_else():
    """With no body to tell names from words, "Denies" and "Says" are lowered, "Claims" and the names are not; the
    second report of "X Denies A, Says B" is X's too, and a word past the reported clause is no speaker ("... Married
    Off")."""
    article = clean_text("Boko Haram Denies Truce, Says Kidnapped Girls Have Been Married Off", article_id="a")
    assert parse_text(article, 0) == "Boko Haram denies Truce, says Kidnapped Girls Have Been Married Off"
    article = clean_text("ISIS Fighters In Mosul Have Contracted Ebola, Doctor Claims", article_id="b")
    assert parse_text(article, 0) == "ISIS Fighters In Mosul Have Contracted Ebola, Doctor Claims"
    ((resolved, _),) = list(analyse_texts([clean_text(
        "Boko Haram Denies Truce, Says Kidnapped Girls Have Been Married Off", article_id="c")]))
    assert sorted((c.actor_key, c.attribution.content.text) for c in resolved.claims) == [
        ("boko-haram", "Kidnapped Girls Have Been Married"), ("boko-haram", "Truce")]


def test_a_headline_label_that_is_a_topic_names_no_speaker():
    """"Anna Wintour: Is Rat Infestation At NYC Vogue Office Kim Kardashian's Fault?": a question after a name, with
    no "I", "we" or "you", is about her; "Rare Case:" ends in a common noun for no one; "Jihadi John: ... killer is
    identified as ...": the one identified; "Fake-News:" labels the line; "Trump: Why Would I Apologize?" is
    Trump's question."""
    headlines = ("Anna Wintour: Is Rat Infestation At NYC Vogue Office Kim Kardashian's Fault?",
                 "Rare Case: Seven Bosnian Girls Fall Pregnant After Five-Day School Trip",
                 "Trump: Why Would I Apologize?",
                 "Jihadi John: Islamic State killer is identified as Londoner Mohammed Emwazi",
                 "Fake-News: McDonald's Will Stop Serving Overweight Customers")
    results = list(analyse_texts([clean_text(h, article_id=f"h{k}") for k, h in enumerate(headlines)]))
    labelled = {r.article.id: [c.attribution.source.span.text for c in r.claims
                               if c.attribution.rule == "speaker-colon-line"] for r, _ in results}
    assert labelled == {"h0": [], "h1": [], "h2": ["Trump"], "h3": [], "h4": []}


def test_a_headline_that_keeps_short_function_words_in_lower_case_is_title_case():
    """"Experts Say Steel Apple Watch Will Start at 500": AP-style title case keeps "at" in lower case; the plain
    form of a verb English uses as nothing else is lowered as its third person is."""
    article = clean_text("Experts Say Steel Apple Watch Will Start at 500", article_id="a")
    assert parse_text(article, 0) == "Experts say Steel Apple Watch Will Start at 500"
    ((resolved, _),) = list(analyse_texts([article]))
    assert [(c.actor_key, c.attribution.content.text) for c in resolved.claims] == [
        ("experts--a", "Steel Apple Watch Will Start at 500")]
