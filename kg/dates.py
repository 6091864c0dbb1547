"""Publication dates as the inputs write them ("2016-03-15", "2016-03-15T09:30:00Z", "Tue, 15 Mar 2016 09:30:00
GMT", "March 15, 2016"), made one calendar day, so that statements can be put on a timeline and asked "since March".
"""
from __future__ import annotations

import datetime as _dt
import re
from email.utils import parsedate_to_datetime

_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%d/%m/%Y", "%B %d %Y", "%b. %d, %Y")


def calendar_day(text: str | None) -> _dt.date | None:
    """The day a date written in any of the usual ways names, else ``None``.

    >>> [str(calendar_day(t)) for t in ("2016-03-15", "2016-03-15T09:30:00Z", "Tue, 15 Mar 2016 09:30:00 GMT",
    ...                                 "March 15, 2016", "sometime")]
    ['2016-03-15', '2016-03-15', '2016-03-15', '2016-03-15', 'None']
    """
    if not text:
        return None
    text = " ".join(text.split())
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            return _dt.date(*map(int, match.groups()))
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _FORMATS:
        try:
            return _dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None
