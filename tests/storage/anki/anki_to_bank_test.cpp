// Anki notes as Summit questions without a package file: cloze splitting, the template
// renderer, and note types told apart by their structure rather than their (English) names.
#include "storage/anki/anki_to_bank.h"

#include <gtest/gtest.h>

#include "content/formats/bank_validation.h"
#include "storage/anki/anki_cloze.h"
#include "storage/anki/anki_template.h"

namespace summit::storage::anki {
namespace {

using content::QuestionType;

TEST(AnkiCloze, NumbersAreDistinctSortedAndSkipZero) {
    EXPECT_EQ(ClozeNumbers("{{c3::b::h}} {{c1::a}} {{c1::c}} {{c0::label}}"),
              (std::vector<int>{1, 3}));
    EXPECT_TRUE(ClozeNumbers("{{c::a}} {{cx::b}} {{Front}} c1::d").empty());
    EXPECT_EQ(ClozeNumbers("{{c12::x}}"), std::vector<int>{12});
}

TEST(AnkiCloze, OneNumberBecomesGapsTheOthersShowTheirAnswers) {
    const std::string html = "{{c1::a}} and {{c3::b::a hint}} then {{c1::c}}";
    const ClozeCard first = ClozeForNumber(html, 1);
    EXPECT_EQ(first.html, GapMark(0) + " and b then " + GapMark(1));
    EXPECT_EQ(first.answers, (std::vector<std::string>{"a", "c"}));
    EXPECT_EQ(first.hints, (std::vector<std::string>{"", ""}));
    const ClozeCard third = ClozeForNumber(html, 3);
    EXPECT_EQ(third.html, "a and " + GapMark(0) + " then c");
    EXPECT_EQ(third.answers, std::vector<std::string>{"b"});
    EXPECT_EQ(third.hints, std::vector<std::string>{"a hint"});
}

TEST(AnkiCloze, NestedDeletionsAndUnclosedMarkers) {
    const std::string html = "{{c1::x {{c2::y}} z}}";
    EXPECT_EQ(ClozeNumbers(html), (std::vector<int>{1, 2}));
    const ClozeCard outer = ClozeForNumber(html, 1);
    EXPECT_EQ(outer.html, GapMark(0));
    EXPECT_EQ(outer.answers, std::vector<std::string>{"x y z"});
    const ClozeCard inner = ClozeForNumber(html, 2);
    EXPECT_EQ(inner.html, "x " + GapMark(0) + " z");
    EXPECT_EQ(inner.answers, std::vector<std::string>{"y"});
    // An unclosed deletion is text, not a card.
    EXPECT_TRUE(ClozeNumbers("{{c1::never closed").empty());
    EXPECT_EQ(ClozeForNumber("{{c1::never closed", 1).html, "{{c1::never closed");
}

TEST(AnkiTemplate, FieldsFrontSideAndSections) {
    const TemplateFields fields{{"Front", "F"}, {"Back", "B"}, {"Add Reverse", " &nbsp;<br>"}};
    EXPECT_EQ(RenderAnkiTemplate("<b>{{Front}}</b>", fields).html, "<b>F</b>");
    EXPECT_EQ(RenderAnkiTemplate("{{FrontSide}}<hr id=answer>{{ Back }}", fields, "S").html,
              "S<hr id=answer>B");
    // "Add Reverse" holds only spaces and a break: no content, so the section is hidden.
    EXPECT_EQ(RenderAnkiTemplate("{{#Add Reverse}}{{Back}}{{/Add Reverse}}", fields).html, "");
    EXPECT_EQ(RenderAnkiTemplate("{{^Add Reverse}}none{{/Add Reverse}}", fields).html, "none");
    EXPECT_EQ(RenderAnkiTemplate("{{#Front}}[{{#Front}}{{Back}}{{/Front}}]{{/Front}}", fields).html,
              "[B]");
    const RenderedTemplate rendered = RenderAnkiTemplate("{{Front}} {{Back}}", fields);
    EXPECT_EQ(rendered.fields_shown, (std::vector<std::string>{"Front", "Back"}));
    EXPECT_TRUE(rendered.unrendered.empty());
}

TEST(AnkiTemplate, FiltersAndWhatCannotBeRenderedIsListed) {
    const TemplateFields fields{{"Front", "F"}, {"Back", "B"}, {"Text", "T"}};
    const RenderedTemplate typed = RenderAnkiTemplate("{{Front}}\n{{type:Back}}", fields);
    EXPECT_EQ(typed.html, "F\n");
    EXPECT_EQ(typed.typed_field, "Back");
    const RenderedTemplate cloze = RenderAnkiTemplate("{{cloze:Text}}", fields);
    EXPECT_EQ(cloze.html, "T");
    EXPECT_EQ(cloze.cloze_field, "Text");
    const RenderedTemplate odd = RenderAnkiTemplate(
        "{{Tags}}{{furigana:Front}}{{Missing}}{{#Nope}}x{{/Nope}}<script>1</script>", fields);
    EXPECT_EQ(odd.html, "F<script>1</script>");
    EXPECT_EQ(odd.unrendered, (std::vector<std::string>{"{{Tags}}", "{{furigana:Front}}",
                                                        "{{Missing}}", "{{#Nope}}", "<script>"}));
    EXPECT_EQ(RenderAnkiTemplate("{{#Front}}never closed", fields).unrendered,
              std::vector<std::string>{"{{#Front}}"});
}

TEST(AnkiTemplate, AnswerPartFollowsTheDividerInAnyQuoting) {
    EXPECT_EQ(AnswerPart("{{FrontSide}}\n<hr id=answer>\n{{Back}}"), "\n{{Back}}");
    EXPECT_EQ(AnswerPart("{{FrontSide}}<HR id=\"answer\">{{Back}}"), "{{Back}}");
    EXPECT_EQ(AnswerPart("{{Back}}"), "{{Back}}");
}

// A package of one note type and its notes, each note with one card per entry of `ords`.
struct NoteSpec {
    std::string guid;
    std::vector<std::string> fields;
    std::vector<int> ords = {0};
    std::int64_t deck = 1;
    std::vector<std::string> tags = {};
};

AnkiPackage PackageOf(AnkiNoteType type, const std::vector<NoteSpec>& notes,
                      std::vector<AnkiDeck> decks = {{1, "Default"}}) {
    AnkiPackage package;
    type.id = 7;
    package.note_types.push_back(type);
    package.decks = std::move(decks);
    std::int64_t id = 100;
    for (const NoteSpec& spec : notes) {
        const std::int64_t note = ++id;
        package.notes.push_back({note, spec.guid, 7, spec.fields, spec.tags});
        for (int ord : spec.ords) {
            AnkiCard card;
            card.id = ++id;
            card.note_id = note;
            card.deck_id = spec.deck;
            card.ord = ord;
            package.cards.push_back(card);
        }
    }
    return package;
}

const content::Question& OnlyQuestion(const AnkiConversion& conversion) {
    EXPECT_EQ(conversion.QuestionCount(), 1u);
    return conversion.banks.at(0).bank.questions.at(0);
}

bool AnyWarningHas(const AnkiConversion& conversion, std::string_view text) {
    for (const Error& warning : conversion.warnings) {
        if (warning.message.find(text) != std::string::npos) {
            return true;
        }
    }
    return false;
}

TEST(AnkiToBank, ReversedTypeIsFoundByItsTemplatesWhateverItsName) {
    AnkiNoteType type{0,
                      "Einfach (mit Rückseite)",
                      AnkiNoteType::Kind::kStandard,
                      {"Vorderseite", "Rückseite"},
                      {{"Karte 1", "{{Vorderseite}}", "{{FrontSide}}<hr id=answer>{{Rückseite}}"},
                       {"Karte 2", "{{Rückseite}}", "{{FrontSide}}<hr id=answer>{{Vorderseite}}"}}};
    const AnkiConversion conversion =
        ConvertAnkiPackage(PackageOf(type, {{"ab", {"Hund", "dog"}, {0, 1}}}), "p.apkg");
    const content::Question& question = OnlyQuestion(conversion);
    EXPECT_EQ(question.type, QuestionType::kFlashcard);
    EXPECT_TRUE(question.reversible);
    EXPECT_EQ(question.prompt, "Hund");
    EXPECT_EQ(question.back, "dog");
    EXPECT_EQ(question.id, NoteQuestionId("ab"));
    ASSERT_EQ(conversion.cards.size(), 2u);
    EXPECT_EQ(conversion.cards[1].ordinal, 1);
    EXPECT_EQ(conversion.cards[1].question_guid, "anki-c0/" + NoteQuestionId("ab"));
    EXPECT_EQ(conversion.note_types.at(0).read_as,
              "flashcard, reversible when its second card exists");
}

TEST(AnkiToBank, OptionalReverseOnlyWhenItsFieldHasContent) {
    AnkiNoteType type{0,
                      "x",
                      AnkiNoteType::Kind::kStandard,
                      {"Front", "Back", "Add Reverse"},
                      {{"1", "{{Front}}", "{{FrontSide}}<hr id=answer>{{Back}}"},
                       {"2", "{{#Add Reverse}}{{Back}}{{/Add Reverse}}",
                        "{{FrontSide}}<hr id=answer>{{Front}}"}}};
    const AnkiConversion conversion = ConvertAnkiPackage(
        PackageOf(type, {{"a", {"f1", "b1", ""}}, {"b", {"f2", "b2", "y"}, {0, 1}}}), "p.apkg");
    ASSERT_EQ(conversion.QuestionCount(), 2u);
    EXPECT_FALSE(conversion.banks[0].bank.questions[0].reversible);
    EXPECT_TRUE(conversion.banks[0].bank.questions[1].reversible);
}

TEST(AnkiToBank, TypedAnswerTakesTheTypedField) {
    AnkiNoteType type{0,
                      "t",
                      AnkiNoteType::Kind::kStandard,
                      {"Q", "A"},
                      {{"1", "{{Q}}\n{{type:A}}", "{{Q}}<hr id=answer>{{type:A}}"}}};
    const AnkiConversion conversion =
        ConvertAnkiPackage(PackageOf(type, {{"g", {"Capital of <b>France</b>?", "Paris"}}}), "p");
    const content::Question& question = OnlyQuestion(conversion);
    EXPECT_EQ(question.type, QuestionType::kTyped);
    EXPECT_EQ(question.prompt, "Capital of **France**?");
    EXPECT_EQ(question.text_format, content::TextFormat::kMarkdown);
    EXPECT_EQ(question.accepted, std::vector<std::string>{"Paris"});
}

TEST(AnkiToBank, ClozeNoteGivesOneQuestionPerNumberWithHintsAndExtra) {
    AnkiNoteType type{0,
                      "Lückentext",
                      AnkiNoteType::Kind::kCloze,
                      {"Text", "Extra"},
                      {{"Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>{{Extra}}"}}};
    const AnkiConversion conversion = ConvertAnkiPackage(
        PackageOf(type, {{"z", {"{{c1::Paris::city}} is in {{c2::France}}", "more"}, {0, 1}}}),
        "p");
    ASSERT_EQ(conversion.QuestionCount(), 2u);
    const auto& questions = conversion.banks[0].bank.questions;
    EXPECT_EQ(questions[0].type, QuestionType::kCloze);
    EXPECT_EQ(questions[0].prompt, "{{Paris}} is in France");
    EXPECT_EQ(questions[0].note, "Hint: city");
    EXPECT_EQ(questions[0].explanation, "more");
    EXPECT_EQ(questions[0].id, NoteQuestionId("z") + ":c1");
    EXPECT_EQ(questions[1].prompt, "Paris is in {{France}}");
    ASSERT_EQ(conversion.cards.size(), 2u);
    EXPECT_EQ(conversion.cards[1].question_guid, "anki-c0/" + NoteQuestionId("z") + ":c2");
    EXPECT_EQ(conversion.cards[1].ordinal, 0);
}

TEST(AnkiToBank, AClozeNoteWhoseDeletionsAreAllLeftOutIsOneNoteSkipped) {
    AnkiNoteType type{0,
                      "c",
                      AnkiNoteType::Kind::kCloze,
                      {"Text"},
                      {{"Cloze", "{{cloze:Text}}", "{{cloze:Text}}"}}};
    // Two deletions in a text too long for a question: both questions are left out.
    const std::string text =
        "{{c1::a}} {{c2::b}} " + std::string(content::kMaxTextCharacters + 1, 'x');
    const AnkiConversion conversion = ConvertAnkiPackage(
        PackageOf(type, {{"long", {text}, {0, 1}}, {"ok", {"{{c1::Paris}} is here"}}}), "p");
    EXPECT_EQ(conversion.QuestionCount(), 1u);
    EXPECT_EQ(conversion.notes_skipped, 1);
    EXPECT_TRUE(AnyWarningHas(conversion, "left out"));
}

TEST(AnkiToBank, ClozeAnswerASummitGapCannotHoldBecomesAFlashcard) {
    AnkiNoteType type{0,
                      "c",
                      AnkiNoteType::Kind::kCloze,
                      {"Text"},
                      {{"Cloze", "{{cloze:Text}}", "{{cloze:Text}}"}}};
    const AnkiConversion conversion =
        ConvertAnkiPackage(PackageOf(type, {{"z", {"pick {{c1::a|b}}"}}}), "p");
    const content::Question& question = OnlyQuestion(conversion);
    EXPECT_EQ(question.type, QuestionType::kFlashcard);
    EXPECT_EQ(question.prompt, "pick [...]");
    EXPECT_EQ(question.back, "a|b");
}

TEST(AnkiToBank, UnrenderableTemplateFallsBackToFirstFieldFrontAndSaysWhy) {
    AnkiNoteType type{0,
                      "odd",
                      AnkiNoteType::Kind::kStandard,
                      {"One", "Two", "Three"},
                      {{"1", "{{Tags}}", "{{Deck}}"}}};
    const AnkiConversion conversion =
        ConvertAnkiPackage(PackageOf(type, {{"o", {"first", "second", "third"}}}), "p");
    const content::Question& question = OnlyQuestion(conversion);
    EXPECT_EQ(question.prompt, "first");
    EXPECT_EQ(question.back, "second\nthird");
    EXPECT_TRUE(AnyWarningHas(conversion, "{{Tags}} cannot be rendered"));
    EXPECT_EQ(conversion.note_types.at(0).read_as, "flashcard: first field front, the rest back");
}

TEST(AnkiToBank, SoundsAreTextDecksSplitAtTheTopAndTagsKept) {
    AnkiNoteType type{0,
                      "b",
                      AnkiNoteType::Kind::kStandard,
                      {"Front", "Back"},
                      {{"1", "{{Front}}", "{{FrontSide}}<hr id=answer>{{Back}}"}}};
    const AnkiConversion conversion = ConvertAnkiPackage(
        PackageOf(type, {{"s", {"hear [sound:a&b.mp3]", "back"}, {0}, 5, {"t1", "x::y"}}},
                  {{1, "Default"}, {5, "Lang::French::Verbs"}}),
        "p");
    ASSERT_EQ(conversion.banks.size(), 1u);
    EXPECT_EQ(conversion.banks[0].bank.deck, "Lang");
    const content::Question& question = OnlyQuestion(conversion);
    EXPECT_EQ(question.prompt, "hear sound: a&b.mp3");
    EXPECT_EQ(question.deck, "French::Verbs");
    EXPECT_EQ(question.tags, (std::vector<std::string>{"t1", "x::y"}));
    EXPECT_EQ(conversion.sounds, std::vector<std::string>{"a&b.mp3"});
    EXPECT_TRUE(AnyWarningHas(conversion, "sound: NAME"));
}

TEST(AnkiToBank, ImagesBecomeMediaReferencesWithTheirBytes) {
    AnkiNoteType type{
        0, "b", AnkiNoteType::Kind::kStandard, {"Front", "Back"}, {{"1", "{{Front}}", "{{Back}}"}}};
    AnkiPackage package =
        PackageOf(type, {{"i", {"<img src=\"dot.gif\">", "<img src='missing.png'>"}}});
    const std::string gif("GIF89a\x01\x00\x01\x00\x00\x00\x00;", 13);
    package.media.push_back({"dot.gif", gif});
    const AnkiConversion conversion = ConvertAnkiPackage(package, "p");
    const content::Question& question = OnlyQuestion(conversion);
    EXPECT_NE(question.prompt.find("](media:"), std::string::npos) << question.prompt;
    EXPECT_EQ(conversion.banks[0].images, std::vector<std::string>{gif});
    EXPECT_EQ(conversion.images, 1);
    EXPECT_TRUE(AnyWarningHas(conversion, "missing.png"));
}

}  // namespace
}  // namespace summit::storage::anki
