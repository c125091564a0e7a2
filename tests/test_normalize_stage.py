from extract.clean.stage import clean_document
from extract.corpus import RawInput
from extract.normalize.stage import normalise


def test_a_year_inside_a_date_is_not_a_quantity():
    doc = clean_document(RawInput("d", "d.txt", "Le 8 juin 2022, 12 drones ont été abattus.".encode()),
                         "2023-01-01")
    doc = normalise(doc)
    assert [(t.text, t.value, t.anchor) for t in doc.timexes] == [("Le 8 juin 2022", "2022-06-08", None)]
    assert [(q.text, q.value, q.counted) for q in doc.quantities] == [("12", 12, "drone")]
