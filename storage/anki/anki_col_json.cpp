// The JSON columns of a schema-11 col row (models, decks, dconf, conf), with the keys and
// defaults Anki 2.1 writes, so that Anki reads them without repairing anything.
#include <algorithm>
#include <map>
#include <set>

#include "content/json/writer.h"
#include "storage/anki/anki_package_writer.h"

namespace summit::storage::anki {
namespace {

using content::json::Writer;

constexpr std::int64_t kDefaultDeckId = 1;
constexpr const char* kCss =
    ".card {\n    font-family: arial;\n    font-size: 20px;\n    text-align: center;\n"
    "    color: black;\n    background-color: white;\n}\n";
constexpr const char* kLatexPre =
    "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
    "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n"
    "\\setlength{\\parindent}{0in}\n\\begin{document}\n";

// The fields a template shows on its front: Anki generates a card only when one of them is
// not empty ("req"); a cloze type's one template needs its first field.
std::vector<int> RequiredFields(const AnkiNoteType& type, const AnkiTemplate& tmpl) {
    std::vector<int> required;
    for (std::size_t i = 0; i < type.fields.size(); ++i) {
        const std::string& name = type.fields[i];
        if (tmpl.qfmt.find("{{" + name + "}}") != std::string::npos ||
            tmpl.qfmt.find(":" + name + "}}") != std::string::npos) {
            required.push_back(static_cast<int>(i));
        }
    }
    if (required.empty()) {
        required.push_back(0);
    }
    return required;
}

void WriteTemplate(Writer& out, const AnkiTemplate& tmpl, int ord) {
    out.StartObject()
        .Field("name", tmpl.name)
        .Field("ord", ord)
        .Field("qfmt", tmpl.qfmt)
        .Field("afmt", tmpl.afmt)
        .Field("bqfmt", "")
        .Field("bafmt", "")
        .Key("did")
        .Null()
        .Field("bfont", "")
        .Field("bsize", 0)
        .EndObject();
}

void WriteField(Writer& out, const std::string& name, int ord) {
    out.StartObject()
        .Field("name", name)
        .Field("ord", ord)
        .Field("sticky", false)
        .Field("rtl", false)
        .Field("font", "Arial")
        .Field("size", 20)
        .Field("description", "")
        .Field("plainText", false)
        .Field("collapsed", false)
        .Field("excludeFromSearch", false)
        .EndObject();
}

void WriteModel(Writer& out, const AnkiNoteType& type, std::int64_t now_s) {
    const bool cloze = type.kind == AnkiNoteType::Kind::kCloze;
    out.StartObject()
        .Field("id", type.id)
        .Field("name", type.name)
        .Field("type", cloze ? 1 : 0)
        .Field("mod", now_s)
        .Field("usn", -1)
        .Field("sortf", 0)
        .Key("did")
        .Null();
    out.Key("tmpls").StartArray();
    for (std::size_t i = 0; i < type.templates.size(); ++i) {
        WriteTemplate(out, type.templates[i], static_cast<int>(i));
    }
    out.EndArray().Key("flds").StartArray();
    for (std::size_t i = 0; i < type.fields.size(); ++i) {
        WriteField(out, type.fields[i], static_cast<int>(i));
    }
    out.EndArray()
        .Field("css", kCss)
        .Field("latexPre", kLatexPre)
        .Field("latexPost", "\\end{document}")
        .Field("latexsvg", false);
    out.Key("req").StartArray();
    for (std::size_t i = 0; i < type.templates.size(); ++i) {
        out.StartArray().Int(static_cast<int>(i)).String("any").StartArray();
        for (int field : RequiredFields(type, type.templates[i])) {
            out.Int(field);
        }
        out.EndArray().EndArray();
    }
    out.EndArray().EndObject();
}

void WriteDeck(Writer& out, std::int64_t id, const std::string& name, std::int64_t now_s) {
    auto pair = [&](const char* key) { out.Key(key).StartArray().Int(0).Int(0).EndArray(); };
    out.Key(std::to_string(id)).StartObject().Field("id", id).Field("mod", now_s);
    out.Field("name", name).Field("usn", -1);
    pair("lrnToday");
    pair("revToday");
    pair("newToday");
    pair("timeToday");
    out.Field("collapsed", false)
        .Field("browserCollapsed", false)
        .Field("desc", "")
        .Field("dyn", 0)
        .Field("conf", 1)
        .Field("extendNew", 0)
        .Field("extendRev", 0)
        .EndObject();
}

// Every deck the package names plus the missing parents of "A::B" names and Default.
std::map<std::int64_t, std::string> AllDecks(const AnkiPackage& package) {
    std::map<std::int64_t, std::string> decks;
    std::set<std::string> names;
    for (const AnkiDeck& deck : package.decks) {
        decks.emplace(deck.id, deck.name);
        names.insert(deck.name);
    }
    if (!decks.contains(kDefaultDeckId)) {
        decks.emplace(kDefaultDeckId, "Default");
        names.insert("Default");
    }
    std::int64_t next_id = decks.rbegin()->first + 1;
    for (const AnkiDeck& deck : package.decks) {
        for (std::size_t end = deck.name.find("::"); end != std::string::npos;
             end = deck.name.find("::", end + 2)) {
            if (std::string parent = deck.name.substr(0, end); names.insert(parent).second) {
                decks.emplace(next_id++, std::move(parent));
            }
        }
    }
    return decks;
}

}  // namespace

std::string ModelsJson(const AnkiPackage& package, std::int64_t now_s) {
    Writer out;
    out.StartObject();
    for (const AnkiNoteType& type : package.note_types) {
        out.Key(std::to_string(type.id));
        WriteModel(out, type, now_s);
    }
    out.EndObject();
    return out.str();
}

std::string DecksJson(const AnkiPackage& package, std::int64_t now_s) {
    Writer out;
    out.StartObject();
    for (const auto& [id, name] : AllDecks(package)) {
        WriteDeck(out, id, name, now_s);
    }
    out.EndObject();
    return out.str();
}

std::string DeckConfigJson(std::int64_t now_s) {
    Writer out;
    out.StartObject().Key("1").StartObject();
    out.Field("id", 1).Field("mod", now_s).Field("name", "Default").Field("usn", -1);
    out.Field("maxTaken", 60).Field("autoplay", true).Field("timer", 0).Field("replayq", true);
    out.Key("new").StartObject().Field("bury", false);
    out.Key("delays").StartArray().Double(1.0).Double(10.0).EndArray();
    out.Field("initialFactor", 2500);
    out.Key("ints").StartArray().Int(1).Int(4).Int(0).EndArray();
    out.Field("order", 1).Field("perDay", 20).EndObject();
    out.Key("rev").StartObject().Field("bury", false).Field("ease4", 1.3).Field("ivlFct", 1.0);
    out.Field("maxIvl", 36500).Field("perDay", 200).Field("hardFactor", 1.2).EndObject();
    out.Key("lapse").StartObject();
    out.Key("delays").StartArray().Double(10.0).EndArray();
    out.Field("leechAction", 1).Field("leechFails", 8).Field("minInt", 1).Field("mult", 0.0);
    out.EndObject();
    out.Field("dyn", false).Field("newMix", 0).Field("newPerDayMinimum", 0);
    out.Field("interdayLearningMix", 0).Field("reviewOrder", 0).Field("newSortOrder", 0);
    out.Field("newGatherPriority", 0).Field("buryInterdayLearning", false);
    out.EndObject().EndObject();
    return out.str();
}

std::string CollectionConfigJson(const AnkiPackage& package) {
    std::int64_t current_deck = kDefaultDeckId;
    for (const AnkiDeck& deck : package.decks) {
        if (deck.id != kDefaultDeckId) {
            current_deck = deck.id;
            break;
        }
    }
    Writer out;
    out.StartObject().Field("schedVer", 2).Field("sched2021", true).Field("collapseTime", 1200);
    out.Field("timeLim", 0).Field("estTimes", true).Field("dueCounts", true);
    out.Key("curModel");
    if (package.note_types.empty()) {
        out.Null();
    } else {
        out.Int64(package.note_types.front().id);
    }
    out.Field("curDeck", current_deck);
    out.Key("activeDecks").StartArray().Int64(current_deck).EndArray();
    out.Field("addToCur", true).Field("newSpread", 0);
    out.Field("nextPos", static_cast<std::int64_t>(package.notes.size()) + 1);
    out.Field("sortType", "noteFld").Field("sortBackwards", false).Field("dayLearnFirst", false);
    out.EndObject();
    return out.str();
}

}  // namespace summit::storage::anki
