// An image source for view tests: one 300 x 150 image under kFakeImageHash, drawn with a
// texture id no real texture has, so a test finds it in the draw data.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <imgui.h>

#include "app/ui/widgets/rich_text.h"
#include "content/richtext/sha256.h"

namespace summit::ui::testing {

inline const std::string kFakeImageHash = content::Sha256Hex("picture");
inline const auto kFakeTexture = reinterpret_cast<ImTextureID>(static_cast<uintptr_t>(42));

class FakeImages : public ImageSource {
  public:
    const ImageTexture* Find(std::string_view hash) override {
        ++finds;
        return hash == kFakeImageHash ? &image_ : nullptr;
    }
    int finds = 0;

  private:
    ImageTexture image_{kFakeTexture, 300, 150};
};

// True when the last rendered frame drew the fake image.
inline bool DrewFakeImage() {
    const ImDrawData* data = ImGui::GetDrawData();
    for (int i = 0; data != nullptr && i < data->CmdListsCount; ++i) {
        for (const ImDrawCmd& cmd : data->CmdLists[i]->CmdBuffer) {
            if (cmd.TextureId == kFakeTexture) {
                return true;
            }
        }
    }
    return false;
}

}  // namespace summit::ui::testing
