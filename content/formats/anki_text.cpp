// Anki plain-text notes: columns to Summit fields, note types to question types.
#include "content/formats/anki_text.h"

#include <array>
#include <set>

#include "content/formats/anki_text_headers.h"
#include "content/formats/delimited.h"
#include "content/formats/table_bank.h"
#include "content/formats/table_row.h"
#include "content/richtext/html_to_markdown.h"
#include "content/richtext/question_texts.h"

namespace summit::content {
namespace {

constexpr int kSampleLines = 20;

struct NoteKind {
    QuestionType type = QuestionType::kFlashcard;
    bool reversible = false;
    bool known = true;
};

NoteKind KindOfNotetype(std::string_view name) {
    const std::string lower = Lower(Trim(name));
    if (lower.empty() || lower == "basic") {
        return {};
    }
    if (lower == "basic (and reversed card)") {
        return {QuestionType::kFlashcard, true, true};
    }
    if (lower == "basic (type in the answer)") {
        return {QuestionType::kTyped, false, true};
    }
    if (lower == "cloze") {
        return {QuestionType::kCloze, false, true};
    }
    return {QuestionType::kFlashcard, false, false};
}

// Anki's cloze deletions {{c1::answer}} and {{c1::answer::hint}} as Summit gaps {{answer}}.
// Sets `lost_hint` when a hint was dropped.
std::string AnkiClozeToGaps(std::string_view text, bool& lost_hint) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t open = text.find("{{c", i);
        if (open == std::string_view::npos) {
            break;
        }
        std::size_t p = open + 3;
        while (p < text.size() && text[p] >= '0' && text[p] <= '9') {
            ++p;
        }
        const std::size_t close = text.find("}}", p);
        if (p == open + 3 || text.substr(p, 2) != "::" || close == std::string_view::npos) {
            out.append(text.substr(i, open + 3 - i));
            i = open + 3;
            continue;
        }
        std::string_view body = text.substr(p + 2, close - p - 2);
        if (const std::size_t hint = body.find("::"); hint != std::string_view::npos) {
            body = body.substr(0, hint);
            lost_hint = true;
        }
        out.append(text.substr(i, open - i));
        out += "{{" + std::string(body) + "}}";
        i = close + 2;
    }
    out.append(text.substr(std::min(i, text.size())));
    return out;
}

// Which file column feeds which Summit column: the regular (field) columns in order, then the
// special columns the headers name.
struct Layout {
    std::size_t count = 0;                     // columns per record
    std::vector<std::optional<Column>> field;  // per file column; nullopt: special or unused
    std::size_t first_unused = 0;              // a field column with no place, or count
    int tags = -1, guid = -1, notetype = -1, deck = -1;  // 0-based; -1 when absent
};

// The names `#columns:` gives, split with the file's separator.
std::vector<std::string> ColumnNames(const AnkiHeaders& headers, char separator) {
    std::vector<std::string> names;
    for (const Record& record : SplitRecords(headers.columns, separator, '\0', 1, nullptr)) {
        for (const Field& field : record.fields) {
            names.push_back(field.text);
        }
    }
    return names;
}

Layout MakeLayout(const AnkiHeaders& headers, const std::vector<std::string>& names,
                  std::size_t count) {
    Layout layout;
    layout.count = count;
    layout.tags = headers.tags_column - 1;
    layout.guid = headers.guid_column - 1;
    layout.notetype = headers.notetype_column - 1;
    layout.deck = headers.deck_column - 1;
    layout.field.assign(count, std::nullopt);
    layout.first_unused = count;
    const std::set<int> special = {layout.tags, layout.guid, layout.notetype, layout.deck};
    bool named = false;
    for (const std::string& name : names) {
        named = named || ColumnFromName(name) == Column::kFront;
    }
    // Positional: field 1 front, field 2 back; a third is the tags when nothing else says.
    std::vector<Column> positions = {Column::kFront, Column::kBack};
    if (layout.tags < 0 && names.empty()) {
        positions.push_back(Column::kTags);
    }
    std::size_t next = 0;
    for (std::size_t c = 0; c < count; ++c) {
        if (special.count(static_cast<int>(c)) > 0) {
            continue;
        }
        if (named) {
            layout.field[c] = c < names.size() ? ColumnFromName(names[c]) : std::nullopt;
        } else if (next < positions.size()) {
            layout.field[c] = positions[next++];
        }
        if (!layout.field[c] && layout.first_unused == count) {
            layout.first_unused = c;
        }
    }
    return layout;
}

