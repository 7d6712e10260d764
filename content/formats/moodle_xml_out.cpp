// libxml2's xmlTextWriter wrapped for the Moodle XML writer.
#include "content/formats/moodle_xml_out.h"

#include <cassert>

namespace summit::content::moodle {
namespace {

const xmlChar* Xml(const char* text) {
    return reinterpret_cast<const xmlChar*>(text);
}

std::string XmlSafe(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            c = ' ';
        }
    }
    return out;
}

void Check(int written) {
    assert(written >= 0 && "libxml2's writer failed");
    (void)written;
}

}  // namespace

XmlOut::XmlOut() : buffer_(xmlBufferCreate()), writer_(xmlNewTextWriterMemory(buffer_, 0)) {
    assert(buffer_ && writer_);
    Check(xmlTextWriterSetIndent(writer_, 1));
    Check(xmlTextWriterSetIndentString(writer_, Xml("  ")));
    Check(xmlTextWriterStartDocument(writer_, nullptr, "UTF-8", nullptr));
}

XmlOut::~XmlOut() {
    xmlFreeTextWriter(writer_);
    xmlBufferFree(buffer_);
}

void XmlOut::Start(const char* element) {
    Check(xmlTextWriterStartElement(writer_, Xml(element)));
}

void XmlOut::Attribute(const char* name, std::string_view value) {
    Check(xmlTextWriterWriteAttribute(writer_, Xml(name), Xml(XmlSafe(value).c_str())));
}

void XmlOut::Text(std::string_view text) {
    Check(xmlTextWriterWriteString(writer_, Xml(XmlSafe(text).c_str())));
}

void XmlOut::Html(std::string_view html) {
    if (html.empty() || html.find("]]>") != std::string_view::npos) {
        Text(html);
        return;
    }
    Check(xmlTextWriterWriteCDATA(writer_, Xml(XmlSafe(html).c_str())));
}

void XmlOut::Base64(std::string_view bytes) {
    Check(xmlTextWriterWriteBase64(writer_, bytes.data(), 0, static_cast<int>(bytes.size())));
}

void XmlOut::End() {
    Check(xmlTextWriterEndElement(writer_));
}

void XmlOut::Element(const char* element, std::string_view text) {
    Start(element);
    Text(text);
    End();
}

std::string XmlOut::Finish() {
    Check(xmlTextWriterEndDocument(writer_));
    Check(xmlTextWriterFlush(writer_));
    return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_)),
                       static_cast<std::size_t>(xmlBufferLength(buffer_)));
}

}  // namespace summit::content::moodle
