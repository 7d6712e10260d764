// The editor's image field: a picture from a file, kept in the collection's media and shown
// at the end of the prompt (which becomes Markdown, the only text that shows images).
#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/ui/edit/editor_view.h"
#include "app/ui/widgets/theme.h"
#include "content/richtext/sha256.h"

namespace summit::ui {

Status EditorView::AddImage(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        return Fail(ErrorCode::kNotFound, "cannot read " + path);
    }
    return AddImageBytes(
        std::string((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>()));
}

void EditorView::PasteImage() {
    if (!clipboard_) {
        message_ = "No image pasted: this window cannot read the clipboard";
        return;
    }
    auto bytes = clipboard_();
    if (!bytes) {
        message_ = "No image pasted: " + bytes.error().message;
    } else if (Status added = AddImageBytes(*bytes); !added) {
        message_ = "No image pasted: " + added.error().message;
    } else {
        message_.clear();
    }
}

Status EditorView::AddImageBytes(const std::string& bytes) {
    // Stored at once, outside the question's save, so the preview shows it; Leave() removes
    // it again if the question is not saved with it.
    auto known = collection_.GetMedia(content::Sha256Hex(bytes));
    if (!known) {
        return Fail(known.error());
    }
    auto hash = collection_.PutMedia(bytes);
    if (!hash) {
        return Fail(hash.error());
    }
    if (!known->has_value()) {
        added_images_.push_back(*hash);
    }
    content::Question& q = draft_->question();
    q.text_format = content::TextFormat::kMarkdown;
    q.prompt += (q.prompt.empty() ? "" : "\n\n") + std::string("![image](media:") + *hash + ")";
    return {};
}

void EditorView::DrawImageField() {
    ImGui::SetNextItemWidth(std::max(Em(8), ImGui::GetContentRegionAvail().x - Em(18)));
    ImGui::InputTextWithHint("##image", "an image file (PNG, JPEG, GIF)", &image_path_);
    rects_.RecordLastItem("image");
    ImGui::SameLine();
    ImGui::BeginDisabled(image_path_.empty());
    if (ImGui::Button("Add image")) {
        if (Status added = AddImage(image_path_); !added) {
            message_ = "No image added: " + added.error().message;
        } else {
            image_path_.clear();
            message_.clear();
        }
    }
    ImGui::EndDisabled();
    rects_.RecordLastItem("button/image");
    ImGui::SameLine();
    if (ImGui::Button("Paste image")) {
        PasteImage();
    }
    rects_.RecordLastItem("button/paste");
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("A picture copied in another program (Ctrl+V outside a text field)");
    }
}

}  // namespace summit::ui
