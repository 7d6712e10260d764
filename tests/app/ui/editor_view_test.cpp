// Headless tests of the question editor over the example collection: a question of every type
// written through its fields from Ctrl+N, live validation keeping Save disabled, the preview
// following the fields, the reset-scheduling and discard questions, editing from Browse, and
// E on the study answer coming back to the same card.
#include "app/ui/edit/editor_view.h"

#include <fstream>
#include <functional>
#include <string>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include "app/ui/browse/browse_view.h"
#include "content/model/cloze_gaps.h"
#include "content/richtext/sha256.h"
#include "tests/app/ui/view_fixtures.h"
#include "tests/support/temp_dir.h"

namespace summit::ui {
namespace {

using content::QuestionType;

class EditorViewTest : public testing::ShellTest {
  public:  // the type cases below drive the editor through these
    EditorView& Editor() { return shell_->editor(); }
    // Clicks the widget `name`, then draws a frame so what the click added (a row, a modal)
    // is laid out and recorded before the next click.
    void Click(const std::string& name) {
        harness_.Click(testing::CenterOf(Editor().rects(), name), Draw());
        harness_.Frame(Draw());
    }
    // Clicks the field `name`, selects what it holds and types `text` over it.
    void Fill(const std::string& name, const char* text) {
        Click(name);
        PressCtrl(GLFW_KEY_A);
        harness_.Type(text, Draw());
        harness_.Frame(Draw());
    }
    void PressCtrl(int key) {
        harness_.io().KeyCtrl = true;
        Press(key);
        harness_.io().KeyCtrl = false;
    }
    void OpenNew() {
        PressCtrl(GLFW_KEY_N);
        ASSERT_EQ(shell_->current(), ViewId::kEditor);
        harness_.Frame(Draw());
    }
    std::optional<storage::StudyCard> StoredWithPrompt(const std::string& prompt) {
        auto cards = collection_->LoadCards(storage::CardQuery::All());
        EXPECT_TRUE(cards.has_value());
        for (storage::StudyCard& card : cards.value_or(std::vector<storage::StudyCard>{})) {
            if (card.question.prompt == prompt && card.ordinal == 0) {
                return card;
            }
        }
        return std::nullopt;
    }
    // Saves with the Save button; the editor closes back to `back`.
    // A file whose first bytes are PNG's signature, followed by `body`; its path.
    static std::string WritePng(const summit::testing::TempDir& dir, const char* name,
                                const std::string& body) {
        const std::string path = (dir.path() / name).string();
        std::ofstream(path, std::ios::binary) << std::string("\x89PNG\r\n\x1a\n", 8) << body;
        return path;
    }
    bool HasMedia(const std::string& hash) {
        auto stored = collection_->GetMedia(hash);
        return stored.has_value() && stored->has_value();
    }
    void SaveTo(ViewId back) {
        harness_.Frame(Draw());
        EXPECT_TRUE(Editor().CanSave())
            << (Editor().problems().empty() ? "nothing changed"
                                            : Editor().problems().front().message);
        Click("button/save");
        harness_.Frame(Draw());
        EXPECT_EQ(shell_->current(), back);
    }
};

// One question of each type, written through the editor's own widgets.
struct TypeCase {
    QuestionType type;
    const char* prompt;
    std::function<void(EditorViewTest&)> fill;
    std::function<void(const content::Question&)> check;
};

TEST_F(EditorViewTest, CtrlNOnHomeWritesAQuestionOfEveryTypeThroughItsFields) {
    // Each case's fill runs through the fixture's helpers: a friend-free lambda over `this`.
    const std::vector<TypeCase> cases = {
        {QuestionType::kFlashcard, "Front of a card",
         [](EditorViewTest& t) {
             t.Fill("back", "Back of a card");
             t.Click("reversible");
         },
         [](const content::Question& q) {
             EXPECT_EQ(q.back, "Back of a card");
             EXPECT_TRUE(q.reversible);
         }},
        {QuestionType::kMultipleChoice, "One right choice",
         [](EditorViewTest& t) {
             t.Fill("choice/0/text", "Right");
             t.Fill("choice/1/text", "Wrong");
             t.Click("choice/1/right");
             t.Click("choice/0/right");  // one right answer: the second is unticked
         },
         [](const content::Question& q) {
             ASSERT_EQ(q.choices.size(), 2u);
             EXPECT_EQ(q.choices[0].text, "Right");
             EXPECT_TRUE(q.choices[0].correct);
             EXPECT_FALSE(q.choices[1].correct);
         }},
        {QuestionType::kMultipleChoice, "Several right choices",
         [](EditorViewTest& t) {
             t.Click("several");
             t.Fill("choice/0/text", "A");
             t.Fill("choice/1/text", "B");
             t.Click("add/choice");
             t.Fill("choice/2/text", "C");
             t.Click("choice/0/right");
             t.Click("choice/2/right");
         },
         [](const content::Question& q) {
             ASSERT_EQ(q.choices.size(), 3u);
             EXPECT_TRUE(q.choices[0].correct);
             EXPECT_FALSE(q.choices[1].correct);
             EXPECT_TRUE(q.choices[2].correct);
         }},
        {QuestionType::kTrueFalse, "A true statement", [](EditorViewTest& t) { t.Click("true"); },
         [](const content::Question& q) { EXPECT_TRUE(q.answer); }},
        {QuestionType::kTyped, "Capital of France?",
         [](EditorViewTest& t) {
             t.Fill("accepted/0", "Paris");
             t.Click("add/accepted");
             t.Fill("accepted/1", "Paname");
         },
         [](const content::Question& q) {
             EXPECT_EQ(q.accepted, (std::vector<std::string>{"Paris", "Paname"}));
         }},
        {QuestionType::kCloze, "The {{Sun|the Sun}} is a {{star|~planet|~moon}}.",
         [](EditorViewTest&) {},
         [](const content::Question& q) {
             auto cloze = content::ResolveCloze(q);
             ASSERT_TRUE(cloze.has_value());
             ASSERT_EQ(cloze->gaps.size(), 2u);
             EXPECT_EQ(cloze->gaps[0].kind, content::GapKind::kTyped);
             EXPECT_EQ(cloze->gaps[1].kind, content::GapKind::kChoice);
         }},
        {QuestionType::kMatching, "Match the moons",
         [](EditorViewTest& t) {
             t.Fill("pair/0/left", "Io");
             t.Fill("pair/0/right", "Jupiter");
             t.Fill("pair/1/left", "Titan");
             t.Fill("pair/1/right", "Saturn");
         },
         [](const content::Question& q) {
             ASSERT_EQ(q.pairs.size(), 2u);
             EXPECT_EQ(q.pairs[1].left, "Titan");
             EXPECT_EQ(q.pairs[1].right, "Saturn");
         }},
        {QuestionType::kOrdering, "Order the planets",
         [](EditorViewTest& t) {
             t.Fill("item/0", "Venus");
             t.Fill("item/1", "Mercury");
             t.Click("item/1/up");
         },
         [](const content::Question& q) {
             EXPECT_EQ(q.items, (std::vector<std::string>{"Mercury", "Venus"}));
         }},
        {QuestionType::kNumerical, "g in m/s2, within a range",
         [](EditorViewTest& t) {
             t.Fill("number/0/from", "9.7");
             t.Fill("number/0/to", "9.9");
             t.Fill("unit", "m/s2");
         },
         [](const content::Question& q) {
             ASSERT_EQ(q.numbers.size(), 1u);
             EXPECT_NEAR(q.numbers[0].value, 9.8, 1e-9);
             EXPECT_NEAR(q.numbers[0].tolerance, 0.1, 1e-9);
             EXPECT_EQ(q.unit, "m/s2");
         }},
    };
    for (const TypeCase& c : cases) {
        SCOPED_TRACE(c.prompt);
        ASSERT_NO_FATAL_FAILURE(OpenNew());
        EXPECT_EQ(shell_->WindowTitle(), "New question — Summit");
        Editor().SetType(c.type);  // what the Type combo's entry does
        harness_.Frame(Draw());
        Fill("prompt", c.prompt);
        c.fill(*this);
        Fill("topic", "science");
        Fill("tags", "one, two");
        Fill("explanation", "Because.");
        SaveTo(ViewId::kHome);
        auto stored = StoredWithPrompt(c.prompt);
        ASSERT_TRUE(stored.has_value());
        EXPECT_EQ(stored->question.type, c.type);
        EXPECT_EQ(stored->question.topic, "science");
        EXPECT_EQ(stored->question.tags, (std::vector<std::string>{"one", "two"}));
        EXPECT_EQ(stored->question.explanation, "Because.");
        c.check(stored->question);
        now_ += 1;  // a new millisecond for the next question's id
    }
}

TEST_F(EditorViewTest, LiveValidationNamesTheFieldAndKeepsSaveDisabled) {
    ASSERT_NO_FATAL_FAILURE(OpenNew());
    Editor().SetType(QuestionType::kMatching);
    harness_.Frame(Draw());
    Fill("prompt", "Match them");
    Fill("pair/0/left", "Io");
    Fill("pair/0/right", "Jupiter");
    Fill("pair/1/left", "Io");  // a repeated left, and an empty right
    EXPECT_FALSE(Editor().CanSave());
    EXPECT_FALSE(Editor().problems().empty());
    const std::string text = harness_.FrameText(Draw());
    EXPECT_NE(text.find("pair 2 has an empty side"), std::string::npos) << text;
    Click("button/save");  // disabled: nothing is written
    EXPECT_EQ(shell_->current(), ViewId::kEditor);
    EXPECT_FALSE(StoredWithPrompt("Match them").has_value());

    Fill("pair/1/left", "Titan");
    Fill("pair/1/right", "Saturn");
    EXPECT_TRUE(Editor().problems().empty()) << Editor().problems().front().message;
    SaveTo(ViewId::kHome);
    EXPECT_TRUE(StoredWithPrompt("Match them").has_value());
}

TEST_F(EditorViewTest, ThePreviewShowsTheQuestionAsTyped) {
    ASSERT_NO_FATAL_FAILURE(OpenNew());
    Editor().SetType(QuestionType::kMultipleChoice);
    harness_.Frame(Draw());
    Fill("prompt", "Pick a planet");
    Fill("choice/0/text", "Neptune");
    harness_.Frame(Draw());
    EXPECT_EQ(Editor().preview().question().prompt, "Pick a planet");
    ASSERT_EQ(Editor().preview().question().choices.size(), 2u);
    EXPECT_EQ(Editor().preview().question().choices[0].text, "Neptune");
    EXPECT_TRUE(Editor().preview().rects().Find("choice/0").has_value());
}

TEST_F(EditorViewTest, EscapeWithChangesAsksBeforeDiscarding) {
    ASSERT_NO_FATAL_FAILURE(OpenNew());
    Press(GLFW_KEY_ESCAPE);  // nothing typed yet: leaves at once
    EXPECT_EQ(shell_->current(), ViewId::kHome);

    ASSERT_NO_FATAL_FAILURE(OpenNew());
    Fill("prompt", "Half written");
    Press(GLFW_KEY_ESCAPE);  // in the field: what was typed stays, and the editor asks
    EXPECT_TRUE(Editor().ConfirmingDiscard());
    harness_.Frame(Draw());
    EXPECT_EQ(Editor().question().prompt, "Half written");
    Click("discard/no");
    EXPECT_FALSE(Editor().ConfirmingDiscard());
    EXPECT_EQ(shell_->current(), ViewId::kEditor);
    Click("button/cancel");
    ASSERT_TRUE(Editor().ConfirmingDiscard());
    Click("discard/yes");
    harness_.Frame(Draw());
    EXPECT_EQ(shell_->current(), ViewId::kHome);
    EXPECT_FALSE(StoredWithPrompt("Half written").has_value());
}

TEST_F(EditorViewTest, AnImageFromAFileGoesIntoTheMediaAndTheMarkdownPrompt) {
    ASSERT_NO_FATAL_FAILURE(OpenNew());
    summit::testing::TempDir dir;
    const std::string png = WritePng(dir, "dot.png", "pixels");
    const std::string text = (dir.path() / "notes.txt").string();
    std::ofstream(text) << "not a picture";

    Fill("prompt", "What is shown?");
    Fill("image", text.c_str());
    Click("button/image");
    EXPECT_NE(Editor().message().find("No image added"), std::string::npos);
    EXPECT_EQ(Editor().question().prompt, "What is shown?");

    Fill("image", png.c_str());
    Click("button/image");
    EXPECT_EQ(Editor().question().text_format, content::TextFormat::kMarkdown);
    const std::string& prompt = Editor().question().prompt;
    const size_t at = prompt.find("](media:");
    ASSERT_NE(at, std::string::npos) << prompt;
    const std::string hash = prompt.substr(at + 8, 64);
    EXPECT_TRUE(HasMedia(hash));
    Fill("back", "A dot");
    SaveTo(ViewId::kHome);
    EXPECT_TRUE(HasMedia(hash)) << "the saved question shows it";
}

TEST_F(EditorViewTest, AnImageOfAnEditThatIsNotSavedLeavesTheMediaAgain) {
    summit::testing::TempDir dir;
    ASSERT_NO_FATAL_FAILURE(OpenNew());
    Fill("prompt", "Which flag?");
    Fill("image", WritePng(dir, "flag.png", "flag pixels").c_str());
    Click("button/image");
    const std::string hash =
        content::Sha256Hex(std::string("\x89PNG\r\n\x1a\n", 8) + "flag pixels");
    ASSERT_TRUE(HasMedia(hash)) << Editor().message();
    Click("button/cancel");
    ASSERT_TRUE(Editor().ConfirmingDiscard());
    Click("discard/yes");
    harness_.Frame(Draw());
    EXPECT_EQ(shell_->current(), ViewId::kHome);
    EXPECT_FALSE(HasMedia(hash)) << "nothing refers to it";

    // Added, then its reference deleted from the text before saving: not kept either.
    ASSERT_NO_FATAL_FAILURE(OpenNew());
    Fill("image", WritePng(dir, "flag.png", "flag pixels").c_str());
    Click("button/image");
    ASSERT_TRUE(HasMedia(hash));
    Fill("prompt", "No picture after all");
    Fill("back", "None");
    SaveTo(ViewId::kHome);
    EXPECT_FALSE(HasMedia(hash));
}

TEST_F(EditorViewTest, APastedPictureGoesIntoThePromptAndAnEmptyClipboardSaysSo) {
    const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + "copied pixels";
    Result<std::string> clipboard = Fail(ErrorCode::kNotFound, "the clipboard is empty");
    Editor().SetClipboardImageReader([&clipboard] { return clipboard; });
    ASSERT_NO_FATAL_FAILURE(OpenNew());
    Fill("prompt", "What was copied?");
    Click("button/paste");
    EXPECT_EQ(Editor().message(), "No image pasted: the clipboard is empty");
    EXPECT_EQ(Editor().question().prompt, "What was copied?");

    clipboard = png;
    harness_.io().KeyCtrl = true;
    Press(GLFW_KEY_V);  // no text field has the keyboard after the click
    harness_.io().KeyCtrl = false;
    EXPECT_EQ(Editor().message(), "");
    EXPECT_EQ(Editor().question().text_format, content::TextFormat::kMarkdown);
    EXPECT_NE(Editor().question().prompt.find("(media:" + content::Sha256Hex(png) + ")"),
              std::string::npos)
        << Editor().question().prompt;
    Fill("back", "Pixels");
    SaveTo(ViewId::kHome);
    EXPECT_TRUE(HasMedia(content::Sha256Hex(png)));

    clipboard = std::string("plain text");
    ASSERT_NO_FATAL_FAILURE(OpenNew());
    Click("button/paste");
    EXPECT_NE(Editor().message().find("No image pasted"), std::string::npos)
        << "text is not a picture";
}

// The keyboard alone: Ctrl+N, the question, Tab to its answer, Ctrl+V in that field (the
// clipboard holds a picture and no text), Ctrl+S.
TEST_F(EditorViewTest, TabReachesTheAnswerAndCtrlVInAFieldPastesAPicture) {
    const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + "copied pixels";
    Editor().SetClipboardImageReader([&png]() -> Result<std::string> { return png; });
    PressCtrl(GLFW_KEY_N);
    ASSERT_EQ(shell_->current(), ViewId::kEditor);
    harness_.Frame(Draw());  // the question's text takes the keyboard
    harness_.Type("Which screen?", Draw());
    Press(GLFW_KEY_TAB);
    harness_.Frame(Draw());
    harness_.Type("The editor", Draw());
    EXPECT_EQ(Editor().question().back, "The editor");
    PressCtrl(GLFW_KEY_V);
    EXPECT_TRUE(harness_.io().WantTextInput) << "the answer keeps the keyboard";
    EXPECT_EQ(Editor().question().back, "The editor");
    PressCtrl(GLFW_KEY_S);
    harness_.Frame(Draw());
    EXPECT_EQ(shell_->current(), ViewId::kHome);
    auto stored =
        StoredWithPrompt("Which screen?\n\n![image](media:" + content::Sha256Hex(png) + ")");
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->question.back, "The editor");
}

class EditorFromBrowseTest : public EditorViewTest {
  protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(EditorViewTest::SetUp());
        shell_->OpenBrowse("largest");
        shell_->browse().WaitForSearch();
        harness_.Frame(Draw());
        ASSERT_EQ(shell_->browse().ids().size(), 1u);
        card_ = shell_->browse().ids().front();
        harness_.Click(testing::CenterOf(shell_->browse().rects(), "row/0"), Draw());
    }
    // Reviews the card once so it has a schedule and a review to keep.
    void Review() {
        CardState state;
        state.phase = CardPhase::kReview;
        state.scheduled_days = 4;
        state.due_ms = now_ + 4 * 86'400'000LL;
        state.stability = 4;
        state.difficulty = 5;
        state.reps = 1;
        storage::ReviewRecord review;
        review.time_ms = now_;
        ASSERT_TRUE(collection_->RecordReview(card_, state, review).has_value());
    }
    storage::StudyCard Card() { return *collection_->GetCard(card_); }

