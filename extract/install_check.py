"""Check an installed copy of the package: ``python -m extract.install_check DOC.txt OUT_DIR``.

Run from outside the source checkout (``make check-install`` does): it fails
unless ``extract`` is imported from an installed copy, and unless the whole
pipeline runs on DOC with the gazetteer found as package data (places linked).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from extract.corpus import iter_corpus
from extract.geo.gazetteer import PACKAGE_DATA, gazetteer_path
from extract.runner import run
from extract.stages import ERRORS_FILE, STAGE_NAMES, STAGES, PipelineConfig


def main(argv: list[str]) -> int:
    document, out = Path(argv[0]), Path(argv[1])
    import extract

    where = Path(extract.__file__).resolve().parent
    if (where.parent / "pyproject.toml").is_file():
        print(f"extract is imported from a source checkout ({where}), not an installed copy")
        return 1
    if gazetteer_path().parent != PACKAGE_DATA:
        print(f"the gazetteer is read from {gazetteer_path()}, not from the package data")
        return 1
    outputs = {stage.name: out / stage.output for stage in STAGES}
    summary = run(iter_corpus([document]), STAGE_NAMES, outputs, out / ERRORS_FILE, PipelineConfig(), 1)
    record = json.loads((out / "events.jsonl").read_text(encoding="utf-8").splitlines()[0])
    linked = sum(1 for e in record["entities"] if e.get("geo"))
    print(f"installed copy at {where}: {summary.documents} document, {summary.failed} failed, "
          f"{linked} places linked, {len(record['events'])} events")
    return 0 if summary.failed == 0 and linked else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
