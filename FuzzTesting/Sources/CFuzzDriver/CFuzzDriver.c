// Only the declaration in include/CFuzzDriver.h matters; libFuzzer itself is linked by
// `-sanitize=fuzzer`. SwiftPM needs one source file to make this a target.
#include "CFuzzDriver.h"