    storage::CardId card_;
};

TEST_F(EditorFromBrowseTest, EnterCtrlEAndDoubleClickOpenTheRowsQuestion) {
    Press(GLFW_KEY_ENTER);
    ASSERT_EQ(shell_->current(), ViewId::kEditor);
    EXPECT_FALSE(Editor().IsNew());
    EXPECT_EQ(Editor().question().id, "largest");
    EXPECT_EQ(shell_->WindowTitle(), "Edit question — Summit");
    Press(GLFW_KEY_ESCAPE);  // unchanged: back at once
    EXPECT_EQ(shell_->current(), ViewId::kBrowse);

    PressCtrl(GLFW_KEY_E);
    ASSERT_EQ(shell_->current(), ViewId::kEditor);
    Click("button/cancel");
    harness_.Frame(Draw());
    ASSERT_EQ(shell_->current(), ViewId::kBrowse);

    harness_.DoubleClick(testing::CenterOf(shell_->browse().rects(), "row/0"), Draw());
    EXPECT_EQ(shell_->current(), ViewId::kEditor);
}

// The keyboard alone, from Home to a changed question: B, the search typed, Down into the
// table, Enter on the row, the question's text (where the editor puts the keyboard), Ctrl+S.
TEST_F(EditorViewTest, TheKeyboardAloneFindsAQuestionAndEditsIt) {
    EXPECT_EQ(shell_->WindowTitle(), "Summit");
    Press(GLFW_KEY_B);
    ASSERT_EQ(shell_->current(), ViewId::kBrowse);
    harness_.Frame(Draw());  // the search box takes the keyboard
    harness_.Type("largest", Draw());
    shell_->browse().WaitForSearch();
    harness_.Frame(Draw());
    ASSERT_EQ(shell_->browse().ids().size(), 1u);
    EXPECT_TRUE(harness_.io().WantTextInput);
    Press(GLFW_KEY_DOWN);
    harness_.Frame(Draw());
    EXPECT_FALSE(harness_.io().WantTextInput) << "the table has the keys";
    EXPECT_EQ(shell_->browse().selection().current(), shell_->browse().ids().front());
    Press(GLFW_KEY_ENTER);
    ASSERT_EQ(shell_->current(), ViewId::kEditor);
    harness_.Frame(Draw());
    harness_.Frame(Draw());
    harness_.io().KeyCtrl = true;
    Press(GLFW_KEY_END);
    harness_.io().KeyCtrl = false;
    harness_.Type(" (edited)", Draw());
    EXPECT_NE(Editor().question().prompt.find("(edited)"), std::string::npos)
        << Editor().question().prompt;
    PressCtrl(GLFW_KEY_S);
    harness_.Frame(Draw());
    EXPECT_EQ(shell_->current(), ViewId::kBrowse);
    auto rows = collection_->ListQuestions(std::nullopt);
    ASSERT_TRUE(rows.has_value());
    const bool saved = std::any_of(rows->begin(), rows->end(), [](const auto& row) {
        return row.prompt.find("(edited)") != std::string::npos;
    });
    EXPECT_TRUE(saved);
}

