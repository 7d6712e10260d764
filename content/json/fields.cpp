// Typed field access on the positioned JSON tree and positioned error lists.
#include "content/json/fields.h"

#include <algorithm>
#include <sstream>

namespace summit::content::json {

std::string FieldReader::Shown(double bound) {
    std::ostringstream out;
    out << bound;
    return out.str();
}

void FieldReader::ReportDuplicateKeys(const Value& value) {
    for (std::size_t i = 0; i < value.members.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (value.members[j].key == value.members[i].key) {
                Report(value.members[i].key_offset, {},
                       "duplicate field \"" + value.members[i].key + "\"");
                break;
            }
        }
        ReportDuplicateKeys(value.members[i].value);
    }
    for (const Value& item : value.items) {
        ReportDuplicateKeys(item);
    }
}

std::size_t OffsetOfPath(const Value& root, std::string_view path) {
    const Value* node = &root;
    while (!path.empty()) {
        std::size_t dot = path.find('.');
        std::string_view part = path.substr(0, dot);
        path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
        std::size_t bracket = part.find('[');
        const Value* next = node->Find(part.substr(0, bracket));
        if (next == nullptr) {
            break;
        }
        node = next;
        if (bracket != std::string_view::npos) {
            std::size_t index = std::stoul(std::string(part.substr(bracket + 1)));
            if (node->kind != Value::Kind::kArray || index >= node->items.size()) {
                break;
            }
            node = &node->items[index];
        }
    }
    return node->offset;
}

bool Covers(std::string_view covered, std::string_view path) {
    if (covered.empty() || !path.starts_with(covered)) {
        return false;
    }
    return path.size() == covered.size() || path[covered.size()] == '.' ||
           path[covered.size()] == '[';
}

ErrorList Finish(std::vector<Problem> problems, std::string_view text, std::string_view file_name) {
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem& a, const Problem& b) { return a.offset < b.offset; });
    json::LineIndex lines(text);
    ErrorList errors;
    for (Problem& problem : problems) {
        problem.error.file = std::string(file_name);
        lines.Locate(problem.offset, problem.error);
        errors.push_back(std::move(problem.error));
    }
    return errors;
}

}  // namespace summit::content::json
