import pytest

from extract.clean.decode import check_text, decode_bytes
from extract.errors import DocumentError

PHRASE = "Le préfet a annoncé qu'une frappe a touché l'école du quartier à l'aube."


def test_utf8_is_decoded_as_is():
    assert decode_bytes(PHRASE.encode("utf-8")) == (PHRASE, "utf-8")


def test_utf8_byte_order_mark_is_dropped():
    assert decode_bytes(b"\xef\xbb\xbf" + PHRASE.encode("utf-8"))[0] == PHRASE


def test_latin1_file_is_detected():
    text = (PHRASE + " Les élèves étaient déjà à l'intérieur. ") * 3
    decoded, encoding = decode_bytes(text.encode("latin-1"))
    assert decoded == text
    assert encoding != "utf-8"


@pytest.mark.parametrize("data, code", [
    (b"", "empty"),
    (b"  \n\t ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (bytes(range(1, 32)) * 10, "binary"),
])
def test_unusable_bytes_are_refused_with_a_reason(data, code):
    with pytest.raises(DocumentError) as caught:
        decode_bytes(data)
    assert caught.value.code == code


def test_blank_jsonl_text_is_refused():
    with pytest.raises(DocumentError):
        check_text("   ")


def test_windows_1252_quotes_and_euro_are_read_as_french():
    text = "« L’hiver sera dur », prévient le maire : 3 000 € de dégâts."
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


def test_cyrillic_code_page_is_left_to_the_statistical_guess():
    text = "Губернатор сообщил, что беспилотник сбит над областью. " * 3
    decoded, _ = decode_bytes(text.encode("cp1251"))
    assert decoded == text


def test_a_stray_nul_in_text_is_not_binary():
    text = "Le conseil municipal s'est réuni mardi soir pour voter le budget de l'année prochaine. " * 3
    decoded, _ = decode_bytes(text.encode("utf-8") + b"\x00")
    assert decoded.startswith("Le conseil")