TEST_F(EditorFromBrowseTest, ChangingTheAnswersAsksWhetherToResetScheduling) {
    ASSERT_NO_FATAL_FAILURE(Review());
    const storage::StudyCard before = Card();
    ASSERT_NE(before.state.phase, CardPhase::kNew);

    // Only the explanation: saved without asking, the schedule kept.
    Press(GLFW_KEY_ENTER);
    Fill("explanation", "It is a gas giant.");
    SaveTo(ViewId::kBrowse);
    EXPECT_FALSE(Editor().ConfirmingReset());
    EXPECT_EQ(Card().question.explanation, "It is a gas giant.");
    EXPECT_EQ(Card().state.phase, before.state.phase);

    // A choice's text is part of the answer: the modal asks; keeping leaves the schedule.
    Press(GLFW_KEY_ENTER);
    Fill("choice/0/text", "Mercury (the smallest)");
    Click("button/save");
    harness_.Frame(Draw());
    ASSERT_TRUE(Editor().ConfirmingReset());
    Click("reset/no");
    harness_.Frame(Draw());
    EXPECT_EQ(shell_->current(), ViewId::kBrowse);
    EXPECT_EQ(Card().question.choices[0].text, "Mercury (the smallest)");
    EXPECT_EQ(Card().state.phase, before.state.phase);

    // Changing the type and resetting: new again, its review history kept.
    Press(GLFW_KEY_ENTER);
    Editor().SetType(QuestionType::kTrueFalse);
    Click("button/save");
    harness_.Frame(Draw());
    ASSERT_TRUE(Editor().ConfirmingReset());
    Click("reset/yes");
    harness_.Frame(Draw());
    EXPECT_EQ(Card().question.type, QuestionType::kTrueFalse);
    EXPECT_EQ(Card().state.phase, CardPhase::kNew);
    EXPECT_EQ(Card().state.reps, before.state.reps);
    auto history = collection_->ReadReviewLog();
    ASSERT_TRUE(history.has_value());
    EXPECT_EQ(history->size(), 1u);
}

