"""Find who says what in a parsed article: attributions with source, cue, content, speech act and polarity.

The only stage that sees spaCy objects. It reads the parse of each paragraph and yields frozen records with
character offsets into ``Article.text``. Forms handled:

* reporting verbs, only in context: a cue counts with the complement its frame names (a clause, an infinitive,
  "accused Y of A", "warned Y to A", "called X 'Y'", "called for A", "warned against A", an object for verbs of
  judging, a bare object when evidence speaks: "polls show a close race") and a subject of its own; "X said that A
  and that B" gives two statements, "X said A and B" one, and a verb outside the lexicon counts when a speaker
  takes a "that"-clause ("the court ruled that ...");
* one level only: a report inside another report's content ("aides say Smith promised to ...") is part of that
  content, not a statement of its own (what Smith promised is known only through the aides);
* evidentials with nobody named ("the plan seems to have failed", "it appears that ...") and attitude adjectives
  said of a speaker ("Graham has been critical of the plan", "she made it clear that ...");
* speakers found through the verb a speech verb hangs on ("answered by saying ...", "criticized Oz for saying
  ...", "appeared to suggest ..."), "called on X to ...", "as X pointed out, ...", "as X put it, ...", a passive
  cue with its agent ("was first reported by the Post"), "asked (X) about ...", a quoted role making any verb a
  cue ("pounding Trump as a 'con artist'"), taking sides ("the paper backed Clinton");
* beliefs and intentions ("Clinton believes ...", "plans to ..."), which need a clause and a named subject, and
  are part of the content when they sit inside another report ("she said they think ..."); "X is expected to
  ..." with nobody named is an expectation whose clause is the content;
* cue nouns with their clause and owner ("Trump's claim that ...", "a Times report that ...", "her pledge to ...");
* "according to X", and a clause "in" a poll or study ("In exit polls, voters were unhappy"), its finding;
* direct quotes, found per paragraph: the speech tag after ("'...,' he said"), before ("He said: '...'"), between
  the parts of a split quote (one statement in fragments), a dash before the speaker ("'...' - Jane Doe"), a
  speaker label in transcripts ("PENCE: ..."), a paragraph ending "He said:" that introduces the next, quotes that
  run over several paragraphs, quote paragraphs with no tag, which continue the previous speaker, and an untagged
  quote right after a report in the same paragraph, which goes on with that report ("..., Jones said. '...'");
* a speech tag inside the sentence ("Acts of protest, Mr. Obama said, are acts of patriotism");
* sources as written: pronouns stay pronouns, descriptions keep their apposition ("Smith, a spokesman for X");
* the headline ("Moscow denies Russian forces are bombing Ukrainian cities");
* what the article asserts in its own voice (claimed by its authors or publisher).

Contents stop at the right place: not past ";" or a trailing time clause (", as officials met ..."), not before
a prepositional phrase of their own. Cue words and nouns are data (``kg/data/cues.tsv``, ``kg/data/noun_cues.tsv``,
``kg/data/attr_evidentials.tsv``, ``kg/data/attr_attitudes.tsv``, ``kg/data/attr_evidence_nouns.txt``).

Where each family of evidence lives (each rule writes its name, one of :data:`ATTRIBUTION_RULES`, on what it
finds):

* :mod:`kg.extract.article`: :func:`extract_article`, the orchestration: per paragraph the quotes, then the rules
  of each sentence, then the article's voice and the headline;
* :mod:`kg.extract.quotes`: direct quotes, their speech tags, transcripts and continuations;
* :mod:`kg.extract.verbs`: reporting verbs and their subjects, parentheticals and passives;
* :mod:`kg.extract.frames`: where a cue's content is, by the frame its lexicon entry names;
* :mod:`kg.extract.noun_cues`: cue nouns ("Trump's claim that ...");
* :mod:`kg.extract.attitudes`: evidentials and attitude adjectives;
* :mod:`kg.extract.according_to`: "according to X";
* :mod:`kg.extract.article_voice`: what the article asserts in its own voice;
* :mod:`kg.extract.cue_words`: cue words and the speakers of cue verbs;
* :mod:`kg.extract.mentions`: who a source or target is (names, descriptions, titles, affiliations);
* :mod:`kg.extract.phrases`, :mod:`kg.extract.spans`, :mod:`kg.extract.records`: token phrases, character spans,
  and the records the rules return.
"""
from kg.extract.article import extract_article
from kg.extract.mentions import mention_of
from kg.extract.quotes import quote_spans
from kg.extract.records import ATTRIBUTION_RULES

__all__ = ["ATTRIBUTION_RULES", "extract_article", "mention_of", "quote_spans"]
