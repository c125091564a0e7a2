"""The transformers NER backend, on tiny models built here (nothing is downloaded).

Each model is a one-layer BERT whose prediction depends only on the input
token: the word embedding of a token points along the axis of the label it
should get, the encoder layer's output projections are zeroed (so the
residual path carries that direction through), and the classifier reads the
axes. Which token gets which label is therefore set by hand, and the tests
check what the backend makes of it: offsets, grouping, windows.
"""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest
import torch
from tokenizers import Tokenizer, models, normalizers, pre_tokenizers
from tokenizers.processors import TemplateProcessing
from transformers import BertConfig, BertForTokenClassification, PreTrainedTokenizerFast

from extract.ner import transformers_backend
from extract.ner.transformers_backend import (
    TransformersBackend,
    choose_cut,
    decode_words,
    parse_label,
    trim_punctuation,
)

IOB2 = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]

WORDS = [
    "L", "l", "’", "'", "élève", "a", "vu", "armée", "à", "Khar", "Emmanuel", "Macron", "est",
    "dit", "-", "il", "Paris", ".", ",", "«", "»", "d", "Ukraine", "Le", "Monde", "la", "ville", "de",
]
WORDPIECE_VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS, "##kiv", "##s"]

# SentencePiece-style pieces: "▁" marks a word start, and its offsets include the space.
PIECES = ["<pad>", "<unk>", "<s>", "</s>", "▁"] + [f"▁{word}" for word in WORDS] + [
    "kiv", "’", "'", ".", ",", "»", "armée", "Ukraine", "élève", "-", "il",
]


def wordpiece() -> PreTrainedTokenizerFast:
    vocab = {token: index for index, token in enumerate(WORDPIECE_VOCAB)}
    tokenizer = Tokenizer(models.WordPiece(vocab, unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.NFC()
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()  # splits spaces and punctuation
    tokenizer.post_processor = TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])]
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=tokenizer, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]",
        sep_token="[SEP]", mask_token="[MASK]", model_max_length=64,
    )


def sentencepiece() -> PreTrainedTokenizerFast:
    # Longer pieces score higher, so the segmentation is the obvious one.
    vocab = [(piece, -10.0 + len(piece)) for piece in PIECES]
    tokenizer = Tokenizer(models.Unigram(vocab, unk_id=1))
    tokenizer.normalizer = normalizers.NFC()
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace()  # words only split on spaces
    tokenizer.post_processor = TemplateProcessing(single="<s> $A </s>", special_tokens=[("<s>", 2), ("</s>", 3)])
    return PreTrainedTokenizerFast(
        tokenizer_object=tokenizer, unk_token="<unk>", pad_token="<pad>", bos_token="<s>",
        eos_token="</s>", model_max_length=64,
    )


TOKENIZERS = {"wordpiece": wordpiece, "sentencepiece": sentencepiece}


def build_model(
    directory: Path, kind: str, default: str, by_token: dict[str, str] | None = None,
    labels: list[str] = IOB2,
) -> Path:
    """Save a tokenizer and a model giving ``by_token[token]`` (else ``default``) to each token."""
    tokenizer = TOKENIZERS[kind]()
    config = BertConfig(
        vocab_size=len(tokenizer), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=32, max_position_embeddings=64,
        id2label=dict(enumerate(labels)), label2id={label: index for index, label in enumerate(labels)},
    )
    model = BertForTokenClassification(config).eval()
    with torch.no_grad():
        for parameter in model.parameters():
            parameter.zero_()
        for module in model.modules():
            if isinstance(module, torch.nn.LayerNorm):
                module.weight.fill_(1.0)
        for token, index in tokenizer.get_vocab().items():
            label = (by_token or {}).get(token, default)
            model.bert.embeddings.word_embeddings.weight[index, labels.index(label)] = 10.0
        model.classifier.weight.copy_(torch.eye(len(labels), 16))
    directory.mkdir(parents=True)
    tokenizer.save_pretrained(directory)
    model.save_pretrained(directory)
    return directory


