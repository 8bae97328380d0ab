/// The XSD sources, compiled into the binary (one generated file per schema:
/// `EmbeddedSchemas+Criteria.swift`, `EmbeddedSchemas+Assessment.swift`, written by
/// scripts/embed-schemas.sh from criteria/schema/).
enum EmbeddedSchemas {}
