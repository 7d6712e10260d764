// HTML fields (Anki's "allow HTML") as plain text, until Summit has rich text.
#pragma once

#include <string>
#include <string_view>

namespace summit::content {

// Removes tags, turning <br> and the end of a block (</div>, </p>, </li>, </tr>, <hr>) into a
// line break; drops the content of <script> and <style>; decodes the named entities
// &lt; &gt; &amp; &quot; &apos; &nbsp; (a space) and numeric ones (&#65; &#x41;) to UTF-8;
// keeps any other "&" as written. Line breaks at the ends are trimmed.
std::string HtmlToText(std::string_view html);

}  // namespace summit::content
