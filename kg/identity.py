"""One actor across an archive: the joins that no single article can see.

Each article is resolved alone (:mod:`kg.resolve`), so an article that only ever writes "Obama" gives an actor
``obama`` beside the ``barack-obama`` of the articles that give the full name. After each build (and after
``kg load`` and ``kg link``) this stage looks at the register of the people every article names, kept in the
statement index, and joins:

* **a surname alone** to the person of the archive it names: the only person named in full with that surname, or,
  when several are, the one quoted at least :data:`DOMINANCE` times more than any other (in 2016 coverage a bare
  "Trump" is Donald Trump, not Eric Trump: an article about Eric names him in full, and its short forms join him
  inside the article), or the one quoted most when it is also the only one the articles give a title the surname
  is given ("President Obama" and President Barack Obama, not Michelle Obama); nothing when no one is named in
  full, or when no bearer stands out. A surname with an honorific never joins a bearer the articles give the other
  sex's honorifics ("Mr. Clinton" is not Hillary Clinton, whom they call "Mrs. Clinton");
* **a name with words before it** ("Runner Donald Trump" of "front-runner", "Democrats Hillary Clinton") to the
  person whose full name it ends with, when that person is quoted at least :data:`DOMINANCE` times more (so that
  "Mary Ann Smith" and "Ann Smith", quoted alike, stay two people);
* **a name with a middle name** ("Hillary Rodham Clinton") to the person named by its first and last words, when
  quoted at least :data:`DOMINANCE` times more;
* **a given name in a short or full form** ("Ed Rendell", "Edward Rendell"; ``kg/data/given_name_forms.tsv``, only
  forms that stand for one name), or one made of the full name's initials ("Jeb Bush", "John Ellis Bush"), with the
  same surname, when the honorifics allow one person;
* **actors linked to the same Wikidata item** by ``kg link`` ("Hillary Clinton" and "Hillary Rodham Clinton").

One label per actor: an actor written two ways by two articles ("DNC" / "Dnc", "PolitiFact" / "Politifact") keeps
one ``rdfs:label`` in every graph, the form most articles write (then the one with more capitals, then no debris);
the other forms stay as ``skos:altLabel`` (:func:`unify_labels`).

The joins are written in the named graph :data:`IDENTITY_GRAPH`: ``member cg:sameActorAs head`` (the head is a
member named in full, the one with most statements), which every named query follows, and a ``cg:ActorJoin`` node saying how
the join was made. The graph is recomputed from the whole register each time, so the joins do not depend on the
order in which articles were built.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from urllib.parse import quote, unquote

import pyoxigraph as ox

from kg.cues import given_name_forms, titles
from kg.query import load_part
from kg.resolve import HONORIFICS, PARTY_WORDS, honorific_sex, role_words
from kg.types import ActorJoin, NamedPerson, ResolvedArticle
from kg.vocab import CG, DATA, GRAPH

IDENTITY_GRAPH = GRAPH["actor-identity"]
DOMINANCE = 10
"""A surname shared by several people of the archive joins the one quoted this many times more than any other."""
MIN_STATEMENTS = 5
"""...and only when that person claims at least this many statements."""
SEX_MAJORITY = 3
"""A person is a man or a woman for the joins when the honorifics of one sex come from this many times more
articles than the other's."""

_ACTOR = ACTOR_PREFIX = f"{DATA}actor/"
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
LABEL_IRI = str(_LABEL.value)
_ALT_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")


def people_of(resolved: ResolvedArticle) -> tuple[NamedPerson, ...]:
    """The people an article names who claim something (a description, an actor of its article only, is none),
    with the titles the article gives them."""
    claims: dict[str, int] = defaultdict(int)
    for claim in resolved.claims:
        claims[claim.actor_key] += 1
    return tuple(NamedPerson(a.key, a.name, claims[a.key], role_words(r.title for r in a.roles))
                 for a in resolved.actors if a.kind == "Person" and claims.get(a.key) and "--" not in a.key)


def _surname_of(label: str) -> str | None:
    """The surname a one-word label is, if it can be one ("Obama"; not "Bob's", not "US"), also after a title or a
    party ("Sen. Sanders", "Republican Trump"; not "Team Clinton").

    >>> _surname_of("Obama"), _surname_of("Sen. Sanders"), _surname_of("Democrat Clinton"), _surname_of("Team Clinton")
    ('obama', 'sanders', 'clinton', None)
    """
    first, _, rest = label.partition(" ")
    if rest and " " not in rest and (first.lower() in titles() or first.lower() in PARTY_WORDS):
        label = rest
    if " " in label or len(label) < 3 or not label[:1].isupper() or label.isupper():
        return None
    return label.lower() if label.replace("-", "").replace("'", "").isalpha() else None


