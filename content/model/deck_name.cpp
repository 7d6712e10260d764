// Deck name components, ancestors and subtree membership.
#include "content/model/deck_name.h"

namespace summit::content {

Status CheckDeckName(std::string_view name) {
    if (name.empty()) {
        return Fail(ErrorCode::kInvalidArgument, "a deck name must not be empty");
    }
    size_t start = 0;
    while (true) {
        const size_t end = name.find(kDeckSeparator, start);
        const std::string_view part =
            name.substr(start, end == std::string_view::npos ? name.npos : end - start);
        if (part.empty()) {
            return Fail(ErrorCode::kInvalidArgument,
                        "deck name '" + std::string(name) +
                            "' has an empty part: each part between '::' needs a name");
        }
        if (end == std::string_view::npos) {
            return {};
        }
        start = end + kDeckSeparator.size();
    }
}

std::vector<std::string> DeckNameParts(std::string_view name) {
    std::vector<std::string> parts;
    size_t start = 0;
    while (true) {
        const size_t end = name.find(kDeckSeparator, start);
        if (end == std::string_view::npos) {
            parts.emplace_back(name.substr(start));
            return parts;
        }
        parts.emplace_back(name.substr(start, end - start));
        start = end + kDeckSeparator.size();
    }
}

std::vector<std::string> DeckAncestors(std::string_view name) {
    std::vector<std::string> ancestors;
    for (size_t end = name.find(kDeckSeparator); end != std::string_view::npos;
         end = name.find(kDeckSeparator, end + kDeckSeparator.size())) {
        ancestors.emplace_back(name.substr(0, end));
    }
    return ancestors;
}

std::string_view DeckLeafName(std::string_view name) {
    const size_t last = name.rfind(kDeckSeparator);
    return last == std::string_view::npos ? name : name.substr(last + kDeckSeparator.size());
}

int DeckDepth(std::string_view name) {
    return static_cast<int>(DeckAncestors(name).size());
}

bool IsDeckInTree(std::string_view name, std::string_view root) {
    if (!name.starts_with(root)) {
        return false;
    }
    return name.size() == root.size() || name.substr(root.size()).starts_with(kDeckSeparator);
}

namespace {

std::string AsciiLower(std::string_view text) {
    std::string lower(text);
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return lower;
}

}  // namespace

bool DeckTreeLess(std::string_view a, std::string_view b) {
    const std::vector<std::string> parts_a = DeckNameParts(a);
    const std::vector<std::string> parts_b = DeckNameParts(b);
    std::vector<std::string> lower_a;
    std::vector<std::string> lower_b;
    for (const std::string& part : parts_a) {
        lower_a.push_back(AsciiLower(part));
    }
    for (const std::string& part : parts_b) {
        lower_b.push_back(AsciiLower(part));
    }
    if (lower_a != lower_b) {
        return lower_a < lower_b;
    }
    return parts_a < parts_b;
}

}  // namespace summit::content
