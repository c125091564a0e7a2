"""Check stage files against the output contract, and say everything that is wrong.

``extract validate FILE...`` reads each file line by line and reports, with
file and line, every problem of every record; it never stops at a bad line
or a bad file. Beyond the contract's JSON Schemas (:mod:`.schema`):

- a line is UTF-8, JSON, an object, with finite numbers only (:mod:`.parse`);
- spans give back their text, the alignment is well formed, and raw offsets
  are where the alignment maps clean ones (:mod:`.spans`);
- ids are unique and references between layers point at what they should
  (:mod:`.links`);
- no layer is stale: the fields a stage read have not changed since it ran
  (:mod:`.stale`);
- with ``--raw DIR``, the raw file of each doc_id (looked up in DIR only,
  never at a path a record names) has the record's digest and holds every
  raw offset (:mod:`.raw`).
"""

from extract.validate.files import Problem, Report, record_problems, validate_file
from extract.validate.schema import RECORD_DEFS, contract_schema, guess_kind, validator
from extract.validate.spans import alignment_problems, mapping_problems, span_problems

__all__ = ["RECORD_DEFS", "Problem", "Report", "alignment_problems", "contract_schema", "guess_kind",
           "mapping_problems", "record_problems", "span_problems", "validate_file", "validator"]