@pytest.fixture(scope="module")
def make_backend(tmp_path_factory):
    """Build (once per distinct request) and load a tiny model."""
    cache: dict[tuple, TransformersBackend] = {}

    def make(kind: str, default: str, by_token: dict[str, str] | None = None,
             labels: list[str] = IOB2, **options) -> TransformersBackend:
        key = (kind, default, tuple(sorted((by_token or {}).items())), tuple(labels),
               tuple(sorted(options.items())))
        if key not in cache:
            directory = build_model(tmp_path_factory.mktemp("model") / "tiny-ner", kind, default, by_token, labels)
            cache[key] = TransformersBackend(str(directory), **options)
        return cache[key]

    return make


def texts(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    return [(text[start:end], label) for start, end, label in spans]


# --- offsets ---------------------------------------------------------------

SENTENCE = "  L’élève a vu l’armée à Kharkiv.\nEmmanuel Macron est à Paris, dit-il.  "


def test_every_span_is_a_whole_word_without_edge_spaces(make_backend):
    backend = make_backend("wordpiece", "B-LOC")
    spans = backend.entities(SENTENCE)
    # BERT pre-tokenization: words are letter runs and single punctuation marks;
    # punctuation-only "entities" are dropped.
    assert [(start, end) for start, end, _ in spans] == [m.span() for m in re.finditer(r"\w+", SENTENCE)]
    for start, end, label in spans:
        assert SENTENCE[start:end] == SENTENCE[start:end].strip() and label == "LOC"


@pytest.mark.parametrize("kind", ["wordpiece", "sentencepiece"])
def test_accented_and_apostrophe_words_keep_exact_offsets(make_backend, kind):
    labels = {"élève": "B-PER", "▁élève": "B-PER", "armée": "B-ORG", "Khar": "B-LOC", "▁Khar": "B-LOC"}
    backend = make_backend(kind, "O", labels)
    found = texts(SENTENCE, backend.entities(SENTENCE))
    assert found == [("élève", "PER"), ("armée", "ORG"), ("Kharkiv", "LOC")]


def test_sentencepiece_spans_drop_the_leading_space_and_glued_punctuation(make_backend):
    backend = make_backend("sentencepiece", "B-LOC")
    text = " «Kharkiv», l’armée.\n\nParis"
    assert texts(text, backend.entities(text)) == [
        ("Kharkiv", "LOC"), ("l’", "LOC"), ("armée", "LOC"), ("Paris", "LOC"),
    ]


@pytest.mark.parametrize("kind", ["wordpiece", "sentencepiece"])
def test_a_word_takes_its_first_sub_token_label(make_backend, kind):
    # "Kharkiv" is "Khar" + "kiv": only the first piece's label counts.
    first_loc = make_backend(kind, "O", {"Khar": "B-LOC", "▁Khar": "B-LOC", "##kiv": "B-PER", "kiv": "B-PER"})
    assert texts("à Kharkiv.", first_loc.entities("à Kharkiv.")) == [("Kharkiv", "LOC")]
    first_o = make_backend(kind, "O", {"##kiv": "B-LOC", "kiv": "B-LOC"})
    assert first_o.entities("à Kharkiv.") == []


# --- grouping --------------------------------------------------------------

@pytest.mark.parametrize("kind", ["wordpiece", "sentencepiece"])
def test_i_continuation_merges_words_into_one_span(make_backend, kind):
    labels = {"Emmanuel": "B-PER", "▁Emmanuel": "B-PER", "Macron": "I-PER", "▁Macron": "I-PER"}
    backend = make_backend(kind, "O", labels)
    text = "Emmanuel  Macron est à Paris."
    assert texts(text, backend.entities(text)) == [("Emmanuel  Macron", "PER")]
    everything = make_backend(kind, "I-LOC")
    assert texts("L’élève vu à Kharkiv.", everything.entities("L’élève vu à Kharkiv.")) == [
        ("L’élève vu à Kharkiv", "LOC")
    ]


@pytest.mark.parametrize("kind", ["wordpiece", "sentencepiece"])
def test_b_starts_a_new_span_for_each_word(make_backend, kind):
    labels = {"Emmanuel": "B-PER", "▁Emmanuel": "B-PER", "Macron": "B-PER", "▁Macron": "B-PER"}
    backend = make_backend(kind, "O", labels)
    text = "Emmanuel Macron est à Paris."
    assert texts(text, backend.entities(text)) == [("Emmanuel", "PER"), ("Macron", "PER")]


def test_bare_labels_from_a_model_are_mapped(make_backend):
    labels = ["O", "PERSON", "GPE", "ORGANIZATION", "DATE"]
    backend = make_backend("wordpiece", "O", {"Emmanuel": "PERSON", "Macron": "PERSON", "Paris": "GPE",
                                              "Le": "ORGANIZATION", "Monde": "ORGANIZATION", "ville": "DATE"},
                           labels=labels)
    text = "Emmanuel Macron, Le Monde, la ville de Paris."
    assert texts(text, backend.entities(text)) == [
        ("Emmanuel Macron", "PER"), ("Le Monde", "ORG"), ("ville", "MISC"), ("Paris", "LOC"),
    ]


W = [(0, 2, ""), (3, 5, ""), (6, 8, ""), (9, 11, "")]


def labelled(*labels: str) -> list[tuple[int, int, str]]:
    return [(start, end, label) for (start, end, _), label in zip(W, labels)]


@pytest.mark.parametrize("labels, expected", [
    (("B-PER", "I-PER", "O", "B-LOC"), [(0, 5, "PER"), (9, 11, "LOC")]),
    (("B-PER", "B-PER", "I-PER", "O"), [(0, 2, "PER"), (3, 8, "PER")]),
    (("O", "I-PER", "I-PER", "O"), [(3, 8, "PER")]),  # I- after O starts an entity
    (("B-PER", "I-LOC", "I-LOC", "O"), [(0, 2, "PER"), (3, 8, "LOC")]),  # I- of another type too
    (("S-PER", "S-PER", "B-LOC", "E-LOC"), [(0, 2, "PER"), (3, 5, "PER"), (6, 11, "LOC")]),  # IOBES
    (("B-ORG", "E-ORG", "I-ORG", "O"), [(0, 5, "ORG"), (6, 8, "ORG")]),  # E- closes the entity
    (("U-PER", "B-LOC", "I-LOC", "L-LOC"), [(0, 2, "PER"), (3, 11, "LOC")]),  # BILOU
    (("PER", "PER", "LOC", "O"), [(0, 5, "PER"), (6, 8, "LOC")]),  # bare labels: IO
    (("B-PERSON", "I-PERS", "B-GPE", "B-LOCATION"), [(0, 5, "PER"), (6, 8, "LOC"), (9, 11, "LOC")]),
    (("B-ORGANIZATION", "I-ORG", "B-EVENT", "I-DATE"), [(0, 5, "ORG"), (6, 11, "MISC")]),
    (("O", "O", "O", "O"), []),
])
def test_decoding_of_word_predictions(labels, expected):
    assert decode_words(labelled(*labels)) == expected


def test_label_names_map_to_four_types():
    assert parse_label("B-PERS") == ("B", "PER")
    assert parse_label("I_LOCATION") == ("I", "LOC")
    assert parse_label("S-Organization") == ("S", "ORG")
    assert parse_label("L-GPE") == ("E", "LOC")
    assert parse_label("B-PRODUCT") == ("B", "MISC")
    assert parse_label("LOC") == ("I", "LOC")
    assert parse_label("O") == ("O", None)


@pytest.mark.parametrize("text, expected", [
    ("«Kharkiv»", "Kharkiv"), ("Kharkiv.", "Kharkiv"), ("(ONU)", "ONU"), ("ONU)", "ONU"),
    ("Total S.A.", "Total S.A."), ("J.", "J."), ("Kharkiv»,", "Kharkiv"), ("l’armée", "l’armée"),
    ("Parti (PS)", "Parti (PS)"), ("«»", None), ("’", None),
])
def test_punctuation_around_a_span_is_trimmed(text, expected):
    span = trim_punctuation(text, 0, len(text))
    assert (text[span[0]:span[1]] if span else None) == expected


# --- long texts ------------------------------------------------------------

LONG = "\n\n".join(
    f"L’élève a vu l’armée à Kharkiv, dit-il. Emmanuel Macron est à Paris. {index}" for index in range(12)
) + " Le Monde la ville de Paris" * 6


@pytest.mark.parametrize("kind", ["wordpiece", "sentencepiece"])
def test_long_text_is_windowed_and_offsets_stay_exact(make_backend, kind):
    whole = make_backend(kind, "B-LOC")
    windowed = make_backend(kind, "B-LOC", max_length=16, batch_size=3)
    windows = windowed._windows(LONG)
    assert len(windows) > 5
    for start, end in windows:
        assert LONG[start:end] == LONG[start:end].strip()
        assert len(windowed._tokenizer(LONG[start:end])["input_ids"]) <= 16
    # Every word is found at its exact place, in windows or not.
    spans = windowed.entities(LONG)
    assert spans == sorted(spans)
    elided = "L’" if kind == "sentencepiece" else "L"  # BERT makes "’" a word of its own
    assert texts(LONG, spans)[:3] == [(elided, "LOC"), ("élève", "LOC"), ("a", "LOC")]
    if kind == "wordpiece":
        assert [(s, e) for s, e, _ in spans] == [m.span() for m in re.finditer(r"\w+", LONG)]
    first_paragraph = LONG.split("\n\n")[0]
    assert whole.entities(first_paragraph) == [s for s in spans if s[1] <= len(first_paragraph)]


def test_windowed_output_does_not_depend_on_batch_size(make_backend):
    one = make_backend("sentencepiece", "I-LOC", max_length=16, batch_size=1)
    many = make_backend("sentencepiece", "I-LOC", max_length=16, batch_size=8)
    spans = one.entities(LONG)
    assert spans == many.entities(LONG) == one.entities(LONG)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))
    # I- everywhere: one entity per window, never crossing a window edge.
    assert len(spans) == len(one._windows(LONG))


