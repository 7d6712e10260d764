// The editor's live validation beside its fields: the problems ValidateQuestion found, each
// drawn once under the field it names, and the rest wherever the editor lists them last.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "content/formats/json_bank.h"

namespace summit::ui {

class FieldProblems {
  public:
    explicit FieldProblems(std::vector<content::QuestionProblem> problems);

    // Draws, in the error colour, each problem not drawn yet at `field` ("choices") or, with
    // `nested`, inside it ("choices[1].text", "numbers[0]"). UI thread, inside a window.
    void Under(std::string_view field, bool nested = true);
    // Draws every problem no field has drawn yet.
    void Rest();
    // True when a problem is at `field` or inside it (to colour the field).
    bool Has(std::string_view field) const;

    std::size_t size() const { return problems_.size(); }
    const std::vector<content::QuestionProblem>& all() const { return problems_; }

  private:
    std::vector<content::QuestionProblem> problems_;
    std::vector<bool> drawn_;
};

// True when `problem_field` is `field` or lies inside it: "pairs[0]" inside "pairs".
bool FieldWithin(std::string_view problem_field, std::string_view field);

}  // namespace summit::ui
