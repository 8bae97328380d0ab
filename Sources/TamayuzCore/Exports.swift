@_exported import TamayuzDiagnostics
