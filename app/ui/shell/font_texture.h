// The font atlas as an OpenGL texture of one byte per pixel, instead of the backend's RGBA
// copy: a fifth of the memory touched at start-up for the same pixels on screen.
#pragma once

#include <imgui.h>

namespace summit::ui {

// Owns the texture the atlas's TexID names. Needs the window's GL context for every call.
class FontTexture {
  public:
    // `swizzle`: the context has texture swizzles (GL 3.3), so a one-channel texture can be
    // read as white with the coverage as alpha, as the backend's shader expects. Without,
    // the atlas is uploaded as RGBA like the backend does.
    explicit FontTexture(bool swizzle) : swizzle_(swizzle) {}
    FontTexture(const FontTexture&) = delete;
    FontTexture& operator=(const FontTexture&) = delete;
    ~FontTexture() { Destroy(); }

    // Creates the backend's shaders and buffers without its font texture (it would convert
    // the whole atlas to RGBA first). Call once, before the first frame.
    static void CreateBackendObjects();

    // Builds `atlas` if needed, uploads it (replacing an earlier upload) and sets its TexID.
    // Returns false (with no texture) when GL refuses it.
    bool Upload(ImFontAtlas& atlas);
    void Destroy();

  private:
    bool swizzle_;
    unsigned texture_ = 0;  // GLuint
};

}  // namespace summit::ui
