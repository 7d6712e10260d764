// What a change would do, without doing it: the change runs for real inside a transaction that
// is then failed on purpose, so a preview counts exactly what the change will do and the
// collection is left unchanged.
#pragma once

#include <optional>
#include <utility>

#include "content/model/error.h"
#include "storage/collection.h"

namespace summit::bootstrap {

// `change` returns a Result<Report>; its report is returned, its writes rolled back. Errors:
// the change's own.
template <typename Report, typename Change>
[[nodiscard]] Result<Report> DryRun(storage::Collection& collection, Change&& change) {
    std::optional<Report> report;
    auto run = collection.Transact([&]() -> Status {
        Result<Report> done = change();
        if (!done) {
            return Fail(done.error());
        }
        report = std::move(*done);
        return Fail(ErrorCode::kConflict, "a preview only");
    });
    if (!report) {
        return Fail(run.error());
    }
    return std::move(*report);
}

}  // namespace summit::bootstrap
