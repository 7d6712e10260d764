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

namespace summit::ui {

Status EditorView::AddImage(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        return Fail(ErrorCode::kNotFound, "cannot read " + path);
    }
    const std::string bytes((std::istreambuf_iterator<char>(file)),
                            std::istreambuf_iterator<char>());
    // Stored at once, outside the question's save: an image of a question never saved stays
    // unused in the media table, as an import's unused images do.
    auto hash = collection_.PutMedia(bytes);
    if (!hash) {
        return Fail(hash.error());
    }
    content::Question& q = draft_->question();
    q.text_format = content::TextFormat::kMarkdown;
    q.prompt += (q.prompt.empty() ? "" : "\n\n") + std::string("![image](media:") + *hash + ")";
    return {};
}

void EditorView::DrawImageField() {
    ImGui::SetNextItemWidth(std::max(Em(8), ImGui::GetContentRegionAvail().x - Em(10)));
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
}

}  // namespace summit::ui