// The deck the bank goes into when notes name theirs: `#deck:` when given, else the longest
// "::"-prefix every named deck shares ("Bio" for "Bio" and "Bio::Cells"; "" for "A" and "B").
std::string BaseDeck(const AnkiHeaders& headers, const Layout& layout,
                     const std::vector<Record>& records) {
    if (!headers.deck.empty() || layout.deck < 0) {
        return headers.deck;
    }
    std::optional<std::string> base;
    for (const Record& record : records) {
        const auto c = static_cast<std::size_t>(layout.deck);
        const std::string_view deck = c < record.fields.size() ? Trim(record.fields[c].text) : "";
        if (deck.empty()) {
            continue;
        }
        if (!base) {
            base = std::string(deck);
        }
        while (!base->empty() && deck != *base && !deck.starts_with(*base + "::")) {
            const std::size_t cut = base->rfind("::");
            base->resize(cut == std::string::npos ? 0 : cut);
        }
    }
    return base.value_or("");
}

class NoteReader {
  public:
    NoteReader(const AnkiHeaders& headers, const Layout& layout, std::string file,
               std::string base_deck, TableBankBuilder& builder)
        : headers_(headers),
          layout_(layout),
          file_(std::move(file)),
          base_deck_(std::move(base_deck)),
          builder_(builder) {}

    void Read(const Record& record) {
        if (Blank(record)) {
            return;
        }
        CheckWidth(record);
        std::array<Field, kColumnCount> owned{};
        std::array<bool, kColumnCount> present{};
        auto put = [&](Column column, const Field& field, std::string text) {
            owned[static_cast<std::size_t>(column)] =
                Field{std::move(text), field.line, field.column};
            present[static_cast<std::size_t>(column)] = true;
        };
        const Field start{{}, record.line, 1};
        auto at = [&](int c) -> const Field* {
            return c >= 0 && static_cast<std::size_t>(c) < record.fields.size()
                       ? &record.fields[static_cast<std::size_t>(c)]
                       : nullptr;
        };
        bool markup = false;
        for (std::size_t c = 0; c < layout_.count && c < record.fields.size(); ++c) {
            if (auto column = layout_.field[c]) {
                const Field& field = record.fields[c];
                if (!headers_.html || *column == Column::kTags) {
                    put(*column, field, field.text);
                    continue;
                }
                HtmlConversion converted = HtmlToMarkdown(field.text);
                markup = markup || converted.has_markup;
                for (std::string& warning : converted.warnings) {
                    Warn(std::move(warning), field.line, field.column);
                }
                put(*column, field, std::move(converted.markdown));
            }
        }
        WarnUnused(record);
        const NoteKind kind = Kind(at(layout_.notetype), record.line);
        put(Column::kType, start, QuestionTypeName(kind.type));
        if (kind.reversible) {
            put(Column::kReversible, start, "true");
        }
        if (kind.type == QuestionType::kCloze) {
            Field& front = owned[static_cast<std::size_t>(Column::kFront)];
            bool lost_hint = false;
            front.text = AnkiClozeToGaps(front.text, lost_hint);
            if (lost_hint) {
                Warn("cloze hints (::hint) are not kept", front.line, front.column);
            }
            // Cloze's second field is "Back Extra": shown after answering.
            Field& back = owned[static_cast<std::size_t>(Column::kBack)];
            if (present[static_cast<std::size_t>(Column::kBack)]) {
                put(Column::kExplanation, back, back.text);
                present[static_cast<std::size_t>(Column::kBack)] = false;
            }
        }
        std::string tags;
        for (const std::string& tag : headers_.tags) {
            tags += tag + " ";
        }
        const Field* tags_field = at(layout_.tags);
        if (tags_field == nullptr && present[static_cast<std::size_t>(Column::kTags)]) {
            tags_field = &owned[static_cast<std::size_t>(Column::kTags)];
        }
        if (tags_field != nullptr) {
            tags += tags_field->text;
        }
        put(Column::kTags, tags_field ? *tags_field : start, tags);
        if (const Field* guid = at(layout_.guid); guid != nullptr && !Trim(guid->text).empty()) {
            put(Column::kId, *guid, IdFromGuid(std::string(Trim(guid->text))));
        }
        RowCells row;
        row.line = record.line;
        for (std::size_t c = 0; c < kColumnCount; ++c) {
            row.cells[c] = present[c] ? &owned[c] : nullptr;
        }
        if (auto question = ReadRow(row, file_, errors, warnings)) {
            question->deck = SubDeck(at(layout_.deck));
            if (headers_.html) {
                // HTML fields were read as Markdown: kept so when they had markup, else plain.
                question->text_format = TextFormat::kMarkdown;
                question = markup ? *question : PlainQuestion(*question);
            }
            builder_.Add(std::move(*question), row);
        }
    }

    ErrorList errors;
    ErrorList warnings;

  private:
    static bool Blank(const Record& record) {
        for (const Field& field : record.fields) {
            if (!Trim(field.text).empty()) {
                return false;
            }
        }
        return true;
    }

    // Anki GUIDs use characters a Summit id may not; those are kept stable as a hash.
    static std::string IdFromGuid(const std::string& guid) {
        for (char c : guid) {
            bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                      c == '.' || c == ':';
            if (!ok) {
                return "g" + ContentId(guid).substr(1);
            }
        }
        return guid;
    }

