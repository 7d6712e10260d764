// Question images as OpenGL textures, for the window (MediaImages' uploader). Needs the
// window's current GL context for every call.
#pragma once

#include <functional>

#include "app/ui/widgets/media_images.h"

namespace summit::ui {

// A new 2D texture with linear filtering and clamped edges, filled by `fill` (its
// glTexImage2D and any parameters) while bound; the previous binding is restored. 0 when GL
// reports an error, the texture then deleted.
unsigned int NewLinearTexture(const std::function<void()>& fill);

class GlTextureUploader : public TextureUploader {
  public:
    // Linear filtering, clamped edges: images are shown at their size or scaled down.
    ImTextureID Upload(const uint8_t* rgba, int width, int height) override;
    void Release(ImTextureID texture) override;
};

}  // namespace summit::ui
