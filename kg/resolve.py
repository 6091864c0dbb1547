"""Tie every statement of an article to one actor.

Within an article: titles are already stripped from names by :mod:`kg.extract`; a short name ("Konashenkov")
joins the full name ("Igor Konashenkov") whether it comes before or after; a pronoun ("He said", "he said") is
the most recent speaker it can refer to; a description ("A spokesman for Russia's defence ministry") joins the
person the text later names with the same role and organisation ("Defence ministry spokesperson Igor
Konashenkov"); a quote paragraph with no cue continues the previous speaker. Statements in the article's own voice
are claimed by its authors, else its publisher. Across articles, the actor key is the normalised full name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.cues import pronouns
from kg.rdf import slug
from kg.types import Actor, Attribution, Claim, Extraction, Mention, ResolvedArticle, Role

_KIND = {"PERSON": "Person", "DESC": "Person", "ORG": "Organization", "GPE": "Place", "NORP": "Group"}
_ROLE_SYNONYMS = {"spokesman": "spokesperson", "spokeswoman": "spokesperson", "advisor": "adviser",
                  "general-secretary": "secretary-general", "secretary general": "secretary-general"}
_STOP = {"the", "a", "an", "of", "for", "s", "'s", "and", "in", "at"}
ARTICLE_VOICE_FALLBACK = "The article"


@dataclass
class _Draft:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    male: bool | None = None

    def tokens(self) -> list[str]:
        return self.name.split()


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (text or "").lower()) if w not in _STOP}


# Markup and quote debris that scraped text leaves around a name ('">Sanders', '"Smith'); a final "." stays (Jr.).
_NAME_DEBRIS = " \t\"'`\u201c\u201d\u2018\u2019<>()[]{}|*#\u00ab\u00bb-\u2013\u2014:;,/\\="


def _tidy_name(name: str) -> str:
    """A name without the markup or quote debris around it.

    >>> _tidy_name('">Sanders')
    'Sanders'
    """
    return name.lstrip(_NAME_DEBRIS + ".").rstrip(_NAME_DEBRIS)


def _role_key(title: str) -> str:
    t = title.lower()
    return _ROLE_SYNONYMS.get(t, t)


def resolve(extraction: Extraction) -> ResolvedArticle:
    """Merge the mentions of one article into actors and tie each attribution to one of them."""
    article = extraction.article
    drafts: list[_Draft] = []
    persons_named = [m for m in extraction.mentions if m.kind == "PERSON"] + [
        a.source for a in extraction.attributions if a.source is not None and a.source.kind == "PERSON"]

    def find_named(m: Mention) -> _Draft | None:
        name = m.name.lower()
        for d in drafts:
            dn = d.name.lower()
            if dn == name:
                return d
            if m.kind in {"PERSON", ""} and d.kind == "Person" and " " not in name and dn.split()[-1] == name:
                return d
            if m.kind == "PERSON" and d.kind == "Person" and " " not in dn and name.split()[-1] == dn:
                d.name = m.name  # a full name after the short one: the full name wins
                return d
        return None

    def full_name_for(m: Mention) -> str:
        """A later full name for a short one ("Zelenskyy" -> "Volodymyr Zelenskyy")."""
        if " " in m.name:
            return m.name
        for other in persons_named:
            if " " in other.name and other.name.split()[-1].lower() == m.name.lower():
                return other.name
        return m.name

    def named_for_description(m: Mention) -> Mention | None:
        role = {_role_key(t) for t in m.titles}
        aff = _words(m.affiliation)
        for other in persons_named:
            if other is m or not other.titles:
                continue
            if role & {_role_key(t) for t in other.titles} and (not aff or aff & (_words(other.affiliation) | _words(other.span.text))):
                return other
        return None

    def add(m: Mention, name: str, kind: str) -> _Draft:
        name = _tidy_name(name) or name
        d = find_named(Mention(m.span, m.kind, name, m.titles, m.affiliation))
        if d is None:
            d = _Draft(name=name, kind=kind)
            drafts.append(d)
        if m.span.text not in d.aliases:
            d.aliases.append(m.span.text)
        for t in m.titles:
            role = Role(t, m.affiliation)
            if role not in d.roles:
                d.roles.append(role)
        return d

    def actor_for_mention(m: Mention, previous: list[_Draft]) -> _Draft | None:
        if m.kind == "PRON":
            allowed = pronouns().get(m.name, frozenset())
            want = {"Person"} if allowed & {"person", "person-male", "person-female"} and not allowed & {"org", "group"} else None
            for d in reversed(previous):
                if want is None or d.kind in want:
                    if "person" in allowed and d.kind == "Person" or allowed & {"org", "place", "group"} and d.kind != "Person":
                        if m.span.text not in d.aliases:
                            d.aliases.append(m.span.text)
                        return d
            # No earlier speaker fits: the nearest named mention before the pronoun that can be what it refers to.
            fits = {"PERSON"} if want == {"Person"} else {"PERSON", "ORG", "GPE", "NORP"}
            before = [x for x in extraction.mentions if x.kind in fits and x.span.end <= m.span.start]
            if before:
                named = max(before, key=lambda x: x.span.end)
                d = add(named, full_name_for(named), _KIND.get(named.kind, "Person"))
                d.aliases.append(m.span.text)
                return d
            return None
        if m.kind == "DESC":
            named = named_for_description(m)
            if named is not None:
                d = add(named, full_name_for(named), "Person")
                if m.span.text not in d.aliases:
                    d.aliases.append(m.span.text)
                d.roles.extend(Role(t, m.affiliation) for t in m.titles)  # merged per title later
                return d
            return add(m, m.name[:1].upper() + m.name[1:], "Person")
        return add(m, full_name_for(m), _KIND.get(m.kind, "Person"))

    claims_draft: list[tuple[_Draft, Attribution]] = []
    speakers: list[_Draft] = []
    authors = [_Draft(name=a, kind="Person", roles=[Role("author")]) for a in article.authors]
    if not authors:
        voice = article.publisher or ARTICLE_VOICE_FALLBACK
        authors = [_Draft(name=voice, kind="Organization" if article.publisher else "Group")]
    for att in extraction.attributions:
        if att.method == "article-voice":
            claims_draft.extend((a, att) for a in authors)
            continue
        if att.source is not None:
            d = actor_for_mention(att.source, speakers)
        else:
            d = speakers[-1] if speakers else None
        if d is None:
            continue
        speakers.append(d)
        claims_draft.append((d, att))

    targets = []
    for att in extraction.attributions:
        if att.target is not None:
            t = att.target
            kind = "Place" if t.kind in {"GPE", "PERSON"} and " " not in t.name and t.name[:1].isupper() and t.kind != "PERSON" else _KIND.get(t.kind, "Group")
            targets.append(Actor(slug(t.name), t.name, kind if t.kind != "PERSON" else "Place", (t.span.text,)))

    by_key: dict[str, Actor] = {}
    for d in drafts:
        d.roles = _merge_roles(d.roles)
    used = {id(d) for d, _ in claims_draft}
    for d in [*drafts, *authors]:
        if id(d) not in used:
            continue
        key = slug(d.name)
        by_key[key] = Actor(key, d.name, d.kind, tuple(dict.fromkeys(d.aliases)), tuple(dict.fromkeys(d.roles)))
    for t in targets:
        by_key.setdefault(t.key, t)
    claims = tuple(Claim(slug(d.name), att) for d, att in claims_draft)
    return ResolvedArticle(article=article, actors=tuple(by_key.values()), claims=claims,
                           sentences=extraction.sentences)


def _merge_roles(roles: list[Role]) -> list[Role]:
    """One role per title (spokesman = spokesperson), keeping the most specific organisation."""
    best: dict[str, Role] = {}
    for r in roles:
        key = _role_key(r.title)
        old = best.get(key)
        if old is None or len(r.organisation or "") > len(old.organisation or ""):
            best[key] = r
    return list(best.values())