    // A note's deck column below the bank's deck; a deck elsewhere (only when #deck: names
    // the bank's) is the bank's deck, with a warning.
    std::string SubDeck(const Field* deck_field) {
        const std::string deck(deck_field ? Trim(deck_field->text) : "");
        if (deck.empty() || deck == base_deck_) {
            return "";
        }
        if (base_deck_.empty()) {
            return deck;
        }
        if (deck.starts_with(base_deck_ + "::")) {
            return deck.substr(base_deck_.size() + 2);
        }
        Warn("deck \"" + deck + "\" is not below \"" + base_deck_ +
                 "\" (#deck:); the note goes into \"" + base_deck_ + "\"",
             deck_field->line, deck_field->column);
        return "";
    }

    NoteKind Kind(const Field* row_notetype, int line) {
        std::string name = headers_.notetype;
        if (row_notetype != nullptr && !Trim(row_notetype->text).empty()) {
            name = std::string(Trim(row_notetype->text));
        }
        NoteKind kind = KindOfNotetype(name);
        if (!kind.known && warned_notetypes_.insert(name).second) {
            Warn("note type \"" + name +
                     "\" is not one Summit knows (Basic, Basic (and reversed card), Basic (type "
                     "in the answer), Cloze); its notes are read as Basic: front and back",
                 line, 1);
        }
        return kind;
    }

    void CheckWidth(const Record& record) {
        for (std::size_t c = layout_.count; c < record.fields.size(); ++c) {
            if (!Trim(record.fields[c].text).empty()) {
                Warn("this note has " + std::to_string(record.fields.size()) +
                         " fields but the file " + std::to_string(layout_.count) +
                         " columns; the extra fields are dropped",
                     record.fields[c].line, record.fields[c].column);
                return;
            }
        }
    }

    void WarnUnused(const Record& record) {
        if (warned_unused_) {
            return;
        }
        for (std::size_t c = layout_.first_unused; c < layout_.count && c < record.fields.size();
             ++c) {
            if (!layout_.field[c] && !Trim(record.fields[c].text).empty() &&
                static_cast<int>(c) != layout_.tags && static_cast<int>(c) != layout_.guid &&
                static_cast<int>(c) != layout_.notetype && static_cast<int>(c) != layout_.deck) {
                Warn("column " + std::to_string(c + 1) +
                         " has no place in a Summit question; its fields are ignored (warned "
                         "once)",
                     record.fields[c].line, record.fields[c].column);
                warned_unused_ = true;
                return;
            }
        }
    }

    void Warn(std::string message, int line, int column) {
        warnings.push_back(Error{ErrorCode::kValidation, std::move(message), file_, line, column});
    }

    const AnkiHeaders& headers_;
    const Layout& layout_;
    std::string file_;
    std::string base_deck_;
    TableBankBuilder& builder_;
    std::set<std::string> warned_notetypes_;
    bool warned_unused_ = false;
};

char DetectSeparator(std::string_view body) {
    char separator = DetectDelimiter(body, "\t|;:,", '#', kSampleLines, '\0');
    if (separator == '\0') {
        separator = DetectDelimiter(body, " ", '#', kSampleLines, '\t');
    }
    return separator;
}

}  // namespace

std::expected<ParsedBank, ErrorList> ParseAnkiText(std::string_view text,
                                                   std::string_view file_name, char separator) {
    text = StripBom(text);
    const std::string file(file_name);
    ErrorList warnings;
    const AnkiHeaders headers = ReadAnkiHeaders(text, file, warnings);
    const std::string_view body = text.substr(headers.body_offset);
    if (separator == '\0') {
        separator = headers.separator != '\0' ? headers.separator : DetectSeparator(body);
    }
    TextPosition unclosed;
    const std::vector<Record> records =
        SplitRecords(body, separator, '#', headers.body_line, &unclosed);
    if (unclosed.line > 0) {
        return std::unexpected(
            ErrorList{{ErrorCode::kParse, "this quoted field is never closed (a lone \" ends it)",
                       file, unclosed.line, unclosed.column}});
    }
    const std::vector<std::string> names = ColumnNames(headers, separator);
    const std::size_t count = !names.empty()    ? names.size()
                              : records.empty() ? 0
                                                : records.front().fields.size();
    TableBankBuilder builder(file);
    const Layout layout = MakeLayout(headers, names, count);
    builder.bank().deck = BaseDeck(headers, layout, records);
    NoteReader reader(headers, layout, file, builder.bank().deck, builder);
    for (const Record& record : records) {
        reader.Read(record);
    }
    warnings.insert(warnings.end(), reader.warnings.begin(), reader.warnings.end());
    return builder.Finish(std::move(reader.errors), std::move(warnings));
}

}  // namespace summit::content
