// `SourceLocation` and `DiagnosticSeverity` live in TamayuzDiagnostics, shared by every layer.
@_exported import TamayuzDiagnostics
