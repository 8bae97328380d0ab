#ifndef TAMAYUZ_CFUZZDRIVER_H
#define TAMAYUZ_CFUZZDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for programs with their own `main` (compiler-rt's FuzzerDriver.cpp):
/// parses libFuzzer's flags from argc/argv and runs `callback` on every input.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

/// LeakSanitizer's interface (compiler-rt's lsan_interface.h): allocations made between these two
/// calls are never reported as leaks.
void __lsan_disable(void);
void __lsan_enable(void);

#endif