def joins(people: Iterable[NamedPerson], same_item: dict[str, str] | None = None) -> list[ActorJoin]:
    """The joins of an archive's people (one row per actor, statements summed over articles) and its Wikidata links.

    Args:
        people: The register (:meth:`kg.statement_index.StatementIndex.people`).
        same_item: Actor key -> Wikidata item, for the actors ``kg link`` linked.

    >>> ps = [NamedPerson("barack-obama", "Barack Obama", 116), NamedPerson("michelle-obama", "Michelle Obama", 7),
    ...       NamedPerson("obama", "Obama", 174), NamedPerson("fox", "Fox", 3)]
    >>> [(j.member, j.head) for j in joins(ps)]
    [('obama', 'barack-obama')]
    """
    forest = _Groups({p.key: p for p in people})
    forest.join_same_items(same_item or {})
    forest.join_surnames()
    forest.join_shorter_forms()
    forest.join_given_name_forms()
    return forest.joins()


class _Groups:
    """The archive's people in groups of one actor (union-find), each group's statements and titles summed at its
    root, and the reason each member was joined."""

    def __init__(self, people: dict[str, NamedPerson]):
        self.people = people
        self.parent: dict[str, str] = {}
        self.reasons: dict[str, str] = {}
        self.sums = {key: p.statements for key, p in people.items()}
        self.roles = {key: p.roles for key, p in people.items()}

    def find(self, key: str) -> str:
        while self.parent.get(key, key) != key:
            key = self.parent[key]
        return key

    def union(self, a: str, b: str, reason: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb
            self.sums[rb] = self.sums.get(rb, 0) + self.sums.get(ra, 0)
            self.roles[rb] = self.roles.get(rb, ()) + self.roles.get(ra, ())
        self.reasons.setdefault(a, reason)

    def total(self, key: str) -> int:
        return self.sums.get(self.find(key), 0)

    def label(self, key: str) -> str:
        return self.people[key].label if key in self.people else key

    def join_same_items(self, same_item: dict[str, str]) -> None:
        """Actors ``kg link`` gave one Wikidata item are one."""
        by_item: dict[str, list[str]] = defaultdict(list)
        for key, item in sorted(same_item.items()):
            by_item[item].append(key)
        for item, keys in by_item.items():
            reason = f"the same Wikidata item {item.rsplit('/', 1)[-1]}"
            for key in keys[1:]:
                self.union(key, keys[0], reason)
                self.reasons.setdefault(keys[0], reason)

    def join_surnames(self) -> None:
        """A surname joins the one bearer of the archive named with it in full that fits (sex, dominance, role)."""
        full_names: dict[str, list[str]] = defaultdict(list)
        for key, p in self.people.items():
            words = p.label.split()
            if len(words) > 1:
                full_names[words[-1].lower()].append(key)
        for key, p in sorted(self.people.items()):
            surname = _surname_of(p.label)
            if surname is None or not full_names.get(surname):
                continue
            bearers = sorted({root for k in full_names[surname] if (root := self.find(k)) != self.find(key)
                              and _same_sex_possible(p.roles, self.roles.get(root, ()))},
                             key=lambda k: (-self.total(k), k))
            if bearers:
                self._join_surname(key, p, bearers)

    def _join_surname(self, key: str, p: NamedPerson, bearers: list[str]) -> None:
        top, total = bearers[0], self.total(bearers[0])
        if len(bearers) == 1:
            self.union(key, top, f"the only person of the archive named {p.label} in full: {self.label(top)}")
        elif total >= MIN_STATEMENTS and total >= DOMINANCE * self.total(bearers[1]):
            self.union(key, top, f"the person named {p.label} quoted most by far: {self.label(top)} ({total} "
                                 f"statements; next {self.label(bearers[1])}, {self.total(bearers[1])})")
        elif total >= MIN_STATEMENTS and (shared := _only_role_match(p, top, bearers, self.people)):
            self.union(key, top, f"the person named {p.label} quoted most and the only one also called {shared}: "
                                 f"{self.label(top)} ({total} statements)")

    def join_shorter_forms(self) -> None:
        """A form of a name joins a shorter or longer form quoted far more ("Air Hillary Clinton")."""
        by_label = {p.label.lower(): key for key, p in self.people.items() if " " in p.label}
        for key, p in sorted(self.people.items()):
            for other, what in _shorter_forms(p.label, by_label):
                if self.find(other) == self.find(key):
                    continue
                if self.total(other) >= MIN_STATEMENTS and self.total(other) >= DOMINANCE * p.statements:
                    self.union(key, other, f"{what} {self.people[other].label}, quoted far more "
                                           f"({self.total(other)} statements, this form {p.statements})")
                break

    def join_given_name_forms(self) -> None:
        """A full name with a short form of the given name joins the same name written in full, or with another
        form of it ("Ed Rendell", "Edward Rendell"), when the articles' honorifics allow one person: the most quoted
        form is the head."""
        forms: dict[str, list[str]] = defaultdict(list)
        for key, p in sorted(self.people.items()):
            words = p.label.split()
            if len(words) >= 2:
                given = given_name_forms().get(words[0].lower(), words[0].lower())
                forms[" ".join([given, *words[1:]]).lower()].append(key)
            if len(words) == 3 and all(w.isalpha() and w[:1].isupper() for w in words):
                # "John Ellis Bush" is "Jeb Bush": a given name made of the full name's initials
                forms[f"{''.join(w[0] for w in words)} {words[2]}".lower()].append(key)
        for name, keys in forms.items():
            if len(keys) < 2:
                continue
            head = max(keys, key=lambda k: (self.total(k), k))
            for key in keys:
                if key != head and self.find(key) != self.find(head) \
                        and _same_sex_possible(self.roles.get(self.find(key), ()), self.roles.get(self.find(head), ())):
                    self.union(key, head, f"the name of {self.label(head)} with its given name in another form")

    def joins(self) -> list[ActorJoin]:
        """One join per member of each group, to the group's head: a full name rather than a surname, then the
        member quoted most."""
        groups: dict[str, list[str]] = defaultdict(list)
        for key in {*self.parent, *self.parent.values()}:
            groups[self.find(key)].append(key)
        found = []
        for members in groups.values():
            head = min(members, key=self._rank)
            found += [ActorJoin(k, head, self.reasons.get(k, self.reasons.get(head, "joined")))
                      for k in sorted(members) if k != head]
        return sorted(found, key=lambda j: j.member)

    def _rank(self, k: str) -> tuple:
        people = self.people
        short = k in people and (" " not in people[k].label or _surname_of(people[k].label) is not None)
        return short, -people[k].statements if k in people else 0, k


def _sex(roles: Iterable[str]) -> bool | None:
    """Man (``True``) or woman (``False``) when the articles' honorifics say so ("mr", "mrs"): those of one sex given
    by at least :data:`SEX_MAJORITY` times as many articles as the other's (an article may have given a husband's
    "Mr. Clinton" to his wife's full name), else ``None``."""
    sexes = [honorific_sex(r) for r in roles]
    male, female = sexes.count(True), sexes.count(False)
    if male and male >= SEX_MAJORITY * female:
        return True
    return False if female and female >= SEX_MAJORITY * male else None


def _same_sex_possible(short: Iterable[str], bearer: Iterable[str]) -> bool:
    """Whether the honorifics given to a surname and to a bearer allow one person: "Mr. Clinton" is not Hillary
    Clinton when the articles call her "Mrs. Clinton"."""
    a, b = _sex(short), _sex(bearer)
    return a is None or b is None or a == b


def _only_role_match(short: NamedPerson, top: str, bearers: list[str], people: dict[str, NamedPerson]) -> str:
    """A title (not an honorific: every man is a "Mr") the surname ``short`` shares with the bearer ``top`` and with
    no other bearer of that surname; ``""`` when there is none."""
    def titles(key: str) -> set[str]:
        return set(people[key].roles) - HONORIFICS if key in people else set()
    others = set().union(*(titles(other) for other in bearers[1:]))
    shared = (set(short.roles) & titles(top)) - others
    return min(shared) if shared else ""


def _shorter_forms(label: str, by_label: dict[str, str]) -> Iterator[tuple[str, str]]:
    """The people of the archive a longer name may be another form of, longest first, with how: the name it ends
    with ("Runner Donald Trump" -> Donald Trump), then its first and last words ("Hillary Rodham Clinton")."""
    words = label.split()
    for n in range(len(words) - 1, 1, -1):
        other = by_label.get(" ".join(words[-n:]).lower())
        if other is not None:
            yield other, "a longer form of the name of"
    if len(words) == 3 and (other := by_label.get(f"{words[0]} {words[-1]}".lower())) is not None:
        yield other, "the name with a middle name of"


def actor_iri(key: str) -> str:
    """The IRI of the actor with this key (as :mod:`kg.rdf` mints it)."""
    return _ACTOR + quote(key, safe="-_.~")


def identity_quads(found: Iterable[ActorJoin]) -> Iterator[ox.Quad]:
    """The identity graph: ``cg:sameActorAs`` and a ``cg:ActorJoin`` node per join."""
    graph = ox.NamedNode(str(IDENTITY_GRAPH))
    for j in found:
        member, head = ox.NamedNode(actor_iri(j.member)), ox.NamedNode(actor_iri(j.head))
        node = ox.NamedNode(f"{DATA}join/{quote(j.member, safe='-_.~')}")
        yield ox.Quad(member, ox.NamedNode(str(CG.sameActorAs)), head, graph)
        yield ox.Quad(node, _RDF_TYPE, ox.NamedNode(str(CG.ActorJoin)), graph)
        yield ox.Quad(node, ox.NamedNode(str(CG.joinedActor)), member, graph)
        yield ox.Quad(node, ox.NamedNode(str(CG.joinedTo)), head, graph)
        yield ox.Quad(node, ox.NamedNode(str(CG.joinReason)), ox.Literal(j.reason), graph)


def people_in_store(store) -> dict[str, list[NamedPerson]]:
    """The register read back from the store's article graphs (for an index older than the register, or shards)."""
    found: dict[str, list[NamedPerson]] = defaultdict(list)
    for row in store.query(load_part("people-by-article")):
        iri = str(row["actor"])
        roles = role_words(str(row["roles"] or "").split("|"))
        found[str(row["articleId"])].append(
            NamedPerson(unquote(iri[len(_ACTOR):]), str(row["label"]), int(row["statements"]), roles))
    return found


def _linked_items(store) -> dict[str, str]:
    return {unquote(str(row["actor"])[len(_ACTOR):]): str(row["item"])
            for row in store.query(load_part("linked-items")) if str(row["actor"]).startswith(_ACTOR)}


def update_identity(store, index) -> list[ActorJoin]:
    """Recompute the archive's joins and rewrite the identity graph when they changed; returns them.

    Args:
        store: The open store.
        index: Its :class:`kg.statement_index.StatementIndex` (which keeps the register of people).
    """
    if index.people_missing:
        index.fill_people(people_in_store(store))
    found = joins(index.people(), _linked_items(store))
    quads = list(identity_quads(found))
    graph = ox.NamedNode(str(IDENTITY_GRAPH))
    stored = set(store.ox.quads_for_pattern(None, None, None, graph))
    if stored != set(quads):
        store.replace_graph(IDENTITY_GRAPH, quads)
    return found


def preferred_label(written: dict[str, int]) -> str:
    """The label to keep of the forms an actor is written in (form -> how many graphs write it): a form without
    quote or markup debris, then the one most graphs write, then the one with more capitals ("DNC" over "Dnc").

    >>> preferred_label({"Dnc": 1, "DNC": 1}), preferred_label({'" Super PAC': 3, "Super PAC": 1})
    ('DNC', 'Super PAC')
    """
    def rank(label: str) -> tuple:
        clean = label[:1].isalnum() and (label[-1:].isalnum() or label[-1:] in ".)")
        return clean, written[label], sum(c.isupper() for c in label), label
    return max(written, key=rank)


_LABEL_BATCH = 1000


def unify_labels(store, actors: Iterable[str] | None = None) -> int:
    """Give every actor one ``rdfs:label`` across the article graphs; returns how many labels were rewritten.

    Args:
        store: The open store.
        actors: The IRIs of the actors to look at (those of the articles just built); ``None``: every actor.
    """
    import rdflib

    from kg.query import fill_values

    part = load_part("actor-label-variants")
    if actors is None:
        queries = [re.sub(r"VALUES \?actor \{ \}", "", part)]
    else:
        actors = sorted(set(actors))
        queries = [fill_values(part, "actor", [rdflib.URIRef(a) for a in actors[i:i + _LABEL_BATCH]])
                   for i in range(0, len(actors), _LABEL_BATCH)]
    found: dict[ox.NamedNode, dict[str, list[ox.NamedNode]]] = defaultdict(lambda: defaultdict(list))
    for query in queries:
        for row in store.query(query):
            found[ox.NamedNode(str(row["actor"]))][str(row["label"])].append(ox.NamedNode(str(row["graph"])))
    new, old = [], []
    for actor, labels in found.items():
        keep = preferred_label({label: len(graphs) for label, graphs in labels.items()})
        for label, graphs in labels.items():
            if label == keep:
                continue
            for graph in graphs:
                new += [ox.Quad(actor, _LABEL, ox.Literal(keep), graph), ox.Quad(actor, _ALT_LABEL, ox.Literal(label), graph)]
                old.append(ox.Quad(actor, _LABEL, ox.Literal(label), graph))
    if new:
        store.add_quads(new)  # first the kept label, so that an interruption leaves two labels, never none
        store.remove_quads(old)
    return len(old)


_KIND_ORDER = ("Person", "Organization", "Group", "Place")
"""A tie between the kinds articles give an actor goes to the first: a person accused or warned stays a person."""
_CARD_BATCH = 500


def _kind_rank(kind: str, graphs: int) -> tuple:
    local = kind.rsplit("#", 1)[-1]
    return graphs, -(_KIND_ORDER.index(local) if local in _KIND_ORDER else len(_KIND_ORDER))


def card_quads(actor: str, evidence: dict[str, dict[str, int]]) -> list[ox.Quad]:
    """One actor's card from what the articles say of it (``name`` / ``alias`` / ``kind`` -> value -> graphs):
    the name most articles write (:func:`preferred_label`) as its label, the other names and aliases as
    ``skos:altLabel``, the kind most articles give (a tie: person first)."""
    from kg.rdf import actors_graph, card_triples, CG as TERMS

    names = evidence.get("name") or {unquote(actor[len(_ACTOR):]).replace("-", " "): 1}
    label = preferred_label(names)
    kinds = evidence.get("kind", {})
    kind = ox.NamedNode(max(kinds, key=lambda k: _kind_rank(k, kinds[k]))) if kinds else TERMS.Actor
    alts = sorted({*names, *evidence.get("alias", {})} - {label})
    graph = ox.NamedNode(str(actors_graph()))
    return [ox.Quad(s, p, o, graph) for s, p, o in card_triples(unquote(actor[len(_ACTOR):]), label, kind, alts)]


def make_cards(store, actors: Iterable[str] | None = None) -> int:
    """Make each actor's one card in the actors graph from what the article graphs say of it; returns how many
    actors were looked at. An actor no article names any more loses its card (when every actor is looked at).

    Args:
        store: The open store.
        actors: The IRIs of the actors to look at (those of the articles just built); ``None``: every actor.
    """
    import rdflib

    from kg.query import fill_values
    from kg.rdf import actors_graph

    part = load_part("actor-evidence")
    if actors is None:
        stale = {str(q.subject.value) for q in store.ox.quads_for_pattern(
            None, _RDF_TYPE, ox.NamedNode(str(CG.Actor)), ox.NamedNode(str(actors_graph())))}
        batches = [None]
    else:
        stale = set()
        ordered = sorted(set(actors))
        batches = [ordered[i:i + _CARD_BATCH] for i in range(0, len(ordered), _CARD_BATCH)]
    looked = 0
    for batch in batches:
        query = (re.sub(r"VALUES \?actor \{ \}", "", part) if batch is None
                 else fill_values(part, "actor", [rdflib.URIRef(a) for a in batch]))
        evidence: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
        for row in store.query(query):
            evidence[str(row["actor"])][str(row["what"])][str(row["value"])] = int(row["graphs"])
        subjects = sorted(set(batch or ()) | set(evidence))
        for i in range(0, len(subjects), _CARD_BATCH):
            part_subjects = subjects[i:i + _CARD_BATCH]
            quads = [q for a in part_subjects if a in evidence for q in card_quads(a, evidence[a])]
            store.replace_subjects(actors_graph(), part_subjects, quads)
        stale -= set(subjects)
        looked += len(subjects)
    if stale:
        store.replace_subjects(actors_graph(), sorted(stale), [])
    return looked


def cards_to_mend(store) -> list[str]:
    """Actors whose card has more than one label or kind (a build stopped before it made their cards one)."""
    import rdflib

    from kg.query import fill_values
    from kg.rdf import actors_graph

    query = fill_values(load_part("cards-to-mend"), "cards", [rdflib.URIRef(str(actors_graph()))])
    return [str(row["actor"]) for row in store.query(query)]