TEST_F(EditorViewTest, EOnTheStudyAnswerEditsThatCardAndComesBackToIt) {
    shell_->StartStudy(std::nullopt);
    harness_.Frame(Draw());
    ASSERT_TRUE(shell_->study().session().has_value());
    const storage::CardId card = shell_->study().session()->Current().id;
    Press(GLFW_KEY_E);  // before answering, E does nothing
    EXPECT_EQ(shell_->current(), ViewId::kStudy);
    Press(GLFW_KEY_ENTER);  // reveals a flashcard, submits "I don't know" for the others
    const study::SessionPhase answered = shell_->study().session()->Phase();
    ASSERT_NE(answered, study::SessionPhase::kQuestion);

    Press(GLFW_KEY_E);
    ASSERT_EQ(shell_->current(), ViewId::kEditor);
    Fill("explanation", "Edited during study.");
    SaveTo(ViewId::kStudy);
    harness_.Frame(Draw());
    EXPECT_EQ(shell_->study().session()->Current().id, card);
    EXPECT_EQ(shell_->study().session()->Phase(), answered);
    EXPECT_EQ(shell_->study().session()->DisplayedQuestion().explanation, "Edited during study.");
    // The answer is on screen again, with the edited explanation under it.
    const std::string text = harness_.FrameText(Draw());
    EXPECT_NE(text.find("Edited during study."), std::string::npos) << text;
}

}  // namespace
}  // namespace summit::ui
