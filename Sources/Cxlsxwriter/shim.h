#ifndef TAMAYUZ_CXLSXWRITER_SHIM_H
#define TAMAYUZ_CXLSXWRITER_SHIM_H
// libxlsxwriter, seen only by TamayuzWorkbook.
#include <xlsxwriter.h>
#endif
