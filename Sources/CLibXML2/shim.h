// Debian builds libxml2 with ICU, whose headers then clash with Foundation's own copy of ICU in any Swift
// file that sees both. carevoice never touches the ICU parts (two trailing pointers of xmlCharEncodingHandler,
// a struct only ever used through pointers), so the ICU includes are left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>

/// xmlFree is a global on Debian but a macro where thread-local allocation is on; Swift imports neither form reliably.
static inline void cxml_free(void *p) { xmlFree(p); }

/// Swallows one of libxml2's printf-style messages; Swift cannot define a C variadic function itself.
static inline void cxml_ignore_generic_error(void *context, const char *message, ...) {
  (void)context;
  (void)message;
}

/// Stops libxml2's generic (printf-style) error channel from printing to stderr, on this thread and on threads
/// that first use libxml2 later.
static inline void cxml_silence_generic_errors(void) {
  xmlSetGenericErrorFunc(NULL, cxml_ignore_generic_error);
  xmlThrDefSetGenericErrorFunc(NULL, cxml_ignore_generic_error);
}
