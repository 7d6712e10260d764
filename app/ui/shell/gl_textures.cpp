// Uploading RGBA pixels with OpenGL 1.1 calls, which every context the window creates has.
#include "app/ui/shell/gl_textures.h"

#include <cstdint>

#include <GLFW/glfw3.h>

namespace summit::ui {

unsigned int NewLinearTexture(const std::function<void()>& fill) {
    GLuint texture = 0;
    glGenTextures(1, &texture);
    if (texture == 0) {
        return 0;
    }
    GLint previous = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    fill();
    const bool failed = glGetError() != GL_NO_ERROR;
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
    if (failed) {
        glDeleteTextures(1, &texture);
        return 0;
    }
    return texture;
}

ImTextureID GlTextureUploader::Upload(const uint8_t* rgba, int width, int height) {
    const GLuint texture = NewLinearTexture([&] {
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
    });
    if (texture == 0) {
        return nullptr;
    }
    return reinterpret_cast<ImTextureID>(static_cast<uintptr_t>(texture));
}

void GlTextureUploader::Release(ImTextureID texture) {
    const auto name = static_cast<GLuint>(reinterpret_cast<uintptr_t>(texture));
    glDeleteTextures(1, &name);
}

}  // namespace summit::ui
