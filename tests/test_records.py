from extract.records import Document, Entity, dump_document, load_document


def _doc(**layers) -> Document:
    return Document(doc_id="d1", dct="2024-03-21", dct_source="meta", source="x.txt", raw_sha256="0" * 64,
                    title=None, text="Kiev a été visée.", blocks=[], removed=[], alignment=[(0, 17, 0, 17)],
                    **layers)


def test_layers_not_yet_computed_are_absent_from_json():
    line = dump_document(_doc())
    assert '"entities"' not in line and '"events"' not in line
    assert '"title":null' in line


def test_json_round_trip_is_exact():
    doc = _doc(entities=[Entity(id="e1", label="LOC", canonical="Kiev", start=0, end=4, raw_start=0,
                                raw_end=4, text="Kiev")])
    line = dump_document(doc)
    assert dump_document(load_document(line)) == line


def test_accents_are_written_as_utf8_not_escapes():
    assert "été" in dump_document(_doc())
