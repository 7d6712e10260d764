// Wording and JSON of an optimizer report.
#include "app/optimizer/summary.h"

#include <cmath>
#include <cstdio>

#include "content/json/writer.h"

namespace summit::optimizer {
namespace {

namespace json = content::json;

void WriteEvaluation(json::Writer& writer, const char* key, const Evaluation& e) {
    writer.Key(key)
        .StartObject()
        .Key("log_loss")
        .Fixed(e.log_loss, 6)
        .Key("plain_log_loss")
        .Fixed(e.plain_log_loss, 6)
        .Key("rmse_bins")
        .Fixed(e.rmse_bins, 6)
        .Field("items", static_cast<int64_t>(e.items))
        .EndObject();
}

void WriteWeights(json::Writer& writer, const char* key, const study::FsrsWeights& w) {
    writer.Key(key).StartArray();
    for (double value : w) {
        writer.Double(value);
    }
    writer.EndArray();
}

}  // namespace

double CalibrationGainPercent(const OptimizeReport& report) {
    if (report.before.rmse_bins <= 0) {
        return 0;
    }
    return 100 * (report.before.rmse_bins - report.after.rmse_bins) / report.before.rmse_bins;
}

bool FitIsBetter(const OptimizeReport& report) {
    return report.after.log_loss <= report.before.log_loss;
}

std::string PlainSummary(const OptimizeReport& report) {
    char text[256];
    if (!FitIsBetter(report)) {
        std::snprintf(text, sizeof text,
                      "The fitted parameters would not predict your reviews better than the "
                      "current ones (log loss %.4f -> %.4f); keep the current ones.",
                      report.before.log_loss, report.after.log_loss);
        return text;
    }
    const double accuracy =
        100 * (report.before.log_loss - report.after.log_loss) / report.before.log_loss;
    std::snprintf(text, sizeof text,
                  "Predictions would be %.0f %% better calibrated and %.1f %% more accurate "
                  "(log loss %.4f -> %.4f).",
                  std::round(CalibrationGainPercent(report)), accuracy, report.before.log_loss,
                  report.after.log_loss);
    return text;
}

std::string ReportJsonMembers(const OptimizeReport& report) {
    json::Writer writer;
    writer.StartObject()
        .Field("reviews", static_cast<int64_t>(report.reviews))
        .Field("cards", static_cast<int64_t>(report.cards))
        .Field("items", static_cast<int64_t>(report.items))
        .Field("trained_items", static_cast<int64_t>(report.trained_items))
        .Field("scored_items", static_cast<int64_t>(report.scored_items));
    WriteEvaluation(writer, "before", report.before);
    WriteEvaluation(writer, "after", report.after);
    if (report.has_split) {
        writer.Key("time_split").StartObject();
        WriteEvaluation(writer, "before", report.split_before);
        WriteEvaluation(writer, "after", report.split_after);
        writer.EndObject();
    }
    WriteWeights(writer, "current", report.current);
    WriteWeights(writer, "fitted", report.fitted);
    writer.Field("summary", PlainSummary(report));
    writer.EndObject();
    std::string text = writer.str();
    text.pop_back();  // the closing brace: the caller adds members and closes
    return text;
}

}  // namespace summit::optimizer
