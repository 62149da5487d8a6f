#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>

/// xmlFree is a global on Debian but a macro where thread-local allocation is on; Swift imports neither form reliably.
static inline void cxml_free(void *p) { xmlFree(p); }
