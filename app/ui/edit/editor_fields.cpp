// The editor's fields every type shares: its type, prompt, explanation, topic, tags and
// source paragraph, around the type's own answer fields, each with its problems under it.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/ui/edit/editor_view.h"
#include "app/ui/widgets/theme.h"

namespace summit::ui {

namespace {

using content::QuestionType;

const char* TypeLabel(QuestionType type) {
    switch (type) {
        case QuestionType::kFlashcard:
            return "Flashcard";
        case QuestionType::kMultipleChoice:
            return "Multiple choice";
        case QuestionType::kTrueFalse:
            return "True or false";
        case QuestionType::kTyped:
            return "Typed answer";
        case QuestionType::kCloze:
            return "Cloze (fill the gaps)";
        case QuestionType::kMatching:
            return "Matching pairs";
        case QuestionType::kOrdering:
            return "Ordering";
        case QuestionType::kNumerical:
            return "Numerical";
    }
    return "?";
}

const char* PromptLabel(QuestionType type) {
    switch (type) {
        case QuestionType::kFlashcard:
            return "Front";
        case QuestionType::kTrueFalse:
            return "Statement";
        case QuestionType::kCloze:
            return "Sentence with {{gaps}}";
        default:
            return "Question";
    }
}

// Tags typed as "a, b c": split at commas and spaces, as a tag never holds either.
std::vector<std::string> SplitTags(const std::string& text) {
    std::vector<std::string> tags;
    std::string tag;
    for (char c : text + ",") {
        if (c == ',' || c == ' ') {
            if (!tag.empty()) {
                tags.push_back(std::move(tag));
            }
            tag.clear();
        } else {
            tag += c;
        }
    }
    return tags;
}

}  // namespace

void EditorView::SetTagsText(std::string text) {
    tags_text_ = std::move(text);
    draft_->question().tags = SplitTags(tags_text_);
}

void EditorView::DrawTypeCombo() {
    const QuestionType current = draft_->question().type;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Type");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(Em(14));
    if (ImGui::BeginCombo("##type", TypeLabel(current))) {
        for (QuestionType type : content::kAllQuestionTypes) {
            if (ImGui::Selectable(TypeLabel(type), type == current)) {
                SetType(type);
            }
        }
        ImGui::EndCombo();
    }
    rects_.RecordLastItem("type");
}

void EditorView::DrawFields(FieldProblems& problems) {
    DrawTypeCombo();
    problems.Under("type");
    content::Question& q = draft_->question();
    ImGui::TextUnformatted(PromptLabel(q.type));
    // The keyboard starts in the question's text, as a person opening an editor expects.
    if (std::exchange(focus_prompt_, false)) {
        ImGui::SetKeyboardFocusHere();
    }
    ImGui::InputTextMultiline("##prompt", &q.prompt, ImVec2(-1, Em(4)));
    rects_.RecordLastItem("prompt");
    problems.Under("prompt");
    ImGui::Spacing();
    // Tab goes from the question to its answer, as in a set editor; the image comes after.
    DrawAnswerFields(q, answer_state_, problems, rects_);
    ImGui::Spacing();
    DrawImageField();
    ImGui::Spacing();
    ImGui::Separator();
    DrawDetails(problems);
    problems.Rest();
}

void EditorView::DrawDetails(FieldProblems& problems) {
    content::Question& q = draft_->question();
    ImGui::TextUnformatted("Explanation (shown after answering)");
    ImGui::InputTextMultiline("##explanation", &q.explanation, ImVec2(-1, Em(3)));
    rects_.RecordLastItem("explanation");
    problems.Under("explanation");

    const float width = std::max(Em(8), ImGui::GetContentRegionAvail().x - Em(10));
    ImGui::SetNextItemWidth(width);
    ImGui::InputTextWithHint("Topic", "one topic, e.g. planets:orbits", &q.topic);
    rects_.RecordLastItem("topic");
    problems.Under("topic");
    ImGui::SetNextItemWidth(width);
    if (std::string typed = tags_text_;
        ImGui::InputTextWithHint("Tags", "separated by commas", &typed)) {
        SetTagsText(std::move(typed));
    }
    rects_.RecordLastItem("tags");
    problems.Under("tags");

    bool has_source = q.source.has_value() && q.source->paragraph >= 0;
    if (ImGui::Checkbox("From a paragraph of the source", &has_source)) {
        if (has_source) {
            q.source = q.source.value_or(content::SourceRef{});
            q.source->paragraph = 1;
        } else if (q.source) {
            q.source->paragraph = -1;
            if (q.source->article.empty()) {
                q.source.reset();
            }
        }
    }
    rects_.RecordLastItem("source");
    if (has_source) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(Em(6));
        ImGui::InputInt("paragraph (0 is the title)", &q.source->paragraph);
        rects_.RecordLastItem("paragraph");
    }
    problems.Under("source");
}

}  // namespace summit::ui
