// The feedback panel: verdict, right answer, close-miss diff, explanation, source, and the four
// rating buttons labelled with their next intervals.
#include "app/ui/study/feedback_panel.h"

#include <algorithm>
#include <cstdio>
#include <string>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "app/ui/widgets/long_text.h"
#include "app/ui/widgets/rich_text.h"
#include "app/ui/widgets/theme.h"

namespace summit::ui {
namespace {

using content::QuestionType;
using study::DiffSegment;
using study::Verdict;

constexpr Rating kRatings[4] = {Rating::kAgain, Rating::kHard, Rating::kGood, Rating::kEasy};
constexpr const char* kRatingLabels[4] = {"Again", "Hard", "Good", "Easy"};

void Wrapped(const std::string& text) {
    LongTextWrapped(text);
}

}  // namespace

void FeedbackPanel::Begin(FeedbackInput input) {
    input_ = std::move(input);
    has_input_ = true;
    highlighted_ = input_.suggested.value_or(Rating::kGood);
    taken_.reset();
    accepted_as_right_ = false;
    rects_.Clear();
}

void FeedbackPanel::Draw() {
    DrawDetails();
    DrawRatings();
}

std::optional<Rating> FeedbackPanel::TakeRating() {
    std::optional<Rating> taken = taken_;
    taken_.reset();
    return taken;
}

void FeedbackPanel::DrawDetails() {
    if (!has_input_) {
        return;
    }
    ImGui::PushID("feedback");
    const study::GradeResult& grade = input_.grade;
    DrawVerdict();
    // A flashcard's back is already under its front in the question panel.
    if (!grade.SelfRated() && !grade.correct_answer.empty()) {
        ImGui::TextDisabled("Answer:");
        ImGui::SameLine();
        Wrapped(grade.correct_answer);
    }
    if (grade.verdict == Verdict::kAlmost) {
        if (!grade.diff.empty()) {
            DrawDiff(grade.diff);
        }
        for (size_t i = 0; i < grade.parts.size(); ++i) {
            const study::PartResult& part = grade.parts[i];
            if (grade.type == QuestionType::kCloze && part.verdict == Verdict::kAlmost &&
                !part.diff.empty()) {
                ImGui::TextDisabled("Gap %zu:", i + 1);
                ImGui::SameLine();
                DrawDiff(part.diff);
            }
        }
        ImGui::TextDisabled("Highlighted: letters missing; struck out: letters extra");
        if (!accepted_as_right_) {
            if (ImGui::Button("I was right###i_was_right")) {
                accepted_as_right_ = true;
                highlighted_ = Rating::kGood;
            }
            rects_.RecordLastItem("i_was_right");
            if (ImGui::IsItemHovered()) {
                ImGui::SetTooltip("Count it as right: highlights Good, then Enter accepts");
            }
        }
    }
    // The feedback written for the choices the student picked.
    if (grade.type == QuestionType::kMultipleChoice) {
        for (size_t i = 0; i < grade.parts.size() && i < input_.question.choices.size(); ++i) {
            const content::Choice& choice = input_.question.choices[i];
            if (!grade.parts[i].given.empty() && !choice.feedback.empty()) {
                DrawQuestionText(choice.text + ": " + choice.feedback, input_.question.text_format,
                                 images_);
            }
        }
    }
    if (!grade.feedback.empty()) {
        Wrapped(grade.feedback);
    }
    if (!input_.question.explanation.empty()) {
        ImGui::Dummy(ImVec2(0, Em(0.3f)));
        DrawQuestionText(input_.question.explanation, input_.question.text_format, images_);
    }
    DrawSource();
    ImGui::PopID();
}

void FeedbackPanel::DrawVerdict() {
    const study::GradeResult& grade = input_.grade;
    if (grade.SelfRated()) {
        return;
    }
    const char* text = "Incorrect";
    const Palette& colors = Colors();
    ImVec4 color = colors.error;
    switch (*grade.verdict) {
        case Verdict::kCorrect:
            text = "Correct";
            color = colors.success;
            break;
        case Verdict::kAlmost:
            text = accepted_as_right_ ? "Almost: counted as right" : "Almost";
            color = accepted_as_right_ ? colors.success : colors.warning;
            break;
        case Verdict::kPartial:
            text = "Partly right";
            color = colors.warning;
            break;
        case Verdict::kWrong:
            break;
    }
    ImGui::TextColored(color, "%s", text);
    if (grade.verdict == Verdict::kPartial) {
        ImGui::SameLine();
        ImGui::TextDisabled("(%d%%)", static_cast<int>(grade.score * 100 + 0.5));
    }
    if (grade.dont_know) {
        ImGui::SameLine();
        ImGui::TextDisabled("(I don't know)");
    }
}

void FeedbackPanel::DrawDiff(const std::vector<DiffSegment>& diff) {
    // Backgrounds go under the text: each rect is drawn before its segment's text.
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 missing_bg = ImGui::GetColorU32(Colors().missing_bg);
    const ImU32 extra_bg = ImGui::GetColorU32(Colors().extra_bg);
    const ImU32 strike = ImGui::GetColorU32(ImGuiCol_Text);
    bool first = true;
    for (const DiffSegment& segment : diff) {
        if (segment.text.empty()) {
            continue;
        }
        if (!first) {
            ImGui::SameLine(0, 0);
        }
        first = false;
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        const ImVec2 size = ImGui::CalcTextSize(segment.text.c_str());
        const ImVec2 end(pos.x + size.x, pos.y + size.y);
        if (segment.kind == DiffSegment::Kind::kMissing) {
            draw->AddRectFilled(pos, end, missing_bg);
            draw->AddLine(ImVec2(pos.x, end.y), end, strike);  // underline
        } else if (segment.kind == DiffSegment::Kind::kExtra) {
            draw->AddRectFilled(pos, end, extra_bg);
        }
        ImGui::TextUnformatted(segment.text.c_str());
        if (segment.kind == DiffSegment::Kind::kExtra) {
            const float mid = pos.y + size.y * 0.55f;
            draw->AddLine(ImVec2(pos.x, mid), ImVec2(end.x, mid), strike);
        }
    }
}

void FeedbackPanel::DrawSource() {
    const std::optional<content::SourceRef>& source = input_.question.source;
    if (!source || (source->paragraph < 0 && source->article.empty())) {
        return;
    }
    std::string text = "Source: ";
    if (!source->article.empty()) {
        text += source->article;
        if (source->paragraph >= 0) {
            text += ", ";
        }
    }
    if (source->paragraph == 0) {
        text += "title";
    } else if (source->paragraph > 0) {
        text += "paragraph " + std::to_string(source->paragraph);
    }
    ImGui::TextDisabled("%s", text.c_str());
}

void FeedbackPanel::DrawRatings() {
    if (!has_input_) {
        return;
    }
    ImGui::PushID("ratings");
    ImGui::Dummy(ImVec2(0, Em(0.4f)));
    std::optional<Rating> clicked;
    if (!input_.show_ratings) {
        if (ImGui::Button("Continue###continue", ImVec2(Em(9), Em(2.2f)))) {
            clicked = highlighted_;
        }
        rects_.RecordLastItem("continue");
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("Enter or Space");
        }
    } else {
        const ImGuiStyle& style = ImGui::GetStyle();
        const float width =
            std::max(Em(5.5f), (ImGui::GetContentRegionAvail().x - style.ItemSpacing.x * 3) / 4);
        char label[96];
        char name[16];
        for (int i = 0; i < 4; ++i) {
            const Rating rating = kRatings[i];
            const std::string& interval = input_.intervals[i];
            if (interval.empty()) {
                std::snprintf(label, sizeof label, "%s###rate%d", kRatingLabels[i], i + 1);
            } else {
                std::snprintf(label, sizeof label, "%s \u00b7 %s###rate%d", kRatingLabels[i],
                              interval.c_str(), i + 1);
            }
            const bool lit = rating == highlighted_;
            if (lit) {
                ImGui::PushStyleColor(ImGuiCol_Button, Colors().selected);
                ImGui::PushStyleColor(ImGuiCol_Border, ImGui::GetStyleColorVec4(ImGuiCol_Text));
                ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::max(1.0f, Em(0.12f)));
            }
            if (i > 0) {
                ImGui::SameLine();
            }
            if (ImGui::Button(label, ImVec2(width, Em(2.2f)))) {
                clicked = rating;
            }
            if (lit) {
                ImGui::PopStyleVar();
                ImGui::PopStyleColor(2);
            }
            std::snprintf(name, sizeof name, "rate/%d", i + 1);
            rects_.RecordLastItem(name);
            if (ImGui::IsItemHovered()) {
                ImGui::SetTooltip(lit ? "Key %d (suggested: Enter or Space)" : "Key %d", i + 1);
            }
        }
    }
    if (clicked) {
        taken_ = clicked;
    }
    HandleKeys();
    ImGui::PopID();
}

void FeedbackPanel::HandleKeys() {
    const ImGuiIO& io = ImGui::GetIO();
    if (!keys_enabled_ || io.WantTextInput || io.KeyCtrl || io.KeySuper ||
        !ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) {
        return;
    }
    if (input_.show_ratings) {
        for (int i = 0; i < 4; ++i) {
            if (ImGui::IsKeyPressed(GLFW_KEY_1 + i, false) ||
                ImGui::IsKeyPressed(GLFW_KEY_KP_1 + i, false)) {
                taken_ = kRatings[i];
                return;
            }
        }
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space), false)) {
        taken_ = highlighted_;
    }
}

}  // namespace summit::ui
