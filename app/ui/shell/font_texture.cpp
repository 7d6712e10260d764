// Uploading the font atlas with OpenGL 1.1 calls plus GL 3.3's swizzle parameter.
#include "app/ui/shell/font_texture.h"

#include <cstdint>
#include <utility>

#include <GLFW/glfw3.h>
#include <imgui_impl_opengl3.h>

#include "app/ui/shell/gl_textures.h"

namespace summit::ui {
namespace {

// GL 3.x names that GL/gl.h (1.x) does not define.
#ifndef GL_R8
#define GL_R8 0x8229
#endif
#ifndef GL_TEXTURE_SWIZZLE_RGBA
#define GL_TEXTURE_SWIZZLE_RGBA 0x8E46
#endif

}  // namespace

void FontTexture::CreateBackendObjects() {
    // The backend bakes and uploads the atlas it finds in io.Fonts: give it an empty one for
    // the moment (it bakes ImGui's small built-in font), then drop that texture.
    ImGuiIO& io = ImGui::GetIO();
    ImFontAtlas placeholder;
    ImFontAtlas* fonts = std::exchange(io.Fonts, &placeholder);
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    io.Fonts = fonts;
}

bool FontTexture::Upload(ImFontAtlas& atlas) {
    Destroy();
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    if (swizzle_) {
        atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
    } else {
        atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
    }
    const GLuint texture = NewLinearTexture([&] {
        if (swizzle_) {
            const GLint white_with_alpha[] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
            glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, white_with_alpha);
            glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE,
                         pixels);
        } else {
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                         pixels);
        }
    });
    if (texture == 0) {
        return false;
    }
    texture_ = texture;
    atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<uintptr_t>(texture)));
    return true;
}

void FontTexture::Destroy() {
    if (texture_ != 0) {
        const GLuint name = texture_;
        glDeleteTextures(1, &name);
        texture_ = 0;
    }
}

}  // namespace summit::ui
