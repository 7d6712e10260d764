#include "app/ui/edit/field_problems.h"

#include <utility>

#include <imgui.h>

#include "app/ui/widgets/theme.h"

namespace summit::ui {

bool FieldWithin(std::string_view problem_field, std::string_view field) {
    if (!problem_field.starts_with(field)) {
        return false;
    }
    if (problem_field.size() == field.size()) {
        return true;
    }
    const char next = problem_field[field.size()];
    return next == '[' || next == '.';
}

FieldProblems::FieldProblems(std::vector<content::QuestionProblem> problems)
    : problems_(std::move(problems)), drawn_(problems_.size(), false) {}

void FieldProblems::Under(std::string_view field, bool nested) {
    for (std::size_t i = 0; i < problems_.size(); ++i) {
        const std::string& at = problems_[i].field;
        if (drawn_[i] || !(nested ? FieldWithin(at, field) : at == field)) {
            continue;
        }
        drawn_[i] = true;
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(Colors().error, "%s", problems_[i].message.c_str());
        ImGui::PopTextWrapPos();
    }
}

void FieldProblems::Rest() {
    for (std::size_t i = 0; i < problems_.size(); ++i) {
        if (drawn_[i]) {
            continue;
        }
        drawn_[i] = true;
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(Colors().error, "%s%s%s", problems_[i].field.c_str(),
                           problems_[i].field.empty() ? "" : ": ", problems_[i].message.c_str());
        ImGui::PopTextWrapPos();
    }
}

bool FieldProblems::Has(std::string_view field) const {
    for (const content::QuestionProblem& problem : problems_) {
        if (FieldWithin(problem.field, field)) {
            return true;
        }
    }
    return false;
}

}  // namespace summit::ui
