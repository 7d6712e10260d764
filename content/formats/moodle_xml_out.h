// Internal to the Moodle XML writer: libxml2's text writer into memory, so every text is
// escaped (or put in CDATA) by the library, never by hand.
#pragma once

#include <string>
#include <string_view>

#include <libxml/xmlwriter.h>

namespace summit::content::moodle {

// Writes one indented UTF-8 document. Every call asserts libxml2's success: the writer fails
// only when out of memory or when elements are misnested, both programmer errors here.
class XmlOut {
  public:
    XmlOut();
    ~XmlOut();
    XmlOut(const XmlOut&) = delete;
    XmlOut& operator=(const XmlOut&) = delete;

    void Start(const char* element);
    void Attribute(const char* name, std::string_view value);
    // Escaped text; characters XML 1.0 cannot hold (C0 controls but tab and line ends) become
    // spaces.
    void Text(std::string_view text);
    // In a CDATA section, as Moodle writes HTML, unless the text holds "]]>" (then escaped).
    void Html(std::string_view html);
    void Base64(std::string_view bytes);
    void End();
    // <element>text</element>
    void Element(const char* element, std::string_view text);
    // The document, every element closed.
    std::string Finish();

  private:
    xmlBufferPtr buffer_;
    xmlTextWriterPtr writer_;
};

}  // namespace summit::content::moodle
