// Images by content: put bytes, get them back by the SHA-256 of those bytes.
#include "content/richtext/image_type.h"
#include "content/richtext/sha256.h"
#include "storage/collection.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

Result<std::string> Collection::PutMedia(std::string_view bytes) {
    auto type = content::CheckImageBytes(bytes);
    if (!type) {
        return Fail(type.error());
    }
    std::string hash = content::Sha256Hex(bytes);
    Db& db = *db_;
    auto stored = Transact([&]() -> Status {
        auto stmt = Statement::Prepare(db,
                                       "INSERT INTO media (hash, mime, bytes, created_ms) "
                                       "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (hash) DO NOTHING");
        if (!stmt) {
            return Fail(stmt.error());
        }
        stmt->Bind(1, hash).Bind(2, content::ImageMimeType(*type)).BindBlob(3, bytes);
        return stmt->Bind(4, db.StampMs()).Run();
    });
    if (!stored) {
        return Fail(stored.error());
    }
    return hash;
}

Result<int> Collection::DeleteMediaUnlessUsed(const std::vector<std::string>& hashes) {
    int deleted = 0;
    Db& db = *db_;
    auto done = Transact([&]() -> Status {
        // A question refers to an image by "media:HASH" in its Markdown, which its stored JSON
        // holds as written (neither ':' nor hex digits are escaped).
        auto stmt =
            Statement::Prepare(db,
                               "DELETE FROM media WHERE hash = ?1 AND NOT EXISTS "
                               "(SELECT 1 FROM questions WHERE instr(data, 'media:' || ?1) > 0)");
        if (!stmt) {
            return Fail(stmt.error());
        }
        for (const std::string& hash : hashes) {
            stmt->Reset();
            if (Status ran = stmt->Bind(1, hash).Run(); !ran) {
                return ran;
            }
            deleted += Changes(db);
        }
        return {};
    });
    if (!done) {
        return Fail(done.error());
    }
    return deleted;
}

Result<std::optional<MediaBlob>> Collection::GetMedia(std::string_view hash) const {
    auto stmt = Statement::Prepare(*db_, "SELECT bytes, mime FROM media WHERE hash = ?");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->Bind(1, hash);
    auto row = stmt->Step();
    if (!row) {
        return Fail(row.error());
    }
    if (!*row) {
        return std::optional<MediaBlob>();
    }
    return std::optional<MediaBlob>(MediaBlob{stmt->Blob(0), stmt->Text(1)});
}

Result<ImportReport> Collection::ImportBankWithImages(
    const content::Bank& bank, const std::vector<std::string>& images,
    std::optional<std::string> deck_override,
    const std::function<void(std::size_t, std::size_t)>& progress) {
    return Transact([&]() -> Result<ImportReport> {
        for (const std::string& image : images) {
            if (auto kept = PutMedia(image); !kept) {
                return Fail(kept.error());
            }
        }
        return ImportBank(bank, std::move(deck_override), progress);
    });
}

}  // namespace summit::storage
