"""Which language an article is written in, so that a pipeline for one language never reads another.

An English pipeline run on "Merkel sagte, dass ..." finds no speaker and stores the sentence as the article's own
voice: a wrong claim. Each article is identified with ``py3langid`` (Lui and Baldwin's langid.py, a naive Bayes
model of 97 languages shipped inside the package: nothing is downloaded) and built only when its language is the
pipeline's, unless the identification is unsure (short or mixed text is built, precision first for articles).
"""
from __future__ import annotations

from functools import lru_cache

SURE = 0.95
"""An article is taken to be in another language only when the identifier gives that language this probability."""
_SAMPLE_CHARS = 3000

_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
          "nl": "Dutch", "ru": "Russian", "uk": "Ukrainian", "pl": "Polish", "ko": "Korean", "ja": "Japanese",
          "zh": "Chinese", "ar": "Arabic", "tr": "Turkish", "sv": "Swedish", "da": "Danish", "no": "Norwegian",
          "fi": "Finnish", "el": "Greek", "he": "Hebrew", "hi": "Hindi", "fa": "Persian", "ro": "Romanian",
          "cs": "Czech", "hu": "Hungarian"}


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language_of(text: str) -> tuple[str, float]:
    """The language of a text (ISO 639-1 code) and the identifier's probability for it.

    >>> language_of("Merkel sagte am Montag, dass die Regierung die Steuern senken werde.")[0]
    'de'
    """
    code, probability = _identifier().classify(text[:_SAMPLE_CHARS])
    return code, float(probability)


def language_name(code: str) -> str:
    """A language's English name, else its code."""
    return _NAMES.get(code, code)


def other_language(text: str, expected: str) -> str | None:
    """The language a text is surely written in when it is not ``expected``, else ``None``.

    >>> other_language("The minister said on Monday that the bridge would open.", "en") is None
    True
    """
    code, probability = language_of(text)
    return code if code != expected and probability >= SURE else None


def model_language(model: str) -> str:
    """The language of a spaCy pipeline, from its package's meta without loading it (else its name's prefix)."""
    try:
        import spacy.util

        return str(spacy.util.get_model_meta(spacy.util.get_package_path(model))["lang"])
    except Exception:  # noqa: BLE001 - a path, a package without meta: fall back to the name
        prefix = model.replace("-", "_").split("_")[0]
        return prefix if len(prefix) == 2 else "en"