def test_windows_prefer_paragraphs_then_sentences_then_spaces():
    text = "Un deux.\n\nTrois quatre. Cinq six sept huit"
    assert choose_cut(text, 0, 14) == 8  # paragraph break in the second half
    assert choose_cut(text, 0, 20) == 15  # one in the first half would leave a thin window
    assert choose_cut(text, 10, 33) == 23  # after the sentence's full stop
    assert choose_cut(text, 24, 36) == 32  # a space
    assert choose_cut("x" * 50, 0, 20) == 20  # nothing better: the token boundary


# --- loading ---------------------------------------------------------------

def test_model_version_is_directory_name_and_config_digest(make_backend):
    backend = make_backend("wordpiece", "O")
    assert re.fullmatch(r"tiny-ner@[0-9a-f]{12}", backend.model_version)
    again = TransformersBackend(str(backend._dir))
    assert again.model_version == backend.model_version
    assert backend.name == "transformers"


def test_missing_directory_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        TransformersBackend(str(tmp_path / "no-such-model"))


def test_slow_tokenizer_is_refused(make_backend, monkeypatch):
    directory = make_backend("wordpiece", "O")._dir

    class SlowTokenizer:
        is_fast = False

    monkeypatch.setattr(transformers_backend.AutoTokenizer, "from_pretrained", lambda *a, **k: SlowTokenizer())
    with pytest.raises(ValueError, match="not a fast tokenizer"):
        TransformersBackend(str(directory))


def test_model_without_o_label_is_refused(tmp_path):
    directory = build_model(tmp_path / "generic", "wordpiece", "LABEL_0", labels=["LABEL_0", "LABEL_1"])
    with pytest.raises(ValueError, match="no 'O'"):
        TransformersBackend(str(directory))


def test_empty_and_blank_texts_have_no_entities(make_backend):
    backend = make_backend("wordpiece", "B-LOC")
    assert backend.entities("") == [] and backend.entities(" \n\t ") == []
