// summit import of a Moodle XML file with an embedded image: the question shows it by hash
// and the collection's media table holds its bytes.
#include <filesystem>

#include <gtest/gtest.h>

#include "content/richtext/sha256.h"
#include "run_summit.h"
#include "storage/collection.h"

namespace summit::testing {
namespace {

// The 8-byte PNG signature is what makes bytes a PNG for Summit; "iVBORw0KGgpwaXhlbHM=" is
// the base64 of the signature followed by "pixels".
const std::string kPng = std::string("\x89PNG\r\n\x1a\n", 8) + "pixels";

constexpr const char* kQuiz = R"(<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="truefalse">
    <name><text>Flag</text></name>
    <questiontext format="html">
      <text><![CDATA[<p>Is this <b>the</b> flag? <img src="@@PLUGINFILE@@/flag.png" alt="Flag"></p>]]></text>
      <file name="flag.png" path="/" encoding="base64">iVBORw0KGgpwaXhlbHM=</file>
    </questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
</quiz>
)";

TEST(ImportImages, AMoodleImageIsStoredInTheMediaTable) {
    TempDir dir;
    const std::filesystem::path collection_path = dir / "collection.db";
    const std::filesystem::path quiz = dir / "flags.xml";
    WriteFile(quiz, kQuiz);
    const RunResult result = RunSummit(
        {"--collection", collection_path.string(), "import", quiz.string(), "--deck", "Flags"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.err, "");

    auto collection = storage::Collection::Open(collection_path);
    ASSERT_TRUE(collection.has_value());
    const std::string hash = content::Sha256Hex(kPng);
    auto media = collection->GetMedia(hash);
    ASSERT_TRUE(media.has_value());
    ASSERT_TRUE(media->has_value()) << "the image is not in the media table";
    EXPECT_EQ((*media)->bytes, kPng);
    EXPECT_EQ((*media)->mime, "image/png");

    const RunResult exported =
        RunSummit({"--collection", collection_path.string(), "export", "--deck", "Flags",
                   "--format", "json", (dir / "out.json").string()});
    ASSERT_EQ(exported.exit_code, 0) << exported.err;
    const std::string json = ReadFile(dir / "out.json");
    EXPECT_NE(json.find("![Flag](media:" + hash + ")"), std::string::npos) << json;
    EXPECT_NE(json.find("\"markdown\""), std::string::npos) << json;
}

}  // namespace
}  // namespace summit::testing
