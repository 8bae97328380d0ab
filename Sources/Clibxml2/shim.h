#ifndef TAMAYUZ_CLIBXML2_SHIM_H
#define TAMAYUZ_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU; a module that also sees Foundation then fails a clean build
// with "'UErrorCode' has different definitions in different modules". Read the version header
// first and switch ICU off before any other libxml2 header is included.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/xmlsave.h>

// `xmlFree` is a mutable C global, which Swift 6 refuses to reference; call it through here.
static inline void tamayuz_xml_free(void *pointer) { xmlFree(pointer); }

// libxml2 prints the errors it raises without a parser context (an encoding conversion that
// fails) to standard error through its generic handler, a C variadic function Swift cannot
// write. Tamayuz reports every problem through each context's structured handler instead, so the
// generic channel is silenced: for threads yet to touch libxml2 (the default) and for this one.
static void tamayuz_ignore_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}
static inline void tamayuz_silence_generic_errors(void) {
    xmlThrDefSetGenericErrorFunc(NULL, tamayuz_ignore_generic_error);
    xmlSetGenericErrorFunc(NULL, tamayuz_ignore_generic_error);
}

#endif
