// libxml2 for Swift. Debian builds libxml2 with ICU, whose headers clash with the ICU that
// Foundation bundles; nothing here needs libxml2's ICU converters, so they are hidden.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlreader.h>

// xmlFree is a global function pointer, which Swift 6 treats as shared mutable state.
static inline void prep_xml_free(void *pointer) { xmlFree(pointer); }
