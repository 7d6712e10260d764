// Question images as OpenGL textures, for the window (MediaImages' uploader). Needs the
// window's current GL context for every call.
#pragma once

#include "app/ui/widgets/media_images.h"

namespace summit::ui {

class GlTextureUploader : public TextureUploader {
  public:
    // Linear filtering, clamped edges: images are shown at their size or scaled down.
    ImTextureID Upload(const uint8_t* rgba, int width, int height) override;
    void Release(ImTextureID texture) override;
};

}  // namespace summit::ui
